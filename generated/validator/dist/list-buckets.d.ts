import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type Bucket, type Owner } from "./types.js";
/** The input of List Buckets. */
export interface ListBucketsInput extends SecurityTokenParameter {}
/** The output of List Buckets. */
export interface ListBucketsOutput {
	/**
	* Indicates the user information such as the user ID and user name or domain ID and domain name.
	*
	* XML: `<Owner>`.
	*/
	owner: Owner;
	/**
	* Indicates the buckets that a user owns.
	*
	* XML: `<Buckets>` holding `<Bucket>` elements.
	*/
	buckets: Bucket[];
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
/** How the List Buckets response body is written and read. */
export declare const LIST_BUCKETS_OUTPUT_XML: XmlDocumentShape;
/** The List Buckets input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const LIST_BUCKETS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListBucketsInput>;
/**
* Validates a List Buckets request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateListBucketsRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<ListBucketsInput>;
