// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validatePutBucketRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of PUT Bucket: and the response headers. */
export function renderPutBucketResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: { "location": output.location },
		body: ""
	};
}
/** How the server routes, validates and answers PUT Bucket (`PUT /{BucketName}`). */
export const putBucketRoute = {
	id: "PutBucket",
	method: "PUT",
	selectors: [],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: {
		kind: "xml",
		error: "MalformedXML"
	},
	implemented: (handlers) => handlers.putBucket !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.putBucket;
		if (!handler) throw notImplemented("PUT Bucket");
		const checked = validatePutBucketRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderPutBucketResponse(await handler(checked.value, context));
	}
};
