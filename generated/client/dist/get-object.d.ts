import { type GetObjectInput, type GetObjectOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** `ObsClient`'s method for GET Object (the class implements this interface, which carries the method's documentation). */
export interface GetObjectMethod {
	/**
	* GET Object.
	*
	* You can use this operation to download an object: its bytes are streamed, whole or one range,
	* with the headers it was stored with (Content-Type, Content-Encoding, user metadata…). The
	* requester needs the read permission for the object.
	*
	* The response-* query parameters override what the answer's headers say, and the conditional
	* headers (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since) answer 304 or 412
	* instead of the object when they do not hold. An object stored with SSE-C is read only with the
	* same key.
	*
	* @param options `signal`: cancels the call.
	* @throws ObsError for an invalid input (before sending) or an S3 error response.
	*/
	getObject(input: GetObjectInput, options?: CallOptions): Promise<GetObjectOutput>;
}
/** The HTTP request of GET Object for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeGetObjectRequest(input: GetObjectInput): OutgoingRequest;
/**
* The output of GET Object from a successful response: the body as a stream and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializeGetObjectResponse(response: IncomingResponse): GetObjectOutput;
