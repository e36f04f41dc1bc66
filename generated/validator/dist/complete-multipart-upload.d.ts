import { type BucketNameParameter } from "./components/bucket-name.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type CompletedPart } from "./types.js";
/** The input of Complete Multipart Upload. */
export interface CompleteMultipartUploadInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
	/**
	* Indicates the ID of the multipart upload to be completed.
	*
	* Query parameter: `uploadId`.
	*/
	uploadId: string;
	/**
	* The parts to concatenate, in ascending order of part number.
	*
	* XML: repeated `<Part>` elements.
	*/
	parts: CompletedPart[];
}
/** The output of Complete Multipart Upload. */
export interface CompleteMultipartUploadOutput {
	/**
	* Indicates the URL of the newly created object.
	*
	* XML: `<Location>`.
	*/
	location: string;
	/**
	* Indicates the bucket that contains the newly created object.
	*
	* XML: `<Bucket>`.
	*/
	bucket: string;
	/**
	* Indicates the key of the newly created object.
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Indicates the ETag that identifies the metadata of the newly created object. This ETag is calculated using the MD5 values of parts comprising the newly created object.
	*
	* XML: `<ETag>`.
	*/
	eTag: string;
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
	* Indicates the version ID of the object created from a multipart upload.
	*
	* Header: `x-amz-version-id`.
	*/
	versionId?: string | undefined;
	/**
	* This header is included in a response if SSE-KMS is used.
	*
	* Header: `x-amz-server-side-encryption`.
	*/
	serverSideEncryption?: string | undefined;
	/**
	* Indicates the master key ID. This header is included in a response if SSE-KMS is used.
	*
	* Header: `x-amz-server-side-encryption-aws-kms-key-id`.
	*/
	sseKmsKeyId?: string | undefined;
	/**
	* Indicates an encryption algorithm. This header is included in a response if SSE-C is used.
	*
	* Header: `x-amz-server-side-encryption-customer-algorithm`.
	*/
	sseCustomerAlgorithm?: string | undefined;
}
/** How the Complete Multipart Upload request body is read. */
export declare const COMPLETE_MULTIPART_UPLOAD_INPUT_XML: XmlDocumentShape;
/** How the Complete Multipart Upload response body is written and read. */
export declare const COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML: XmlDocumentShape;
/** The Complete Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const COMPLETE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof CompleteMultipartUploadInput>;
/**
* Validates a Complete Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateCompleteMultipartUploadRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<CompleteMultipartUploadInput>;
