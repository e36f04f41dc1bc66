// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_BUCKETS_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of List Buckets for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListBucketsRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "GET",
		bucket: undefined,
		key: undefined,
		subresources: [],
		query: {},
		headers
	};
}
/**
* The output of List Buckets from a successful response: the `ListAllMyBucketsResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeListBucketsResponse(response) {
	return {
		...readXmlResponse(response, LIST_BUCKETS_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
