// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateDeleteObjectRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 204 response of DELETE Object: and the response headers. */
export function renderDeleteObjectResponse(output) {
	return {
		ok: true,
		status: 204,
		headers: {
			"x-amz-delete-marker": output.deleteMarker === undefined ? undefined : String(output.deleteMarker),
			"x-amz-version-id": output.versionId
		},
		body: ""
	};
}
/** How the server routes, validates and answers DELETE Object (`DELETE /{BucketName}/{ObjectName}`). */
export const deleteObjectRoute = {
	id: "DeleteObject",
	method: "DELETE",
	selectors: [],
	headerSelectors: [],
	parameters: ["versionId"],
	level: "object",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.deleteObject !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.deleteObject;
		if (!handler) throw notImplemented("DELETE Object");
		const checked = validateDeleteObjectRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderDeleteObjectResponse(await handler(checked.value, context));
	}
};
