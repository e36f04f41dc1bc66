import { type PutBucketInput, type PutBucketOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** `ObsClient`'s method for PUT Bucket (the class implements this interface, which carries the method's documentation). */
export interface PutBucketMethod {
	/**
	* PUT Bucket.
	*
	* This operation is used to create a bucket with a specified name.
	*
	* A bucket name must be unique in OBS. If a user creates a bucket with the same name as one the
	* user already owns, BucketAlreadyOwnedByYou is answered; a name another user owns answers
	* BucketAlreadyExists. The body, optional, names the Region (LocationConstraint).
	*
	* @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
	* @throws ObsError for an invalid input (before sending) or an S3 error response.
	*/
	putBucket(input: PutBucketInput, options?: CallOptions): Promise<PutBucketOutput>;
}
/** The HTTP request of PUT Bucket for `input`: method, bucket, key, sub-resources, query, headers and body. */
export declare function serializePutBucketRequest(input: PutBucketInput): OutgoingRequest;
/**
* The output of PUT Bucket from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializePutBucketResponse(response: IncomingResponse): PutBucketOutput;
