import { type InitiateMultipartUploadInput, type InitiateMultipartUploadOutput } from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** The HTTP request of Initiate Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeInitiateMultipartUploadRequest(input: InitiateMultipartUploadInput): OutgoingRequest;
/**
 * The output of Initiate Multipart Upload from a successful response: the `InitiateMultipartUploadResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export declare function deserializeInitiateMultipartUploadResponse(response: IncomingResponse): InitiateMultipartUploadOutput;
