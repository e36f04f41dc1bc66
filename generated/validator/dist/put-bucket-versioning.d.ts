import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
/** The input of PUT Bucket versioning. */
export interface PutBucketVersioningInput extends BucketNameParameter, SecurityTokenParameter {
	/**
	* Specifies the versioning state of the bucket.
	*
	* XML: `<Status>`.
	*/
	status: "Enabled" | "Suspended";
}
/** The output of PUT Bucket versioning. */
export interface PutBucketVersioningOutput {
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
/** How the PUT Bucket versioning request body is read. */
export declare const PUT_BUCKET_VERSIONING_INPUT_XML: XmlDocumentShape;
/** The PUT Bucket versioning input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const PUT_BUCKET_VERSIONING_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketVersioningInput>;
/**
* Validates a PUT Bucket versioning request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validatePutBucketVersioningRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<PutBucketVersioningInput>;
