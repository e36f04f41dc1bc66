import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
/** The input of DELETE Bucket. */
export interface DeleteBucketInput extends BucketNameParameter, SecurityTokenParameter {}
/** The output of DELETE Bucket. */
export interface DeleteBucketOutput {
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
/** The DELETE Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const DELETE_BUCKET_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketInput>;
/**
* Validates a DELETE Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateDeleteBucketRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<DeleteBucketInput>;
