// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { GET_BUCKET_LOCATION_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of GET Bucket location for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketLocationRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "GET",
		bucket: input.bucket,
		key: undefined,
		subresources: ["location"],
		query: {},
		headers
	};
}
/**
* The output of GET Bucket location from a successful response: the `LocationConstraint` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeGetBucketLocationResponse(response) {
	return {
		...readXmlResponse(response, GET_BUCKET_LOCATION_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
