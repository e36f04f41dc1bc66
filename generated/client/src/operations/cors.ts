// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_CORS_OUTPUT_XML,
  PUT_BUCKET_CORS_INPUT_XML,
  xmlTreeOf,
  type DeleteBucketCorsInput,
  type DeleteBucketCorsOutput,
  type GetBucketCorsInput,
  type GetBucketCorsOutput,
  type OptionsBucketInput,
  type OptionsBucketOutput,
  type OptionsObjectInput,
  type OptionsObjectOutput,
  type PutBucketCorsInput,
  type PutBucketCorsOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "../runtime/transport.js";

/** `ObsClient`'s method for DELETE Bucket CORS (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketCorsMethod {
  /**
   * DELETE Bucket CORS.
   *
   * This operation is used to delete the CORS configuration of a bucket. Once deleted, no cross-
   * origin request to the bucket is allowed.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketCors(input: DeleteBucketCorsInput, options?: CallOptions): Promise<DeleteBucketCorsOutput>;
}

/** The HTTP request of DELETE Bucket CORS for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketCorsRequest(input: DeleteBucketCorsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: ["cors"],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket CORS from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketCorsResponse(response: IncomingResponse): DeleteBucketCorsOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket CORS (the class implements this interface, which carries the method's documentation). */
export interface GetBucketCorsMethod {
  /**
   * GET Bucket CORS.
   *
   * This operation is used to obtain the CORS configuration of a bucket. A bucket without one
   * answers NoSuchCORSConfiguration.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketCors(input: GetBucketCorsInput, options?: CallOptions): Promise<GetBucketCorsOutput>;
}

/** The HTTP request of GET Bucket CORS for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketCorsRequest(input: GetBucketCorsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["cors"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket CORS from a successful response: the `CORSConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketCorsResponse(response: IncomingResponse): GetBucketCorsOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_CORS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for OPTIONS Bucket (the class implements this interface, which carries the method's documentation). */
export interface OptionsBucketMethod {
  /**
   * OPTIONS Bucket.
   *
   * OBS allows buckets to store static web resources. A web page on another origin may use them when
   * the bucket's CORS rules allow it: before the actual request, a browser sends this OPTIONS
   * request (a preflight) with the origin, method and headers it wants to use.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  optionsBucket(input: OptionsBucketInput, options?: CallOptions): Promise<OptionsBucketOutput>;
}

/** The HTTP request of OPTIONS Bucket for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeOptionsBucketRequest(input: OptionsBucketInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    origin: input.origin,
    "access-control-request-method": input.requestMethod,
    "access-control-request-headers": input.requestHeaders,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "OPTIONS",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {},
    headers,
  };
}

/**
 * The output of OPTIONS Bucket from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeOptionsBucketResponse(response: IncomingResponse): OptionsBucketOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    allowOrigin: responseHeader(response, "access-control-allow-origin", "string", true),
    allowMethods: responseHeader(response, "access-control-allow-methods", "string", true),
    allowHeaders: responseHeader(response, "access-control-allow-headers", "string", false),
    maxAge: responseHeader(response, "access-control-max-age", "integer", false),
    exposeHeaders: responseHeader(response, "access-control-expose-headers", "string", false),
  };
}

/** `ObsClient`'s method for OPTIONS Object (the class implements this interface, which carries the method's documentation). */
export interface OptionsObjectMethod {
  /**
   * OPTIONS Object.
   *
   * Before a browser sends a cross-origin request for an object, it sends this OPTIONS request (a
   * preflight) with the origin, method and headers it wants to use; the bucket's CORS rules decide.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  optionsObject(input: OptionsObjectInput, options?: CallOptions): Promise<OptionsObjectOutput>;
}

/** The HTTP request of OPTIONS Object for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeOptionsObjectRequest(input: OptionsObjectInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    origin: input.origin,
    "access-control-request-method": input.requestMethod,
    "access-control-request-headers": input.requestHeaders,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "OPTIONS",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {},
    headers,
  };
}

/**
 * The output of OPTIONS Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeOptionsObjectResponse(response: IncomingResponse): OptionsObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    allowOrigin: responseHeader(response, "access-control-allow-origin", "string", true),
    allowMethods: responseHeader(response, "access-control-allow-methods", "string", true),
    allowHeaders: responseHeader(response, "access-control-allow-headers", "string", false),
    maxAge: responseHeader(response, "access-control-max-age", "integer", false),
    exposeHeaders: responseHeader(response, "access-control-expose-headers", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket CORS (the class implements this interface, which carries the method's documentation). */
export interface PutBucketCorsMethod {
  /**
   * PUT Bucket CORS.
   *
   * This operation is used to configure the CORS of a bucket. Cross-origin resource sharing (CORS)
   * allows a web page on one domain to access the bucket's resources. A configuration replaces the
   * bucket's earlier one.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketCors(input: PutBucketCorsInput, options?: CallOptions): Promise<PutBucketCorsOutput>;
}

/** The HTTP request of PUT Bucket CORS for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketCorsRequest(input: PutBucketCorsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["cors"],
    query: {},
    headers,
    payload: {
      root: "CORSConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_CORS_INPUT_XML, input),
    },
    contentMd5: true,
  };
}

/**
 * The output of PUT Bucket CORS from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketCorsResponse(response: IncomingResponse): PutBucketCorsOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
