// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  LIST_MULTIPART_UPLOADS_OUTPUT_XML,
  type ListMultipartUploadsInput,
  type ListMultipartUploadsOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for List Multipart Uploads (the class implements this interface, which carries the method's documentation). */
export interface ListMultipartUploadsMethod {
  /**
   * List Multipart Uploads.
   *
   * You can use this operation to query all in-progress multipart uploads that have been initiated but not been combined or aborted.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listMultipartUploads(input: ListMultipartUploadsInput, options?: CallOptions): Promise<ListMultipartUploadsOutput>;
}

/** The HTTP request of List Multipart Uploads for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListMultipartUploadsRequest(input: ListMultipartUploadsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["uploads"],
    query: {
      delimiter: input.delimiter,
      prefix: input.prefix,
      "max-uploads": input.maxUploads === undefined ? undefined : String(input.maxUploads),
      "key-marker": input.keyMarker,
      "upload-id-marker": input.uploadIdMarker,
    },
    headers,
  };
}

/**
 * The output of List Multipart Uploads from a successful response: the `ListMultipartUploadsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListMultipartUploadsResponse(response: IncomingResponse): ListMultipartUploadsOutput {
  return {
    ...readXmlResponse(response, LIST_MULTIPART_UPLOADS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
