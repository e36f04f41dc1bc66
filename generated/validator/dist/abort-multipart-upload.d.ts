import { type BucketNameParameter } from "./components/bucket-name.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type UploadIdParameter } from "./components/upload-id.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
/** The input of Abort Multipart Upload. */
export interface AbortMultipartUploadInput extends BucketNameParameter, ObjectNameParameter, UploadIdParameter, SecurityTokenParameter {}
/** The output of Abort Multipart Upload. */
export interface AbortMultipartUploadOutput {
	/**
	* The value created by OBS to uniquely identify a request. OBS uses this value to troubleshoot faults.
	*
	* Header: `x-amz-request-id`.
	*/
	requestId?: string | undefined;
	/**
	* A special token that helps OBS troubleshoot faults.
	*
	* Header: `x-amz-id-2`.
	*/
	hostId?: string | undefined;
}
/** The Abort Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const ABORT_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof AbortMultipartUploadInput>;
/**
* Validates an Abort Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateAbortMultipartUploadRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<AbortMultipartUploadInput>;
