import { type UploadPartInput, type UploadPartOutput } from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest, type WithBodySource } from "./runtime/transport.js";
/** The HTTP request of Upload Part for `input`: method, bucket, key, sub-resources, query, headers and body. */
export declare function serializeUploadPartRequest(input: WithBodySource<UploadPartInput, "body">): OutgoingRequest;
/**
 * The output of Upload Part from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export declare function deserializeUploadPartResponse(response: IncomingResponse): UploadPartOutput;
