// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { responseHeader } from "./runtime/transport.js";
/** The HTTP request of DELETE Object for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteObjectRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "DELETE",
		bucket: input.bucket,
		key: input.key,
		subresources: [],
		query: { "versionId": input.versionId },
		headers
	};
}
/**
* The output of DELETE Object from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeDeleteObjectResponse(response) {
	return {
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		deleteMarker: responseHeader(response, "x-amz-delete-marker", "boolean", false),
		versionId: responseHeader(response, "x-amz-version-id", "string", false)
	};
}
