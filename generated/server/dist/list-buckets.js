// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_BUCKETS_OUTPUT_XML, renderXmlTree, validateListBucketsRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of List Buckets: the `ListAllMyBucketsResult` document, and the response headers. */
export function renderListBucketsResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: renderXmlTree("ListAllMyBucketsResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(LIST_BUCKETS_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers List Buckets (`GET /`). */
export const listBucketsRoute = {
	id: "ListBuckets",
	method: "GET",
	selectors: [],
	headerSelectors: [],
	parameters: [],
	level: "service",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.listBuckets !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.listBuckets;
		if (!handler) throw notImplemented("List Buckets");
		const checked = validateListBucketsRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderListBucketsResponse(await handler(checked.value, context));
	}
};
