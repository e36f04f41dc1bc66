import { type ListMultipartUploadsInput, type ListMultipartUploadsOutput } from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** The HTTP request of List Multipart Uploads for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeListMultipartUploadsRequest(input: ListMultipartUploadsInput): OutgoingRequest;
/**
 * The output of List Multipart Uploads from a successful response: the `ListMultipartUploadsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export declare function deserializeListMultipartUploadsResponse(response: IncomingResponse): ListMultipartUploadsOutput;
