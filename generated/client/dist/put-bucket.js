// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { PUT_BUCKET_INPUT_XML, xmlTreeOf } from "@obs-toolkit/validator";
import { responseHeader } from "./runtime/transport.js";
/** The HTTP request of PUT Bucket for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketRequest(input) {
	const headers = {
		"x-amz-acl": input.acl,
		"x-default-storage-class": input.defaultStorageClass,
		"x-amz-bucket-object-lock-enabled": input.objectLockEnabled === undefined ? undefined : String(input.objectLockEnabled),
		"x-amz-bucket-type": input.bucketType,
		"x-amz-security-token": input.securityToken
	};
	return {
		method: "PUT",
		bucket: input.bucket,
		key: undefined,
		subresources: [],
		query: {},
		headers,
		payload: {
			root: "CreateBucketConfiguration",
			namespace: undefined,
			content: xmlTreeOf(PUT_BUCKET_INPUT_XML, input)
		}
	};
}
/**
* The output of PUT Bucket from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializePutBucketResponse(response) {
	return {
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		location: responseHeader(response, "location", "string", false)
	};
}
