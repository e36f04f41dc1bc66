import { type ListPartsInput, type ListPartsOutput } from "@obs-toolkit/validator";
import { type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** The HTTP request of List Parts for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeListPartsRequest(input: ListPartsInput): OutgoingRequest;
/**
 * The output of List Parts from a successful response: the `ListPartsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export declare function deserializeListPartsResponse(response: IncomingResponse): ListPartsOutput;
