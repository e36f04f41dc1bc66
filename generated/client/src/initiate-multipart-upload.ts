import {
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
  INITIATE_MULTIPART_UPLOAD_OUTPUT_XML,
} from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest, readXmlResponse, responseHeader } from "./runtime/transport.js";

/** The HTTP request of Initiate Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers. */
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
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeInitiateMultipartUploadResponse(response: IncomingResponse): InitiateMultipartUploadOutput {
  return {
    ...(readXmlResponse(response, INITIATE_MULTIPART_UPLOAD_OUTPUT_XML) as Pick<
      InitiateMultipartUploadOutput,
      "bucket" | "key" | "uploadId"
    >),
    requestId: responseHeader(response, "x-amz-request-id", "string", false) as string | undefined,
    hostId: responseHeader(response, "x-amz-id-2", "string", false) as string | undefined,
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false) as
      string | undefined,
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false) as
      string | undefined,
    sseCustomerAlgorithm: responseHeader(
      response,
      "x-amz-server-side-encryption-customer-algorithm",
      "string",
      false,
    ) as string | undefined,
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false) as
      string | undefined,
  };
}
