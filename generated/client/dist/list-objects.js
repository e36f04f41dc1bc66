// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECTS_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of GET Bucket (List Objects) for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectsRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "GET",
		bucket: input.bucket,
		key: undefined,
		subresources: [],
		query: {
			"prefix": input.prefix,
			"delimiter": input.delimiter,
			"max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
			"encoding-type": input.encodingType,
			"marker": input.marker
		},
		headers
	};
}
/**
* The output of GET Bucket (List Objects) from a successful response: the `ListBucketResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeListObjectsResponse(response) {
	return {
		...readXmlResponse(response, LIST_OBJECTS_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		region: responseHeader(response, "x-amz-bucket-region", "string", false)
	};
}
