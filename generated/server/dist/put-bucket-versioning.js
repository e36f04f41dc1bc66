// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validatePutBucketVersioningRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of PUT Bucket versioning: and the response headers. */
export function renderPutBucketVersioningResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: ""
	};
}
/** How the server routes, validates and answers PUT Bucket versioning (`PUT /{BucketName}?versioning`). */
export const putBucketVersioningRoute = {
	id: "PutBucketVersioning",
	method: "PUT",
	selectors: ["versioning"],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: {
		kind: "xml",
		error: "MalformedXML"
	},
	implemented: (handlers) => handlers.putBucketVersioning !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.putBucketVersioning;
		if (!handler) throw notImplemented("PUT Bucket versioning");
		const checked = validatePutBucketVersioningRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderPutBucketVersioningResponse(await handler(checked.value, context));
	}
};
