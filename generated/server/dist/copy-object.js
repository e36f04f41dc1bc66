// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { COPY_OBJECT_OUTPUT_XML, renderXmlTree, validateCopyObjectRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of PUT Object - Copy: the `CopyObjectResult` document, and the response headers. */
export function renderCopyObjectResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {
			"x-amz-copy-source-version-id": output.copySourceVersionId,
			"x-amz-version-id": output.versionId,
			"x-amz-server-side-encryption": output.serverSideEncryption,
			"x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
			"x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
			"x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5
		},
		body: renderXmlTree("CopyObjectResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(COPY_OBJECT_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers PUT Object - Copy (`PUT /{BucketName}/{ObjectName} + x-amz-copy-source`). */
export const copyObjectRoute = {
	id: "CopyObject",
	method: "PUT",
	selectors: [],
	headerSelectors: ["x-amz-copy-source"],
	parameters: [],
	level: "object",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.copyObject !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.copyObject;
		if (!handler) throw notImplemented("PUT Object - Copy");
		const checked = validateCopyObjectRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderCopyObjectResponse(await handler(checked.value, context));
	}
};
