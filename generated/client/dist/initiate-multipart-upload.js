// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { INITIATE_MULTIPART_UPLOAD_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of Initiate Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeInitiateMultipartUploadRequest(input) {
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
		"content-encoding": input.contentEncoding
	};
	for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
	return {
		method: "POST",
		bucket: input.bucket,
		key: input.key,
		subresources: ["uploads"],
		query: {},
		headers
	};
}
/**
* The output of Initiate Multipart Upload from a successful response: the `InitiateMultipartUploadResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeInitiateMultipartUploadResponse(response) {
	return {
		...readXmlResponse(response, INITIATE_MULTIPART_UPLOAD_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
		sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
		sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
		sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false)
	};
}
