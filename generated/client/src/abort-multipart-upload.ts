// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type AbortMultipartUploadInput, type AbortMultipartUploadOutput } from "@obs-toolkit/validator";
import { responseHeader, type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

/** `ObsClient`'s method for Abort Multipart Upload (the class implements this interface, which carries the method's documentation). */
export interface AbortMultipartUploadMethod {
  /**
   * Abort Multipart Upload.
   *
   * You can use this operation to abort a multipart upload. After the request is sent, parts associated to the multipart upload cannot be uploaded or listed.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  abortMultipartUpload(input: AbortMultipartUploadInput, options?: CallOptions): Promise<AbortMultipartUploadOutput>;
}

/** The HTTP request of Abort Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeAbortMultipartUploadRequest(input: AbortMultipartUploadInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: { uploadId: input.uploadId },
    headers,
  };
}

/**
 * The output of Abort Multipart Upload from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeAbortMultipartUploadResponse(response: IncomingResponse): AbortMultipartUploadOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
