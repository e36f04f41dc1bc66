import { type UploadPartCopyInput, type UploadPartCopyOutput } from "@obs-toolkit/validator";
import { type CallOptions, type IncomingResponse, type OutgoingRequest } from "./runtime/transport.js";
/** `ObsClient`'s method for Upload Part - Copy (the class implements this interface, which carries the method's documentation). */
export interface UploadPartCopyMethod {
	/**
	* Upload Part - Copy.
	*
	* After initiating a multipart upload, you can use this operation to copy a part of an
	* existing object, or all of it, as a part of the upload: an Upload Part with
	* x-amz-copy-source naming the source and, optionally, x-amz-copy-source-range the bytes.
	*
	* @param options `signal`: cancels the call.
	* @throws ObsError for an invalid input (before sending) or an S3 error response.
	*/
	uploadPartCopy(input: UploadPartCopyInput, options?: CallOptions): Promise<UploadPartCopyOutput>;
}
/** The HTTP request of Upload Part - Copy for `input`: method, bucket, key, sub-resources, query, headers. */
export declare function serializeUploadPartCopyRequest(input: UploadPartCopyInput): OutgoingRequest;
/**
* The output of Upload Part - Copy from a successful response: the `CopyPartResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export declare function deserializeUploadPartCopyResponse(response: IncomingResponse): UploadPartCopyOutput;
