// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  DELETE_OBJECTS_INPUT_XML,
  DELETE_OBJECTS_OUTPUT_XML,
  xmlTreeOf,
  type DeleteObjectsInput,
  type DeleteObjectsOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for DELETE Multiple Objects (the class implements this interface, which carries the method's documentation). */
export interface DeleteObjectsMethod {
  /**
   * DELETE Multiple Objects.
   *
   * This operation is used to batch delete objects from a bucket: up to 1000 keys in one XML
   * request. The result of each deletion is answered: in verbose mode (the default) every key
   * deleted and every key that could not be; in quiet mode only the failures.
   *
   * The request must carry Content-MD5, and its body is checked against it.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteObjects(input: DeleteObjectsInput, options?: CallOptions): Promise<DeleteObjectsOutput>;
}

/** The HTTP request of DELETE Multiple Objects for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeDeleteObjectsRequest(input: DeleteObjectsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "POST",
    bucket: input.bucket,
    key: undefined,
    subresources: ["delete"],
    query: {},
    headers,
    payload: { root: "Delete", namespace: undefined, content: xmlTreeOf(DELETE_OBJECTS_INPUT_XML, input) },
    contentMd5: true,
  };
}

/**
 * The output of DELETE Multiple Objects from a successful response: the `DeleteResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteObjectsResponse(response: IncomingResponse): DeleteObjectsOutput {
  return {
    ...readXmlResponse(response, DELETE_OBJECTS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
