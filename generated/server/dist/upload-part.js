// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateUploadPartRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of Upload Part: and the response headers. */
export function renderUploadPartResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {
			"etag": output.eTag,
			"x-amz-server-side-encryption": output.serverSideEncryption,
			"x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
			"x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
			"x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5
		},
		body: ""
	};
}
/** How the server routes, validates and answers Upload Part (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId`). */
export const uploadPartRoute = {
	id: "UploadPart",
	method: "PUT",
	selectors: ["partNumber", "uploadId"],
	headerSelectors: [],
	parameters: ["partNumber", "uploadId"],
	level: "object",
	payload: {
		kind: "blob",
		maxBytes: 5368709120,
		tooLarge: "EntityTooLarge"
	},
	implemented: (handlers) => handlers.uploadPart !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.uploadPart;
		if (!handler) throw notImplemented("Upload Part");
		const checked = validateUploadPartRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderUploadPartResponse(await handler(checked.value, context));
	}
};
