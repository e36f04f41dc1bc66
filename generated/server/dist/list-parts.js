// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_PARTS_OUTPUT_XML, renderXmlTree, validateListPartsRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of List Parts: the `ListPartsResult` document, and the response headers. */
export function renderListPartsResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: renderXmlTree("ListPartsResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(LIST_PARTS_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers List Parts (`GET /{BucketName}/{ObjectName}?uploadId`). */
export const listPartsRoute = {
	id: "ListParts",
	method: "GET",
	selectors: ["uploadId"],
	headerSelectors: [],
	parameters: [
		"uploadId",
		"max-parts",
		"part-number-marker"
	],
	level: "object",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.listParts !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.listParts;
		if (!handler) throw notImplemented("List Parts");
		const checked = validateListPartsRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderListPartsResponse(await handler(checked.value, context));
	}
};
