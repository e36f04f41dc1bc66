// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECTS_V2_OUTPUT_XML, renderXmlTree, validateListObjectsV2Request, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of GET Bucket V2 (List Objects V2): the `ListBucketResult` document, and the response headers. */
export function renderListObjectsV2Response(output) {
	return {
		ok: true,
		status: 200,
		headers: { "x-amz-bucket-location": output.region },
		body: renderXmlTree("ListBucketResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(LIST_OBJECTS_V2_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers GET Bucket V2 (List Objects V2) (`GET /{BucketName}?list-type`). */
export const listObjectsV2Route = {
	id: "ListObjectsV2",
	method: "GET",
	selectors: ["list-type"],
	headerSelectors: [],
	parameters: [
		"list-type",
		"prefix",
		"delimiter",
		"max-keys",
		"encoding-type",
		"start-after",
		"continuation-token",
		"fetch-owner"
	],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.listObjectsV2 !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.listObjectsV2;
		if (!handler) throw notImplemented("GET Bucket V2 (List Objects V2)");
		const checked = validateListObjectsV2Request(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderListObjectsV2Response(await handler(checked.value, context));
	}
};
