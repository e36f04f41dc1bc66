// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type DeleteObjectInput, type DeleteObjectOutput } from "@obs-toolkit/validator";
import { responseHeader, type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

/** `ObsClient`'s method for DELETE Object (the class implements this interface, which carries the method's documentation). */
export interface DeleteObjectMethod {
  /**
   * DELETE Object.
   *
   * You can use this operation to delete an object. The requester needs the write permission for
   * the bucket. Deleting an object that does not exist answers 204 all the same, as S3 does.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteObject(input: DeleteObjectInput, options?: CallOptions): Promise<DeleteObjectOutput>;
}

/** The HTTP request of DELETE Object for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteObjectRequest(input: DeleteObjectInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: { versionId: input.versionId },
    headers,
  };
}

/**
 * The output of DELETE Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteObjectResponse(response: IncomingResponse): DeleteObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    deleteMarker: responseHeader(response, "x-amz-delete-marker", "boolean", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
  };
}
