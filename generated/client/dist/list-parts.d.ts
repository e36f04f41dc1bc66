import { type ListPartsInput, type ListPartsOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
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
export declare function serializeListPartsRequest(input: ListPartsInput): OutgoingRequest;
/**
* The output of List Parts from a successful response: the `ListPartsResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializeListPartsResponse(response: IncomingResponse): ListPartsOutput;
