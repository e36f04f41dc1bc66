// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { PUT_BUCKET_TAGGING_INPUT_XML, xmlTreeOf } from "@obs-toolkit/validator";
import { responseHeader } from "./runtime/transport.js";
/** The HTTP request of PUT Bucket tagging for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketTaggingRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "PUT",
		bucket: input.bucket,
		key: undefined,
		subresources: ["tagging"],
		query: {},
		headers,
		payload: {
			root: "Tagging",
			namespace: undefined,
			content: xmlTreeOf(PUT_BUCKET_TAGGING_INPUT_XML, input)
		},
		contentMd5: true
	};
}
/**
* The output of PUT Bucket tagging from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializePutBucketTaggingResponse(response) {
	return {
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
