// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateAbortMultipartUploadRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 204 response of Abort Multipart Upload: and the response headers. */
export function renderAbortMultipartUploadResponse(output) {
	return {
		ok: true,
		status: 204,
		headers: {},
		body: ""
	};
}
/** How the server routes, validates and answers Abort Multipart Upload (`DELETE /{BucketName}/{ObjectName}?uploadId`). */
export const abortMultipartUploadRoute = {
	id: "AbortMultipartUpload",
	method: "DELETE",
	selectors: ["uploadId"],
	headerSelectors: [],
	parameters: ["uploadId"],
	level: "object",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.abortMultipartUpload !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.abortMultipartUpload;
		if (!handler) throw notImplemented("Abort Multipart Upload");
		const checked = validateAbortMultipartUploadRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderAbortMultipartUploadResponse(await handler(checked.value, context));
	}
};
