import { type CompleteMultipartUploadInput, type CompleteMultipartUploadOutput } from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** The HTTP request of Complete Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers and body. */
export declare function serializeCompleteMultipartUploadRequest(input: CompleteMultipartUploadInput): OutgoingRequest;
/**
 * The output of Complete Multipart Upload from a successful response: the `CompleteMultipartUploadResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export declare function deserializeCompleteMultipartUploadResponse(response: IncomingResponse): CompleteMultipartUploadOutput;
