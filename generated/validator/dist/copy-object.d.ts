import { type AclParameter } from "./components/acl.js";
import { type BucketNameParameter } from "./components/bucket-name.js";
import { type ContentTypeParameter } from "./components/content-type.js";
import { type CopySourceIfMatchParameter } from "./components/copy-source-if-match.js";
import { type CopySourceIfModifiedSinceParameter } from "./components/copy-source-if-modified-since.js";
import { type CopySourceIfNoneMatchParameter } from "./components/copy-source-if-none-match.js";
import { type CopySourceIfUnmodifiedSinceParameter } from "./components/copy-source-if-unmodified-since.js";
import { type CopySourceSseCustomerAlgorithmParameter } from "./components/copy-source-sse-customer-algorithm.js";
import { type CopySourceSseCustomerKeyMd5Parameter } from "./components/copy-source-sse-customer-key-md5.js";
import { type CopySourceSseCustomerKeyParameter } from "./components/copy-source-sse-customer-key.js";
import { type CopySourceParameter } from "./components/copy-source.js";
import { type ObjectLockModeParameter } from "./components/object-lock-mode.js";
import { type ObjectLockRetainUntilDateParameter } from "./components/object-lock-retain-until-date.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ServerSideEncryptionParameter } from "./components/server-side-encryption.js";
import { type SseCustomerAlgorithmParameter } from "./components/sse-customer-algorithm.js";
import { type SseCustomerKeyMd5Parameter } from "./components/sse-customer-key-md5.js";
import { type SseCustomerKeyParameter } from "./components/sse-customer-key.js";
import { type SseKmsKeyIdParameter } from "./components/sse-kms-key-id.js";
import { type StorageClassParameter } from "./components/storage-class.js";
import { type WebsiteRedirectLocationParameter } from "./components/website-redirect-location.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
/** The input of PUT Object - Copy. */
export interface CopyObjectInput extends BucketNameParameter, ObjectNameParameter, CopySourceParameter, CopySourceIfMatchParameter, CopySourceIfNoneMatchParameter, CopySourceIfUnmodifiedSinceParameter, CopySourceIfModifiedSinceParameter, CopySourceSseCustomerAlgorithmParameter, CopySourceSseCustomerKeyParameter, CopySourceSseCustomerKeyMd5Parameter, AclParameter, StorageClassParameter, WebsiteRedirectLocationParameter, ServerSideEncryptionParameter, SseKmsKeyIdParameter, SseCustomerAlgorithmParameter, SseCustomerKeyParameter, SseCustomerKeyMd5Parameter, ObjectLockModeParameter, ObjectLockRetainUntilDateParameter, ContentTypeParameter, SecurityTokenParameter {
	/**
	* Indicates whether the metadata is copied from the source object or replaced with the metadata provided in the request.
	*
	* Valid values: COPY or REPLACE
	*
	* - If the value is neither COPY nor REPLACE, OBS returns status code 400. - If you want to copy an object to itself, set the value to REPLACE. Otherwise, OBS considers the request invalid and returns status code 400.
	*
	* Header: `x-amz-metadata-directive`.
	*/
	metadataDirective?: "COPY" | "REPLACE" | undefined;
	/**
	* The copy's user metadata, with x-amz-metadata-directive REPLACE (with COPY the source's is kept and these are ignored). Names and values together may not exceed 2 KB.
	*
	* Headers: `x-amz-meta-*`, one per entry.
	*/
	metadata?: Record<string, string> | undefined;
}
/** The output of PUT Object - Copy. */
export interface CopyObjectOutput {
	/**
	* Indicates the date when the object was last modified.
	*
	* XML: `<LastModified>`.
	*/
	lastModified: Date;
	/**
	* Indicates the ETag of the new object.
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
	* Indicates the version ID of the source object.
	*
	* Header: `x-amz-copy-source-version-id`.
	*/
	copySourceVersionId?: string | undefined;
	/**
	* Indicates the version ID of the target object.
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
	/**
	* Indicates the MD5 value of a key used to encrypt objects. This header is included in a response if SSE-C is used.
	*
	* Header: `x-amz-server-side-encryption-customer-key-md5`.
	*/
	sseCustomerKeyMd5?: string | undefined;
}
/** How the PUT Object - Copy response body is written and read. */
export declare const COPY_OBJECT_OUTPUT_XML: XmlDocumentShape;
/** The PUT Object - Copy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const COPY_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof CopyObjectInput>;
/**
* Validates a PUT Object - Copy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateCopyObjectRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<CopyObjectInput>;
