// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { responseHeader } from "./runtime/transport.js";
/** The HTTP request of PUT Object for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutObjectRequest(input) {
	const headers = {
		"x-amz-acl": input.acl,
		"x-amz-storage-class": input.storageClass,
		"x-amz-website-redirect-location": input.websiteRedirectLocation,
		"x-amz-server-side-encryption": input.serverSideEncryption,
		"x-amz-server-side-encryption-aws-kms-key-id": input.sseKmsKeyId,
		"x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
		"x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
		"x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
		"x-amz-security-token": input.securityToken,
		"x-amz-object-lock-mode": input.objectLockMode,
		"x-amz-object-lock-retain-until-date": input.objectLockRetainUntilDate,
		"content-type": input.contentType,
		"content-encoding": input.contentEncoding,
		"cache-control": input.cacheControl,
		"content-disposition": input.contentDisposition,
		"content-language": input.contentLanguage,
		"expires": input.expires,
		"if-none-match": input.ifNoneMatch,
		"if-match": input.ifMatch
	};
	for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
	return {
		method: "PUT",
		bucket: input.bucket,
		key: input.key,
		subresources: [],
		query: {},
		headers,
		payload: input.body
	};
}
/**
* The output of PUT Object from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializePutObjectResponse(response) {
	return {
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		eTag: responseHeader(response, "etag", "string", true),
		versionId: responseHeader(response, "x-amz-version-id", "string", false),
		serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
		sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
		sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
		sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
		storageClass: responseHeader(response, "x-amz-storage-class", "string", false),
		checksumCrc32: responseHeader(response, "x-amz-checksum-crc32", "string", false),
		checksumCrc32c: responseHeader(response, "x-amz-checksum-crc32c", "string", false),
		checksumCrc64Nvme: responseHeader(response, "x-amz-checksum-crc64nvme", "string", false),
		checksumSha1: responseHeader(response, "x-amz-checksum-sha1", "string", false),
		checksumSha256: responseHeader(response, "x-amz-checksum-sha256", "string", false)
	};
}
