// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_VERSIONING_OUTPUT_XML,
  type GetBucketVersioningInput,
  type GetBucketVersioningOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

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
