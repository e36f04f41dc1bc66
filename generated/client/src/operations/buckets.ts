// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_LOCATION_OUTPUT_XML,
  LIST_BUCKETS_OUTPUT_XML,
  PUT_BUCKET_INPUT_XML,
  xmlTreeOf,
  type DeleteBucketInput,
  type DeleteBucketOutput,
  type GetBucketLocationInput,
  type GetBucketLocationOutput,
  type HeadBucketInput,
  type HeadBucketOutput,
  type ListBucketsInput,
  type ListBucketsOutput,
  type PutBucketInput,
  type PutBucketOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "../runtime/transport.js";

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

/** `ObsClient`'s method for GET Bucket location (the class implements this interface, which carries the method's documentation). */
export interface GetBucketLocationMethod {
  /**
   * GET Bucket location.
   *
   * You can use this operation to obtain the region where a bucket is: the LocationConstraint it
   * was created with (PUT Bucket), or the server's region.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketLocation(input: GetBucketLocationInput, options?: CallOptions): Promise<GetBucketLocationOutput>;
}

/** The HTTP request of GET Bucket location for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketLocationRequest(input: GetBucketLocationInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["location"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket location from a successful response: the `LocationConstraint` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketLocationResponse(response: IncomingResponse): GetBucketLocationOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_LOCATION_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

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

/** `ObsClient`'s method for List Buckets (the class implements this interface, which carries the method's documentation). */
export interface ListBucketsMethod {
  /**
   * List Buckets.
   *
   * You can use this operation to list all the buckets that you own. It is addressed to the
   * service root (`GET /`), not to a bucket.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listBuckets(input: ListBucketsInput, options?: CallOptions): Promise<ListBucketsOutput>;
}

/** The HTTP request of List Buckets for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListBucketsRequest(input: ListBucketsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: undefined,
    key: undefined,
    subresources: [],
    query: {},
    headers,
  };
}

/**
 * The output of List Buckets from a successful response: the `ListAllMyBucketsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListBucketsResponse(response: IncomingResponse): ListBucketsOutput {
  return {
    ...readXmlResponse(response, LIST_BUCKETS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

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
    payload:
      input.locationConstraint !== undefined
        ? { root: "CreateBucketConfiguration", namespace: undefined, content: xmlTreeOf(PUT_BUCKET_INPUT_XML, input) }
        : undefined,
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
