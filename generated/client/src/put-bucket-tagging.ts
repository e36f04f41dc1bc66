// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  PUT_BUCKET_TAGGING_INPUT_XML,
  xmlTreeOf,
  type PutBucketTaggingInput,
  type PutBucketTaggingOutput,
} from "@obs-toolkit/validator";
import { responseHeader, type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

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
