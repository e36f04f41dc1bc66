// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { DELETE_OBJECTS_INPUT_XML, DELETE_OBJECTS_OUTPUT_XML, xmlTreeOf } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of DELETE Multiple Objects for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeDeleteObjectsRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "POST",
		bucket: input.bucket,
		key: undefined,
		subresources: ["delete"],
		query: {},
		headers,
		payload: {
			root: "Delete",
			namespace: undefined,
			content: xmlTreeOf(DELETE_OBJECTS_INPUT_XML, input)
		},
		contentMd5: true
	};
}
/**
* The output of DELETE Multiple Objects from a successful response: the `DeleteResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeDeleteObjectsResponse(response) {
	return {
		...readXmlResponse(response, DELETE_OBJECTS_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
