// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_TAGGING_OUTPUT_XML,
  GET_BUCKET_VERSIONING_OUTPUT_XML,
  PUT_BUCKET_TAGGING_INPUT_XML,
  PUT_BUCKET_VERSIONING_INPUT_XML,
  xmlTreeOf,
  type GetBucketTaggingInput,
  type GetBucketTaggingOutput,
  type GetBucketVersioningInput,
  type GetBucketVersioningOutput,
  type PutBucketTaggingInput,
  type PutBucketTaggingOutput,
  type PutBucketVersioningInput,
  type PutBucketVersioningOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "../runtime/transport.js";

/** `ObsClient`'s method for GET Bucket tagging (the class implements this interface, which carries the method's documentation). */
export interface GetBucketTaggingMethod {
  /**
   * GET Bucket tagging.
   *
   * You can use this operation to obtain the tags of a bucket. A bucket without tags answers
   * NoSuchTagSet.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketTagging(input: GetBucketTaggingInput, options?: CallOptions): Promise<GetBucketTaggingOutput>;
}

/** The HTTP request of GET Bucket tagging for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketTaggingRequest(input: GetBucketTaggingInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["tagging"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket tagging from a successful response: the `Tagging` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketTaggingResponse(response: IncomingResponse): GetBucketTaggingOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_TAGGING_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket versioning (the class implements this interface, which carries the method's documentation). */
export interface GetBucketVersioningMethod {
  /**
   * GET Bucket versioning.
   *
   * You can use this operation to obtain the versioning state of a bucket: Enabled, Suspended,
   * or no Status at all for a bucket that has never had versioning.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketVersioning(input: GetBucketVersioningInput, options?: CallOptions): Promise<GetBucketVersioningOutput>;
}

/** The HTTP request of GET Bucket versioning for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketVersioningRequest(input: GetBucketVersioningInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["versioning"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket versioning from a successful response: the `VersioningConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketVersioningResponse(response: IncomingResponse): GetBucketVersioningOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_VERSIONING_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket tagging (the class implements this interface, which carries the method's documentation). */
export interface PutBucketTaggingMethod {
  /**
   * PUT Bucket tagging.
   *
   * You can use this operation to add tags to an existing bucket, replacing any it had. Each
   * bucket supports a maximum of 20 tags; a key is unique among them.
   *
   * Content-MD5 will be a required header for this operation.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketTagging(input: PutBucketTaggingInput, options?: CallOptions): Promise<PutBucketTaggingOutput>;
}

/** The HTTP request of PUT Bucket tagging for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketTaggingRequest(input: PutBucketTaggingInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["tagging"],
    query: {},
    headers,
    payload: { root: "Tagging", namespace: undefined, content: xmlTreeOf(PUT_BUCKET_TAGGING_INPUT_XML, input) },
    contentMd5: true,
  };
}

/**
 * The output of PUT Bucket tagging from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketTaggingResponse(response: IncomingResponse): PutBucketTaggingOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket versioning (the class implements this interface, which carries the method's documentation). */
export interface PutBucketVersioningMethod {
  /**
   * PUT Bucket versioning.
   *
   * You can use this operation to enable or suspend versioning for an existing bucket: the state
   * is Enabled or Suspended. A bucket that has never had versioning is unversioned; once enabled,
   * it can be suspended but not made unversioned again.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketVersioning(input: PutBucketVersioningInput, options?: CallOptions): Promise<PutBucketVersioningOutput>;
}

/** The HTTP request of PUT Bucket versioning for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketVersioningRequest(input: PutBucketVersioningInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["versioning"],
    query: {},
    headers,
    payload: {
      root: "VersioningConfiguration",
      namespace: undefined,
      content: xmlTreeOf(PUT_BUCKET_VERSIONING_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket versioning from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketVersioningResponse(response: IncomingResponse): PutBucketVersioningOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
