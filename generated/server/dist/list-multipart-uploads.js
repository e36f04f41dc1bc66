// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_MULTIPART_UPLOADS_OUTPUT_XML, renderXmlTree, validateListMultipartUploadsRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of List Multipart Uploads: the `ListMultipartUploadsResult` document, and the response headers. */
export function renderListMultipartUploadsResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: renderXmlTree("ListMultipartUploadsResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(LIST_MULTIPART_UPLOADS_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers List Multipart Uploads (`GET /{BucketName}?uploads`). */
export const listMultipartUploadsRoute = {
	id: "ListMultipartUploads",
	method: "GET",
	selectors: ["uploads"],
	headerSelectors: [],
	parameters: [
		"delimiter",
		"prefix",
		"max-uploads",
		"key-marker",
		"upload-id-marker"
	],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.listMultipartUploads !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.listMultipartUploads;
		if (!handler) throw notImplemented("List Multipart Uploads");
		const checked = validateListMultipartUploadsRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderListMultipartUploadsResponse(await handler(checked.value, context));
	}
};
