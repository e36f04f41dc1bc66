// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_PARTS_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of List Parts for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListPartsRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "GET",
		bucket: input.bucket,
		key: input.key,
		subresources: [],
		query: {
			"uploadId": input.uploadId,
			"max-parts": input.maxParts === undefined ? undefined : String(input.maxParts),
			"part-number-marker": input.partNumberMarker === undefined ? undefined : String(input.partNumberMarker)
		},
		headers
	};
}
/**
* The output of List Parts from a successful response: the `ListPartsResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeListPartsResponse(response) {
	return {
		...readXmlResponse(response, LIST_PARTS_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
