// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_LOCATION_OUTPUT_XML,
  type GetBucketLocationInput,
  type GetBucketLocationOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

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
