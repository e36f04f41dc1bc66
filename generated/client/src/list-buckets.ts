// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_BUCKETS_OUTPUT_XML, type ListBucketsInput, type ListBucketsOutput } from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

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
