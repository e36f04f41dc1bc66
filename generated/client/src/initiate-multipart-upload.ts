import { type InitiateMultipartUploadInput, type InitiateMultipartUploadOutput } from "@obs-toolkit/validator";
import { requireXmlFields, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

/** The HTTP request of Initiate Multipart Upload for `input`: method, bucket, key, sub-resources, query and headers. */
export function serializeInitiateMultipartUploadRequest(input: InitiateMultipartUploadInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
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
  };
  for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    method: "POST",
    bucket: input.bucket,
    key: input.key,
    subresources: ["uploads"],
    query: {},
    headers,
  };
}

/**
 * The output of Initiate Multipart Upload from a successful response: the `InitiateMultipartUploadResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document.
 */
export function deserializeInitiateMultipartUploadResponse(response: IncomingResponse): InitiateMultipartUploadOutput {
  const fields = requireXmlFields(response, "InitiateMultipartUploadResult", ["Bucket", "Key", "UploadId"]);
  return {
    bucket: fields["Bucket"] ?? "",
    key: fields["Key"] ?? "",
    uploadId: fields["UploadId"] ?? "",
    requestId: response.headers.get("x-amz-request-id") ?? undefined,
    hostId: response.headers.get("x-amz-id-2") ?? undefined,
    serverSideEncryption: response.headers.get("x-amz-server-side-encryption") ?? undefined,
    sseKmsKeyId: response.headers.get("x-amz-server-side-encryption-aws-kms-key-id") ?? undefined,
    sseCustomerAlgorithm: response.headers.get("x-amz-server-side-encryption-customer-algorithm") ?? undefined,
    sseCustomerKeyMd5: response.headers.get("x-amz-server-side-encryption-customer-key-md5") ?? undefined,
  };
}
