import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
/** The input of GET Bucket versioning. */
export interface GetBucketVersioningInput extends BucketNameParameter, SecurityTokenParameter {}
/** The output of GET Bucket versioning. */
export interface GetBucketVersioningOutput {
	/**
	* Specifies the versioning state of the bucket: Enabled or Suspended (absent when never set).
	*
	* XML: `<Status>`.
	*/
	status?: string | undefined;
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
/** How the GET Bucket versioning response body is written and read. */
export declare const GET_BUCKET_VERSIONING_OUTPUT_XML: XmlDocumentShape;
/** The GET Bucket versioning input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const GET_BUCKET_VERSIONING_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketVersioningInput>;
/**
* Validates a GET Bucket versioning request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateGetBucketVersioningRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<GetBucketVersioningInput>;
