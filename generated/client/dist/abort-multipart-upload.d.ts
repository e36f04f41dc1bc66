import { type AbortMultipartUploadInput, type AbortMultipartUploadOutput } from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** The HTTP request of Abort Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeAbortMultipartUploadRequest(input: AbortMultipartUploadInput): OutgoingRequest;
/**
 * The output of Abort Multipart Upload from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export declare function deserializeAbortMultipartUploadResponse(response: IncomingResponse): AbortMultipartUploadOutput;
