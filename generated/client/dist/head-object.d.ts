import { type HeadObjectInput, type HeadObjectOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** `ObsClient`'s method for HEAD Object (the class implements this interface, which carries the method's documentation). */
export interface HeadObjectMethod {
	/**
	* HEAD Object.
	*
	* You can use this operation to obtain an object's metadata without its bytes: the same headers
	* GET Object answers (its real Content-Length, ETag, Last-Modified, user metadata…) and no body.
	* The requester needs the read permission for the object.
	*
	* @param options `signal`: cancels the call.
	* @throws ObsError for an invalid input (before sending) or an S3 error response.
	*/
	headObject(input: HeadObjectInput, options?: CallOptions): Promise<HeadObjectOutput>;
}
/** The HTTP request of HEAD Object for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeHeadObjectRequest(input: HeadObjectInput): OutgoingRequest;
/**
* The output of HEAD Object from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializeHeadObjectResponse(response: IncomingResponse): HeadObjectOutput;
