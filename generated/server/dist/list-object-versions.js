// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECT_VERSIONS_OUTPUT_XML, renderXmlTree, validateListObjectVersionsRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of GET Bucket Object versions: the `ListVersionsResult` document, and the response headers. */
export function renderListObjectVersionsResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: renderXmlTree("ListVersionsResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(LIST_OBJECT_VERSIONS_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers GET Bucket Object versions (`GET /{BucketName}?versions`). */
export const listObjectVersionsRoute = {
	id: "ListObjectVersions",
	method: "GET",
	selectors: ["versions"],
	headerSelectors: [],
	parameters: [
		"prefix",
		"key-marker",
		"max-keys",
		"delimiter",
		"version-id-marker",
		"encoding-type"
	],
	level: "bucket",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.listObjectVersions !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.listObjectVersions;
		if (!handler) throw notImplemented("GET Bucket Object versions");
		const checked = validateListObjectVersionsRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderListObjectVersionsResponse(await handler(checked.value, context));
	}
};
