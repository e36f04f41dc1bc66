// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  UPLOAD_PART_COPY_OUTPUT_XML,
  type UploadPartCopyInput,
  type UploadPartCopyOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for Upload Part - Copy (the class implements this interface, which carries the method's documentation). */
export interface UploadPartCopyMethod {
  /**
   * Upload Part - Copy.
   *
   * After initiating a multipart upload, you can use this operation to copy a part of an
   * existing object, or all of it, as a part of the upload: an Upload Part with
   * x-amz-copy-source naming the source and, optionally, x-amz-copy-source-range the bytes.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  uploadPartCopy(input: UploadPartCopyInput, options?: CallOptions): Promise<UploadPartCopyOutput>;
}

/** The HTTP request of Upload Part - Copy for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeUploadPartCopyRequest(input: UploadPartCopyInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
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
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {
      partNumber: input.partNumber === undefined ? undefined : String(input.partNumber),
      uploadId: input.uploadId,
    },
    headers,
  };
}

/**
 * The output of Upload Part - Copy from a successful response: the `CopyPartResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeUploadPartCopyResponse(response: IncomingResponse): UploadPartCopyOutput {
  return {
    ...readXmlResponse(response, UPLOAD_PART_COPY_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}
