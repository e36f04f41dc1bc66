// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  LIST_OBJECT_VERSIONS_OUTPUT_XML,
  type ListObjectVersionsInput,
  type ListObjectVersionsOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for GET Bucket Object versions (the class implements this interface, which carries the method's documentation). */
export interface ListObjectVersionsMethod {
  /**
   * GET Bucket Object versions.
   *
   * If you have the read permission for a bucket, you can use this operation to list the versions
   * of the objects in it, by key and then from the newest version, a page at a time, with the
   * delete markers among them.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listObjectVersions(input: ListObjectVersionsInput, options?: CallOptions): Promise<ListObjectVersionsOutput>;
}

/** The HTTP request of GET Bucket Object versions for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectVersionsRequest(input: ListObjectVersionsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["versions"],
    query: {
      prefix: input.prefix,
      "key-marker": input.keyMarker,
      "max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
      delimiter: input.delimiter,
      "version-id-marker": input.versionIdMarker,
      "encoding-type": input.encodingType,
    },
    headers,
  };
}

/**
 * The output of GET Bucket Object versions from a successful response: the `ListVersionsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListObjectVersionsResponse(response: IncomingResponse): ListObjectVersionsOutput {
  return {
    ...readXmlResponse(response, LIST_OBJECT_VERSIONS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
