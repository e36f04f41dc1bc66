// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { responseHeader } from "./runtime/transport.js";
/** The HTTP request of Upload Part for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeUploadPartRequest(input) {
	const headers = {
		"x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
		"x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
		"x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
		"x-amz-security-token": input.securityToken
	};
	return {
		method: "PUT",
		bucket: input.bucket,
		key: input.key,
		subresources: [],
		query: {
			"partNumber": input.partNumber === undefined ? undefined : String(input.partNumber),
			"uploadId": input.uploadId
		},
		headers,
		payload: input.body
	};
}
/**
* The output of Upload Part from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeUploadPartResponse(response) {
	return {
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		eTag: responseHeader(response, "etag", "string", true),
		serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
		sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
		sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
		sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false)
	};
}
