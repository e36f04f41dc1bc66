// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { responseHeader } from "./runtime/transport.js";
/** The HTTP request of HEAD Bucket for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeHeadBucketRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "HEAD",
		bucket: input.bucket,
		key: undefined,
		subresources: [],
		query: {},
		headers,
		bodilessErrors: {
			404: "NoSuchBucket",
			500: "InternalError"
		}
	};
}
/**
* The output of HEAD Bucket from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeHeadBucketResponse(response) {
	return {
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		region: responseHeader(response, "x-amz-bucket-region", "string", false),
		defaultStorageClass: responseHeader(response, "x-default-storage-class", "string", false)
	};
}
