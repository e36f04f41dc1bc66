// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  INITIATE_MULTIPART_UPLOAD_OUTPUT_XML,
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for Initiate Multipart Upload (the class implements this interface, which carries the method's documentation). */
export interface InitiateMultipartUploadMethod {
  /**
   * Initiate Multipart Upload.
   *
   * You can use this operation to obtain a globally unique upload ID.
   *
   * This upload ID is used to associate all parts in the specific multipart upload. You can
   * specify this upload ID in each of your subsequent requests such as Upload Part, Complete
   * Multipart Upload, and List Parts.
   *
   * The key of the object for which a multipart upload is intended can be the same as an
   * existing object. You can initiate one or more multipart uploads for one object.
   *
   * An Initiate Multipart Upload request can contain multiple headers such as x-amz-acl,
   * x-amz-meta-*, Content-Type, and Content-Encoding. The headers are recorded in the metadata
   * of parts uploaded for the specific multipart upload.
   *
   * This operation makes server-side encryption available.
   *
   * If a bucket has WORM enabled, you can configure object-level retention policies when
   * initiating multipart uploads with the x-amz-object-lock-mode and
   * x-amz-object-lock-retain-until-date headers, to protect the object assembled. If you do not
   * specify these two headers but have configured a default bucket-level WORM policy, this
   * default policy automatically applies to the object newly assembled.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  initiateMultipartUpload(
    input: InitiateMultipartUploadInput,
    options?: CallOptions,
  ): Promise<InitiateMultipartUploadOutput>;
}

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
    ...readXmlResponse(response, INITIATE_MULTIPART_UPLOAD_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}
