// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECTS_V2_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of GET Bucket V2 (List Objects V2) for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectsV2Request(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "GET",
		bucket: input.bucket,
		key: undefined,
		subresources: [],
		query: {
			"list-type": input.listType,
			"prefix": input.prefix,
			"delimiter": input.delimiter,
			"max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
			"encoding-type": input.encodingType,
			"start-after": input.startAfter,
			"continuation-token": input.continuationToken,
			"fetch-owner": input.fetchOwner === undefined ? undefined : String(input.fetchOwner)
		},
		headers
	};
}
/**
* The output of GET Bucket V2 (List Objects V2) from a successful response: the `ListBucketResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeListObjectsV2Response(response) {
	return {
		...readXmlResponse(response, LIST_OBJECTS_V2_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		region: responseHeader(response, "x-amz-bucket-location", "string", false)
	};
}
