// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { GET_BUCKET_TAGGING_OUTPUT_XML, renderXmlTree, validateGetBucketTaggingRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of GET Bucket tagging: the `Tagging` document, and the response headers. */
export function renderGetBucketTaggingResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: renderXmlTree("Tagging", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(GET_BUCKET_TAGGING_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers GET Bucket tagging (`GET /{BucketName}?tagging`). */
export const getBucketTaggingRoute = {
	id: "GetBucketTagging",
	method: "GET",
	selectors: ["tagging"],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.getBucketTagging !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.getBucketTagging;
		if (!handler) throw notImplemented("GET Bucket tagging");
		const checked = validateGetBucketTaggingRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderGetBucketTaggingResponse(await handler(checked.value, context));
	}
};
