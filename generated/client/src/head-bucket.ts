// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type HeadBucketInput, type HeadBucketOutput } from "@obs-toolkit/validator";
import { responseHeader, type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

/** `ObsClient`'s method for HEAD Bucket (the class implements this interface, which carries the method's documentation). */
export interface HeadBucketMethod {
  /**
   * HEAD Bucket.
   *
   * This operation is used to check whether a bucket exists and whether the user has the
   * permission to access it: 200 when it does, 404 when there is no such bucket, 403 when it
   * belongs to someone else. The answer has no body.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  headBucket(input: HeadBucketInput, options?: CallOptions): Promise<HeadBucketOutput>;
}

/** The HTTP request of HEAD Bucket for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeHeadBucketRequest(input: HeadBucketInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "HEAD",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {},
    headers,

    bodilessErrors: { 404: "NoSuchBucket", 500: "InternalError" },
  };
}

/**
 * The output of HEAD Bucket from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeHeadBucketResponse(response: IncomingResponse): HeadBucketOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    region: responseHeader(response, "x-amz-bucket-region", "string", false),
    defaultStorageClass: responseHeader(response, "x-default-storage-class", "string", false),
  };
}
