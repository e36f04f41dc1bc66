// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type DeleteBucketInput, type DeleteBucketOutput } from "@obs-toolkit/validator";
import { responseHeader, type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

/** `ObsClient`'s method for DELETE Bucket (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketMethod {
  /**
   * DELETE Bucket.
   *
   * This operation is used to delete a bucket. Only the owner of a bucket can delete it, and only
   * an empty one: a bucket with objects or in-progress multipart uploads answers BucketNotEmpty.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucket(input: DeleteBucketInput, options?: CallOptions): Promise<DeleteBucketOutput>;
}

/** The HTTP request of DELETE Bucket for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketRequest(input: DeleteBucketInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketResponse(response: IncomingResponse): DeleteBucketOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
