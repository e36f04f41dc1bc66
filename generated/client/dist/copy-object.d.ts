import { type CopyObjectInput, type CopyObjectOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** `ObsClient`'s method for PUT Object - Copy (the class implements this interface, which carries the method's documentation). */
export interface CopyObjectMethod {
	/**
	* PUT Object - Copy.
	*
	* You can use this operation to create a copy of an object in OBS: a PUT on the destination
	* with x-amz-copy-source naming the source. The copy's metadata is the source's
	* (x-amz-metadata-directive COPY, the default) or the request's (REPLACE); its ACL, storage
	* class and encryption are the request's.
	*
	* The source conditions (x-amz-copy-source-if-*) answer 412 when they do not hold. An object
	* stored with SSE-C is copied with its key (x-amz-copy-source-server-side-encryption-customer-*).
	*
	* @param options `signal`: cancels the call.
	* @throws ObsError for an invalid input (before sending) or an S3 error response.
	*/
	copyObject(input: CopyObjectInput, options?: CallOptions): Promise<CopyObjectOutput>;
}
/** The HTTP request of PUT Object - Copy for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeCopyObjectRequest(input: CopyObjectInput): OutgoingRequest;
/**
* The output of PUT Object - Copy from a successful response: the `CopyObjectResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializeCopyObjectResponse(response: IncomingResponse): CopyObjectOutput;
