// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_PARTS_OUTPUT_XML, type ListPartsInput, type ListPartsOutput } from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for List Parts (the class implements this interface, which carries the method's documentation). */
export interface ListPartsMethod {
  /**
   * List Parts.
   *
   * You can use this operation to query all parts associated to a multipart upload.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listParts(input: ListPartsInput, options?: CallOptions): Promise<ListPartsOutput>;
}

/** The HTTP request of List Parts for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListPartsRequest(input: ListPartsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {
      uploadId: input.uploadId,
      "max-parts": input.maxParts === undefined ? undefined : String(input.maxParts),
      "part-number-marker": input.partNumberMarker === undefined ? undefined : String(input.partNumberMarker),
    },
    headers,
  };
}

/**
 * The output of List Parts from a successful response: the `ListPartsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListPartsResponse(response: IncomingResponse): ListPartsOutput {
  return {
    ...readXmlResponse(response, LIST_PARTS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
