// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML, renderXmlTree, validateCompleteMultipartUploadRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of Complete Multipart Upload: the `CompleteMultipartUploadResult` document, and the response headers. */
export function renderCompleteMultipartUploadResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {
			"x-amz-version-id": output.versionId,
			"x-amz-server-side-encryption": output.serverSideEncryption,
			"x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
			"x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm
		},
		body: renderXmlTree("CompleteMultipartUploadResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers Complete Multipart Upload (`POST /{BucketName}/{ObjectName}?uploadId`). */
export const completeMultipartUploadRoute = {
	id: "CompleteMultipartUpload",
	method: "POST",
	selectors: ["uploadId"],
	headerSelectors: [],
	parameters: ["uploadId"],
	level: "object",
	payload: {
		kind: "xml",
		error: "MalformedXML"
	},
	implemented: (handlers) => handlers.completeMultipartUpload !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.completeMultipartUpload;
		if (!handler) throw notImplemented("Complete Multipart Upload");
		const checked = validateCompleteMultipartUploadRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderCompleteMultipartUploadResponse(await handler(checked.value, context));
	}
};
