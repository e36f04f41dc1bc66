// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECT_VERSIONS_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of GET Bucket Object versions for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectVersionsRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "GET",
		bucket: input.bucket,
		key: undefined,
		subresources: ["versions"],
		query: {
			"prefix": input.prefix,
			"key-marker": input.keyMarker,
			"max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
			"delimiter": input.delimiter,
			"version-id-marker": input.versionIdMarker,
			"encoding-type": input.encodingType
		},
		headers
	};
}
/**
* The output of GET Bucket Object versions from a successful response: the `ListVersionsResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeListObjectVersionsResponse(response) {
	return {
		...readXmlResponse(response, LIST_OBJECT_VERSIONS_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
