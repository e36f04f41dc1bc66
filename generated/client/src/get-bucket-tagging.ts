// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_TAGGING_OUTPUT_XML,
  type GetBucketTaggingInput,
  type GetBucketTaggingOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

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
