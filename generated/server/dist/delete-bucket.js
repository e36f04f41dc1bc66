// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateDeleteBucketRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 204 response of DELETE Bucket: and the response headers. */
export function renderDeleteBucketResponse(output) {
	return {
		ok: true,
		status: 204,
		headers: {},
		body: ""
	};
}
/** How the server routes, validates and answers DELETE Bucket (`DELETE /{BucketName}`). */
export const deleteBucketRoute = {
	id: "DeleteBucket",
	method: "DELETE",
	selectors: [],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.deleteBucket !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.deleteBucket;
		if (!handler) throw notImplemented("DELETE Bucket");
		const checked = validateDeleteBucketRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderDeleteBucketResponse(await handler(checked.value, context));
	}
};
