// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECTS_OUTPUT_XML, renderXmlTree, validateListObjectsRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of GET Bucket (List Objects): the `ListBucketResult` document, and the response headers. */
export function renderListObjectsResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: { "x-amz-bucket-region": output.region },
		body: renderXmlTree("ListBucketResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(LIST_OBJECTS_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers GET Bucket (List Objects) (`GET /{BucketName}`). */
export const listObjectsRoute = {
	id: "ListObjects",
	method: "GET",
	selectors: [],
	headerSelectors: [],
	parameters: [
		"prefix",
		"delimiter",
		"max-keys",
		"encoding-type",
		"marker"
	],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.listObjects !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.listObjects;
		if (!handler) throw notImplemented("GET Bucket (List Objects)");
		const checked = validateListObjectsRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderListObjectsResponse(await handler(checked.value, context));
	}
};
