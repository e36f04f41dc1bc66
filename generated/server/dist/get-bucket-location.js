// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { GET_BUCKET_LOCATION_OUTPUT_XML, renderXmlTree, validateGetBucketLocationRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of GET Bucket location: the `LocationConstraint` document, and the response headers. */
export function renderGetBucketLocationResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: renderXmlTree("LocationConstraint", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(GET_BUCKET_LOCATION_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers GET Bucket location (`GET /{BucketName}?location`). */
export const getBucketLocationRoute = {
	id: "GetBucketLocation",
	method: "GET",
	selectors: ["location"],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.getBucketLocation !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.getBucketLocation;
		if (!handler) throw notImplemented("GET Bucket location");
		const checked = validateGetBucketLocationRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderGetBucketLocationResponse(await handler(checked.value, context));
	}
};
