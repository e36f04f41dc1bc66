import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type CannedAcl, type StorageClass } from "./types.js";
/** The input of PUT Bucket. */
export interface PutBucketInput extends BucketNameParameter, SecurityTokenParameter {
	/**
	* Indicates the ACL of a bucket. Possible values are private, public-read, public-read-write, authenticated-read, bucket-owner-read, and bucket-owner-full-control. For details, see Table 4 (the ACL page; log-delivery-write is accepted too).
	*
	* Header: `x-amz-acl`.
	*/
	acl?: CannedAcl | undefined;
	/**
	* When creating a bucket, you can add this header in the request to set the bucket's default storage class, which can be STANDARD (OBS Standard), STANDARD_IA (OBS Warm), and GLACIER (OBS Cold). If this header is not specified in the request, the storage class of the bucket created is OBS Standard.
	*
	* Header: `x-default-storage-class`.
	*/
	defaultStorageClass?: StorageClass | undefined;
	/**
	* When creating a bucket, you can use this header to enable WORM for the bucket.
	*
	* Header: `x-amz-bucket-object-lock-enabled`.
	*/
	objectLockEnabled?: boolean | undefined;
	/**
	* You can add this header to specify what type of bucket you will create. You can choose to create a bucket or a parallel file system. OBJECT: a bucket; POSIX: a parallel file system. If the header is specified, the value must be manually entered. There is no default value. If the header is not specified, OBJECT is used by default.
	*
	* Header: `x-amz-bucket-type`.
	*/
	bucketType?: "OBJECT" | "POSIX" | undefined;
	/**
	* Indicates the Region where a bucket will be created. This element is contained in CreateBucketConfiguration.
	*
	* XML: `<LocationConstraint>`.
	*/
	locationConstraint?: string | undefined;
}
/** The output of PUT Bucket. */
export interface PutBucketOutput {
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
	/**
	* The bucket's path, `/bucketname`.
	*
	* Header: `location`.
	*/
	location?: string | undefined;
}
/** How the PUT Bucket request body is read. */
export declare const PUT_BUCKET_INPUT_XML: XmlDocumentShape;
/** The PUT Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const PUT_BUCKET_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketInput>;
/**
* Validates a PUT Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validatePutBucketRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<PutBucketInput>;
