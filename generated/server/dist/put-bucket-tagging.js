// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validatePutBucketTaggingRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 204 response of PUT Bucket tagging: and the response headers. */
export function renderPutBucketTaggingResponse(output) {
	return {
		ok: true,
		status: 204,
		headers: {},
		body: ""
	};
}
/** How the server routes, validates and answers PUT Bucket tagging (`PUT /{BucketName}?tagging`). */
export const putBucketTaggingRoute = {
	id: "PutBucketTagging",
	method: "PUT",
	selectors: ["tagging"],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: {
		kind: "xml",
		error: "MalformedXML"
	},
	implemented: (handlers) => handlers.putBucketTagging !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.putBucketTagging;
		if (!handler) throw notImplemented("PUT Bucket tagging");
		const checked = validatePutBucketTaggingRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderPutBucketTaggingResponse(await handler(checked.value, context));
	}
};
