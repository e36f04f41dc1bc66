// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_LIFECYCLE_OUTPUT_XML,
  PUT_BUCKET_LIFECYCLE_INPUT_XML,
  xmlTreeOf,
  type DeleteBucketLifecycleInput,
  type DeleteBucketLifecycleOutput,
  type GetBucketLifecycleInput,
  type GetBucketLifecycleOutput,
  type PutBucketLifecycleInput,
  type PutBucketLifecycleOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "../runtime/transport.js";

/** `ObsClient`'s method for DELETE Bucket lifecycle (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketLifecycleMethod {
  /**
   * DELETE Bucket lifecycle.
   *
   * This operation is used to delete the lifecycle rules of a bucket. Once deleted, no rule runs on
   * its objects.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketLifecycle(input: DeleteBucketLifecycleInput, options?: CallOptions): Promise<DeleteBucketLifecycleOutput>;
}

/** The HTTP request of DELETE Bucket lifecycle for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketLifecycleRequest(input: DeleteBucketLifecycleInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: ["lifecycle"],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket lifecycle from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketLifecycleResponse(response: IncomingResponse): DeleteBucketLifecycleOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket lifecycle (the class implements this interface, which carries the method's documentation). */
export interface GetBucketLifecycleMethod {
  /**
   * GET Bucket lifecycle.
   *
   * This operation is used to obtain the lifecycle rules of a bucket. A bucket without them answers
   * NoSuchLifecycleConfiguration.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketLifecycle(input: GetBucketLifecycleInput, options?: CallOptions): Promise<GetBucketLifecycleOutput>;
}

/** The HTTP request of GET Bucket lifecycle for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketLifecycleRequest(input: GetBucketLifecycleInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["lifecycle"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket lifecycle from a successful response: the `LifecycleConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketLifecycleResponse(response: IncomingResponse): GetBucketLifecycleOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_LIFECYCLE_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket lifecycle (the class implements this interface, which carries the method's documentation). */
export interface PutBucketLifecycleMethod {
  /**
   * PUT Bucket lifecycle.
   *
   * This operation is used to configure the lifecycle rules of a bucket: objects under a prefix
   * expire, move to another storage class, and incomplete multipart uploads are aborted, after a
   * number of days or on a date. A configuration replaces the bucket's earlier one.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketLifecycle(input: PutBucketLifecycleInput, options?: CallOptions): Promise<PutBucketLifecycleOutput>;
}

/** The HTTP request of PUT Bucket lifecycle for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketLifecycleRequest(input: PutBucketLifecycleInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["lifecycle"],
    query: {},
    headers,
    payload: {
      root: "LifecycleConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_LIFECYCLE_INPUT_XML, input),
    },
    contentMd5: true,
  };
}

/**
 * The output of PUT Bucket lifecycle from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketLifecycleResponse(response: IncomingResponse): PutBucketLifecycleOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
