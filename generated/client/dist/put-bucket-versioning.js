// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { PUT_BUCKET_VERSIONING_INPUT_XML, xmlTreeOf } from "@obs-toolkit/validator";
import { responseHeader } from "./runtime/transport.js";
/** The HTTP request of PUT Bucket versioning for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketVersioningRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "PUT",
		bucket: input.bucket,
		key: undefined,
		subresources: ["versioning"],
		query: {},
		headers,
		payload: {
			root: "VersioningConfiguration",
			namespace: undefined,
			content: xmlTreeOf(PUT_BUCKET_VERSIONING_INPUT_XML, input)
		}
	};
}
/**
* The output of PUT Bucket versioning from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializePutBucketVersioningResponse(response) {
	return {
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
