// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_OBJECTS_OUTPUT_XML, type ListObjectsInput, type ListObjectsOutput } from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for GET Bucket (List Objects) (the class implements this interface, which carries the method's documentation). */
export interface ListObjectsMethod {
  /**
   * GET Bucket (List Objects).
   *
   * If you have the read permission for a bucket, you can use this operation to list the objects
   * in it, in the dictionary order of their keys, a page at a time: at most max-keys keys (1000 by
   * default), from after marker.
   *
   * With a delimiter, the keys that contain it after the prefix are rolled up into CommonPrefixes,
   * each counting as one key of the page.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listObjects(input: ListObjectsInput, options?: CallOptions): Promise<ListObjectsOutput>;
}

/** The HTTP request of GET Bucket (List Objects) for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectsRequest(input: ListObjectsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {
      prefix: input.prefix,
      delimiter: input.delimiter,
      "max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
      "encoding-type": input.encodingType,
      marker: input.marker,
    },
    headers,
  };
}

/**
 * The output of GET Bucket (List Objects) from a successful response: the `ListBucketResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListObjectsResponse(response: IncomingResponse): ListObjectsOutput {
  return {
    ...readXmlResponse(response, LIST_OBJECTS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    region: responseHeader(response, "x-amz-bucket-region", "string", false),
  };
}
