import { type BucketNameParameter } from "./components/bucket-name.js";
import { type ContentEncodingParameter } from "./components/content-encoding.js";
import { type ObjectLockModeParameter } from "./components/object-lock-mode.js";
import { type ObjectLockRetainUntilDateParameter } from "./components/object-lock-retain-until-date.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type SseCustomerAlgorithmParameter } from "./components/sse-customer-algorithm.js";
import { type SseCustomerKeyMd5Parameter } from "./components/sse-customer-key-md5.js";
import { type SseKmsKeyIdParameter } from "./components/sse-kms-key-id.js";
import { type StorageClassParameter } from "./components/storage-class.js";
import { type WebsiteRedirectLocationParameter } from "./components/website-redirect-location.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type CannedAcl } from "./types.js";
/** The input of Initiate Multipart Upload. */
export interface InitiateMultipartUploadInput extends BucketNameParameter, ObjectNameParameter, StorageClassParameter, WebsiteRedirectLocationParameter, SseKmsKeyIdParameter, SseCustomerAlgorithmParameter, SseCustomerKeyMd5Parameter, SecurityTokenParameter, ObjectLockModeParameter, ObjectLockRetainUntilDateParameter, ContentEncodingParameter {
	/**
	* A predefined access control policy (canned ACL) for the object, from the ACL page's Table 4. The values are case-sensitive. By default the policy is `private`.
	*
	* Header: `x-amz-acl`.
	*/
	acl?: CannedAcl | undefined;
	/**
	* Indicates that SSE-KMS is used. This header is mandatory when SSE-KMS is used.
	*
	* Header: `x-amz-server-side-encryption`.
	*/
	serverSideEncryption?: "aws:kms" | undefined;
	/**
	* Indicates a key used to encrypt objects. The header is used in SSE-C mode. This header is a base64-encoded 256-bit or 512-bit key and must be used together with x-amz-server-side-encryption-customer-algorithm and x-amz-server-side-encryption-customer-key-MD5.
	*
	* Header: `x-amz-server-side-encryption-customer-key`.
	*/
	sseCustomerKey?: string | undefined;
	/**
	* The content type of the object being assembled, for example `text/plain`. It is recorded with the upload and applies to the completed object.
	*
	* Header: `content-type`.
	*/
	contentType?: string | undefined;
	/**
	* User-defined metadata: every header whose name starts with `x-amz-meta-` is recorded with the upload; the rest of the name is the metadata name. Names and values together may not exceed 2 KB.
	*
	* Headers: `x-amz-meta-*`, one per entry.
	*/
	metadata?: Record<string, string> | undefined;
}
/** The output of Initiate Multipart Upload. */
export interface InitiateMultipartUploadOutput {
	/**
	* Indicates the name of the bucket for which the multipart upload was initiated.
	*
	* XML: `<Bucket>`.
	*/
	bucket: string;
	/**
	* Indicates the key of the object for which the multipart upload was initiated.
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Indicates the ID for the initiated multipart upload. This ID is used for the subsequent Upload Part operation.
	*
	* XML: `<UploadId>`.
	*/
	uploadId: string;
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
/** How the Initiate Multipart Upload response body is written and read. */
export declare const INITIATE_MULTIPART_UPLOAD_OUTPUT_XML: XmlDocumentShape;
/** The Initiate Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof InitiateMultipartUploadInput>;
/**
* Validates an Initiate Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateInitiateMultipartUploadRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<InitiateMultipartUploadInput>;
