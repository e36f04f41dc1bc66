// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { COMPLETE_MULTIPART_UPLOAD_INPUT_XML, COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML, xmlTreeOf } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of Complete Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeCompleteMultipartUploadRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "POST",
		bucket: input.bucket,
		key: input.key,
		subresources: [],
		query: { "uploadId": input.uploadId },
		headers,
		payload: {
			root: "CompleteMultipartUpload",
			namespace: undefined,
			content: xmlTreeOf(COMPLETE_MULTIPART_UPLOAD_INPUT_XML, input)
		}
	};
}
/**
* The output of Complete Multipart Upload from a successful response: the `CompleteMultipartUploadResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeCompleteMultipartUploadResponse(response) {
	return {
		...readXmlResponse(response, COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false),
		versionId: responseHeader(response, "x-amz-version-id", "string", false),
		serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
		sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
		sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false)
	};
}
