// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  PUT_BUCKET_VERSIONING_INPUT_XML,
  xmlTreeOf,
  type PutBucketVersioningInput,
  type PutBucketVersioningOutput,
} from "@obs-toolkit/validator";
import { responseHeader, type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";

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
