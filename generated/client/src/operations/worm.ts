// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_OBJECT_LOCK_OUTPUT_XML,
  PUT_BUCKET_OBJECT_LOCK_INPUT_XML,
  PUT_OBJECT_RETENTION_INPUT_XML,
  xmlTreeOf,
  type GetBucketObjectLockInput,
  type GetBucketObjectLockOutput,
  type PutBucketObjectLockInput,
  type PutBucketObjectLockOutput,
  type PutObjectRetentionInput,
  type PutObjectRetentionOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "../runtime/transport.js";

/** `ObsClient`'s method for Obtaining the Default WORM Policy of a Bucket (the class implements this interface, which carries the method's documentation). */
export interface GetBucketObjectLockMethod {
  /**
   * Obtaining the Default WORM Policy of a Bucket.
   *
   * This operation returns the default WORM policy of a bucket. A bucket without WORM answers
   * ObjectLockConfigurationNotFoundError.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketObjectLock(input: GetBucketObjectLockInput, options?: CallOptions): Promise<GetBucketObjectLockOutput>;
}

/** The HTTP request of Obtaining the Default WORM Policy of a Bucket for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketObjectLockRequest(input: GetBucketObjectLockInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["object-lock"],
    query: {},
    headers,
  };
}

/**
 * The output of Obtaining the Default WORM Policy of a Bucket from a successful response: the `ObjectLockConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketObjectLockResponse(response: IncomingResponse): GetBucketObjectLockOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_OBJECT_LOCK_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for Configuring a Default WORM Policy for a Bucket (the class implements this interface, which carries the method's documentation). */
export interface PutBucketObjectLockMethod {
  /**
   * Configuring a Default WORM Policy for a Bucket.
   *
   * This operation allows you to configure the default WORM policy and a retention period for a
   * bucket. With the bucket's default WORM policy, an object uploaded without a WORM policy or a
   * retention period of its own takes the default. A change applies only to the objects uploaded
   * after it. The WORM mode can only be COMPLIANCE; the retention period is 1 to 36500 days or 1 to
   * 100 years.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketObjectLock(input: PutBucketObjectLockInput, options?: CallOptions): Promise<PutBucketObjectLockOutput>;
}

/** The HTTP request of Configuring a Default WORM Policy for a Bucket for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketObjectLockRequest(input: PutBucketObjectLockInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["object-lock"],
    query: {},
    headers,
    payload: {
      root: "ObjectLockConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_OBJECT_LOCK_INPUT_XML, input),
    },
  };
}

/**
 * The output of Configuring a Default WORM Policy for a Bucket from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketObjectLockResponse(response: IncomingResponse): PutBucketObjectLockOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for Configuring WORM Retention for an Object (the class implements this interface, which carries the method's documentation). */
export interface PutObjectRetentionMethod {
  /**
   * Configuring WORM Retention for an Object.
   *
   * This operation configures or updates the retention period for objects uploaded to a bucket with
   * WORM enabled: of the current version, or of the version versionId names. The protection period
   * of an object can only be modified, but not deleted, and only prolonged.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putObjectRetention(input: PutObjectRetentionInput, options?: CallOptions): Promise<PutObjectRetentionOutput>;
}

/** The HTTP request of Configuring WORM Retention for an Object for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutObjectRetentionRequest(input: PutObjectRetentionInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: ["retention"],
    query: { versionId: input.versionId },
    headers,
    payload: {
      root: "Retention",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_OBJECT_RETENTION_INPUT_XML, input),
    },
  };
}

/**
 * The output of Configuring WORM Retention for an Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutObjectRetentionResponse(response: IncomingResponse): PutObjectRetentionOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
