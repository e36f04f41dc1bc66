// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateHeadBucketRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of HEAD Bucket: and the response headers. */
export function renderHeadBucketResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {
			"x-amz-bucket-region": output.region,
			"x-default-storage-class": output.defaultStorageClass
		},
		body: ""
	};
}
/** How the server routes, validates and answers HEAD Bucket (`HEAD /{BucketName}`). */
export const headBucketRoute = {
	id: "HeadBucket",
	method: "HEAD",
	selectors: [],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.headBucket !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.headBucket;
		if (!handler) throw notImplemented("HEAD Bucket");
		const checked = validateHeadBucketRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderHeadBucketResponse(await handler(checked.value, context));
	}
};
