// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { DELETE_OBJECTS_OUTPUT_XML, renderXmlTree, validateDeleteObjectsRequest, xmlTreeOf } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 response of DELETE Multiple Objects: the `DeleteResult` document, and the response headers. */
export function renderDeleteObjectsResponse(output) {
	return {
		ok: true,
		status: 200,
		headers: {},
		body: renderXmlTree("DeleteResult", "http://obs.example.com/doc/2015-06-30/", xmlTreeOf(DELETE_OBJECTS_OUTPUT_XML, output))
	};
}
/** How the server routes, validates and answers DELETE Multiple Objects (`POST /{BucketName}?delete`). */
export const deleteObjectsRoute = {
	id: "DeleteObjects",
	method: "POST",
	selectors: ["delete"],
	headerSelectors: [],
	parameters: [],
	level: "bucket",
	payload: {
		kind: "xml",
		error: "MalformedXML"
	},
	implemented: (handlers) => handlers.deleteObjects !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.deleteObjects;
		if (!handler) throw notImplemented("DELETE Multiple Objects");
		const checked = validateDeleteObjectsRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderDeleteObjectsResponse(await handler(checked.value, context));
	}
};
