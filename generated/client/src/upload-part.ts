// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type UploadPartInput, type UploadPartOutput } from "@obs-toolkit/validator";
import {
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
  type WithBodySource,
} from "./runtime/transport.js";

/** `ObsClient`'s method for Upload Part (the class implements this interface, which carries the method's documentation). */
export interface UploadPartMethod {
  /**
   * Upload Part.
   *
   * After initiating a multipart upload, you can use this operation to upload parts for the multipart upload using its uploadId.
   *
   * In a multipart upload for a specific object, parts of the object can be uploaded in any
   * sequence and multiple parts can be uploaded concurrently.
   *
   * Part sizes range from 5 MB to 5 GB. However, in a complete multipart operation, the size of
   * the last uploaded part must range from 0 to 5 GB. In addition, the uploadId of each part must
   * be in the range of 1 to 10000.
   *
   * This operation makes server-side encryption available.
   *
   * When the same multipart of the same object is uploaded concurrently, the server complies with
   * the Last Write Win policy.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  uploadPart(input: WithBodySource<UploadPartInput, "body">, options?: CallOptions): Promise<UploadPartOutput>;
}

/** The HTTP request of Upload Part for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeUploadPartRequest(input: WithBodySource<UploadPartInput, "body">): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
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
    payload: input.body,
  };
}

/**
 * The output of Upload Part from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeUploadPartResponse(response: IncomingResponse): UploadPartOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    eTag: responseHeader(response, "etag", "string", true),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}
