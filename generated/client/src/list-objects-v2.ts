// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECTS_V2_OUTPUT_XML, type ListObjectsV2Input, type ListObjectsV2Output } from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for GET Bucket V2 (List Objects V2) (the class implements this interface, which carries the method's documentation). */
export interface ListObjectsV2Method {
  /**
   * GET Bucket V2 (List Objects V2).
   *
   * If you have the read permission for a bucket, you can use this operation to list the objects
   * in it, in alphabetical order of their keys, a page at a time: at most max-keys keys (1000 by
   * default), after start-after or from the continuation token of the page before.
   *
   * With a delimiter, the keys that contain it after the prefix are rolled up into CommonPrefixes,
   * each counting as one key of the page. KeyCount is the number of keys and common prefixes the
   * page holds.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listObjectsV2(input: ListObjectsV2Input, options?: CallOptions): Promise<ListObjectsV2Output>;
}

/** The HTTP request of GET Bucket V2 (List Objects V2) for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectsV2Request(input: ListObjectsV2Input): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {
      "list-type": input.listType,
      prefix: input.prefix,
      delimiter: input.delimiter,
      "max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
      "encoding-type": input.encodingType,
      "start-after": input.startAfter,
      "continuation-token": input.continuationToken,
      "fetch-owner": input.fetchOwner === undefined ? undefined : String(input.fetchOwner),
    },
    headers,
  };
}

/**
 * The output of GET Bucket V2 (List Objects V2) from a successful response: the `ListBucketResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListObjectsV2Response(response: IncomingResponse): ListObjectsV2Output {
  return {
    ...readXmlResponse(response, LIST_OBJECTS_V2_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    region: responseHeader(response, "x-amz-bucket-location", "string", false),
  };
}
