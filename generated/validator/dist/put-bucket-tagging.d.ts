import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type PutBucketTaggingTag } from "./types.js";
/** The input of PUT Bucket tagging. */
export interface PutBucketTaggingInput extends BucketNameParameter, SecurityTokenParameter {
	/**
	* Container for a set of tags (at most 20 per bucket)
	*
	* XML: `<TagSet>` holding `<Tag>` elements.
	*/
	tagSet: PutBucketTaggingTag[];
}
/** The output of PUT Bucket tagging. */
export interface PutBucketTaggingOutput {
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
/** How the PUT Bucket tagging request body is read. */
export declare const PUT_BUCKET_TAGGING_INPUT_XML: XmlDocumentShape;
/** The PUT Bucket tagging input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const PUT_BUCKET_TAGGING_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketTaggingInput>;
/**
* Validates a PUT Bucket tagging request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validatePutBucketTaggingRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<PutBucketTaggingInput>;
