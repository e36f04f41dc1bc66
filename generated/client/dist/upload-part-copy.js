// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { UPLOAD_PART_COPY_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of Upload Part - Copy for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeUploadPartCopyRequest(input) {
	const headers = {
		"x-amz-copy-source": input.copySource,
		"x-amz-copy-source-if-match": input.copySourceIfMatch,
		"x-amz-copy-source-if-none-match": input.copySourceIfNoneMatch,
		"x-amz-copy-source-if-unmodified-since": input.copySourceIfUnmodifiedSince,
		"x-amz-copy-source-if-modified-since": input.copySourceIfModifiedSince,
		"x-amz-copy-source-server-side-encryption-customer-algorithm": input.copySourceSseCustomerAlgorithm,
		"x-amz-copy-source-range": input.copySourceRange,
		"x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
		"x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
		"x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
		"x-amz-copy-source-server-side-encryption-customer-key": input.copySourceSseCustomerKey,
		"x-amz-copy-source-server-side-encryption-customer-key-md5": input.copySourceSseCustomerKeyMd5,
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
		headers
	};
}
/**
* The output of Upload Part - Copy from a successful response: the `CopyPartResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeUploadPartCopyResponse(response) {
	return {
		...readXmlResponse(response, UPLOAD_PART_COPY_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
		sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
		sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
		sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false)
	};
}
