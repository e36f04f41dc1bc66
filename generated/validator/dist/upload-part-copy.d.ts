import { type BucketNameParameter } from "./components/bucket-name.js";
import { type CopySourceIfMatchParameter } from "./components/copy-source-if-match.js";
import { type CopySourceIfModifiedSinceParameter } from "./components/copy-source-if-modified-since.js";
import { type CopySourceIfNoneMatchParameter } from "./components/copy-source-if-none-match.js";
import { type CopySourceIfUnmodifiedSinceParameter } from "./components/copy-source-if-unmodified-since.js";
import { type CopySourceSseCustomerAlgorithmParameter } from "./components/copy-source-sse-customer-algorithm.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
/** The input of Upload Part - Copy. */
export interface UploadPartCopyInput extends BucketNameParameter, ObjectNameParameter, CopySourceIfMatchParameter, CopySourceIfNoneMatchParameter, CopySourceIfUnmodifiedSinceParameter, CopySourceIfModifiedSinceParameter, CopySourceSseCustomerAlgorithmParameter, SecurityTokenParameter {
	/**
	* Indicates the number that identifies a part to be uploaded (1 to 10,000).
	*
	* Query parameter: `partNumber`.
	*/
	partNumber: number;
	/**
	* Indicates the ID of a multipart upload.
	*
	* Query parameter: `uploadId`.
	*/
	uploadId: string;
	/**
	* Indicates the source object to be copied: the name of the source bucket and the key of the source object, and with versionId the version.
	*
	* Header: `x-amz-copy-source`.
	*/
	copySource: string;
	/**
	* Indicates the range of bytes (start-end) to be copied from the source object. start indicates the start byte of the part to be copied and end indicates the end byte.
	*
	* Header: `x-amz-copy-source-range`.
	*/
	copySourceRange?: string | undefined;
	/**
	* Indicates an algorithm used to encrypt a destination part. The header is used in SSE-C mode.
	*
	* Header: `x-amz-server-side-encryption-customer-algorithm`.
	*/
	sseCustomerAlgorithm?: "AES256" | undefined;
	/**
	* Indicates a key used to encrypt a destination part. The header is used in SSE-C mode.
	*
	* Header: `x-amz-server-side-encryption-customer-key`.
	*/
	sseCustomerKey?: string | undefined;
	/**
	* Indicates the MD5 value of a key used to encrypt a destination part. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key.
	*
	* Header: `x-amz-server-side-encryption-customer-key-md5`.
	*/
	sseCustomerKeyMd5?: string | undefined;
	/**
	* Indicates the customer-provided key used to decrypt the source object when customer-provided keys are used.
	*
	* Header: `x-amz-copy-source-server-side-encryption-customer-key`.
	*/
	copySourceSseCustomerKey?: string | undefined;
	/**
	* Indicates the MD5 value of the customer-provided key used to decrypt the source object when customer-provided keys are used.
	*
	* Header: `x-amz-copy-source-server-side-encryption-customer-key-md5`.
	*/
	copySourceSseCustomerKeyMd5?: string | undefined;
}
/** The output of Upload Part - Copy. */
export interface UploadPartCopyOutput {
	/**
	* Indicates the date the part was last modified.
	*
	* XML: `<LastModified>`.
	*/
	lastModified: Date;
	/**
	* Indicates the ETag of the source part.
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
	/**
	* Indicates the MD5 value of a key used to encrypt objects. This header is included in a response if SSE-C is used.
	*
	* Header: `x-amz-server-side-encryption-customer-key-md5`.
	*/
	sseCustomerKeyMd5?: string | undefined;
}
/** How the Upload Part - Copy response body is written and read. */
export declare const UPLOAD_PART_COPY_OUTPUT_XML: XmlDocumentShape;
/** The Upload Part - Copy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const UPLOAD_PART_COPY_SENSITIVE_MEMBERS: ReadonlySet<keyof UploadPartCopyInput>;
/**
* Validates an Upload Part - Copy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateUploadPartCopyRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<UploadPartCopyInput>;
