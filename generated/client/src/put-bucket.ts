// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { PUT_BUCKET_INPUT_XML, xmlTreeOf, type PutBucketInput, type PutBucketOutput } from "@obs-toolkit/validator";
import { responseHeader, type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

/** `ObsClient`'s method for PUT Bucket (the class implements this interface, which carries the method's documentation). */
export interface PutBucketMethod {
  /**
   * PUT Bucket.
   *
   * This operation is used to create a bucket with a specified name.
   *
   * A bucket name must be unique in OBS. If a user creates a bucket with the same name as one the
   * user already owns, BucketAlreadyOwnedByYou is answered; a name another user owns answers
   * BucketAlreadyExists. The body, optional, names the Region (LocationConstraint).
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucket(input: PutBucketInput, options?: CallOptions): Promise<PutBucketOutput>;
}

/** The HTTP request of PUT Bucket for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketRequest(input: PutBucketInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-acl": input.acl,
    "x-default-storage-class": input.defaultStorageClass,
    "x-amz-bucket-object-lock-enabled":
      input.objectLockEnabled === undefined ? undefined : String(input.objectLockEnabled),
    "x-amz-bucket-type": input.bucketType,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {},
    headers,
    payload: {
      root: "CreateBucketConfiguration",
      namespace: undefined,
      content: xmlTreeOf(PUT_BUCKET_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketResponse(response: IncomingResponse): PutBucketOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    location: responseHeader(response, "location", "string", false),
  };
}
