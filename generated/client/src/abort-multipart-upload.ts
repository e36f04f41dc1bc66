import { type AbortMultipartUploadInput, type AbortMultipartUploadOutput } from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest, responseHeader } from "./runtime/transport.js";

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
    requestId: responseHeader(response, "x-amz-request-id", "string", false) as string | undefined,
    hostId: responseHeader(response, "x-amz-id-2", "string", false) as string | undefined,
  };
}
