import { type ListBucketsInput, type ListBucketsOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** `ObsClient`'s method for List Buckets (the class implements this interface, which carries the method's documentation). */
export interface ListBucketsMethod {
	/**
	* List Buckets.
	*
	* You can use this operation to list all the buckets that you own. It is addressed to the
	* service root (`GET /`), not to a bucket.
	*
	* @param options `signal`: cancels the call.
	* @throws ObsError for an invalid input (before sending) or an S3 error response.
	*/
	listBuckets(input: ListBucketsInput, options?: CallOptions): Promise<ListBucketsOutput>;
}
/** The HTTP request of List Buckets for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeListBucketsRequest(input: ListBucketsInput): OutgoingRequest;
/**
* The output of List Buckets from a successful response: the `ListAllMyBucketsResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializeListBucketsResponse(response: IncomingResponse): ListBucketsOutput;
