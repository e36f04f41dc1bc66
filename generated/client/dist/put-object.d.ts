import { type PutObjectInput, type PutObjectOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest, type WithBodySource } from "./runtime/transport.js";
/** `ObsClient`'s method for PUT Object (the class implements this interface, which carries the method's documentation). */
export interface PutObjectMethod {
	/**
	* PUT Object.
	*
	* After creating a bucket in OBS, you can use this operation to upload an object to the bucket.
	*
	* Uploading an object adds it to a bucket. This operation requires users to have the write
	* permission.
	*
	* The objects uploaded by users are stored in buckets. Only the users with the write permission
	* can upload objects to buckets. The names of objects in the same bucket must be unique.
	*
	* If objects with the same object keys exist in a specified bucket, the new objects uploaded by a
	* user will overwrite the original objects.
	*
	* To prevent data from being damaged during the transfer process, users can add Content-MD5 to
	* request headers. After OBS receives the objects that are uploaded, it executes MD5 verification
	* and returns an error if inconsistency is detected.
	*
	* Users can specify the x-amz-acl parameter and set a permission control policy when uploading
	* objects.
	*
	* This operation supports server-side encryption.
	*
	* @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
	* @throws ObsError for an invalid input (before sending) or an S3 error response.
	*/
	putObject(input: WithBodySource<PutObjectInput, "body">, options?: CallOptions): Promise<PutObjectOutput>;
}
/** The HTTP request of PUT Object for `input`: method, bucket, key, sub-resources, query, headers and body. */
export declare function serializePutObjectRequest(input: WithBodySource<PutObjectInput, "body">): OutgoingRequest;
/**
* The output of PUT Object from a successful response.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializePutObjectResponse(response: IncomingResponse): PutObjectOutput;
