import { type BucketNameParameter } from "./components/bucket-name.js";
import { type CacheControlParameter } from "./components/cache-control.js";
import { type ContentDispositionParameter } from "./components/content-disposition.js";
import { type ContentLanguageParameter } from "./components/content-language.js";
import { type ExpiresParameter } from "./components/expires.js";
import { type ObjectLockModeParameter } from "./components/object-lock-mode.js";
import { type ObjectLockRetainUntilDateParameter } from "./components/object-lock-retain-until-date.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type SseCustomerAlgorithmParameter } from "./components/sse-customer-algorithm.js";
import { type SseCustomerKeyMd5Parameter } from "./components/sse-customer-key-md5.js";
import { type SseKmsKeyIdParameter } from "./components/sse-kms-key-id.js";
import { type StorageClassParameter } from "./components/storage-class.js";
import { type WriteIfMatchParameter } from "./components/write-if-match.js";
import { type WriteIfNoneMatchParameter } from "./components/write-if-none-match.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type CannedAcl } from "./types.js";
/** The input of PUT Object. */
export interface PutObjectInput extends BucketNameParameter, ObjectNameParameter, StorageClassParameter, SseKmsKeyIdParameter, SseCustomerAlgorithmParameter, SseCustomerKeyMd5Parameter, SecurityTokenParameter, ObjectLockModeParameter, ObjectLockRetainUntilDateParameter, CacheControlParameter, ContentDispositionParameter, ContentLanguageParameter, ExpiresParameter, WriteIfNoneMatchParameter, WriteIfMatchParameter {
	/**
	* Indicates the ACL applied to an object. The value of this header is a predefined character string that is not user-configurable. Possible values are private, public-read, public-read-write, authenticated-read, bucket-owner-read, and bucket-owner-full-control. For further details, see Table 4 (the ACL page; log-delivery-write is accepted too). By default the policy is `private`.
	*
	* Header: `x-amz-acl`.
	*/
	acl?: CannedAcl | undefined;
	/**
	* If a bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. OBS stores the value of this header in the object metadata. The value must be prefixed by a slash (/), http://, or https://. The length of the value cannot exceed 2 K.
	*
	* In the following example, the request header sets the redirection to an object (anotherPage.html) in the same bucket: x-amz-website-redirect-location:/anotherPage.html In the following example, the request header sets the object redirection to an external URL: x-amz-website-redirect-location:http://www.example.com/
	*
	* Header: `x-amz-website-redirect-location`.
	*/
	websiteRedirectLocation?: string | undefined;
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
	* The MIME type of the object, for example `text/plain`; answered by GET and HEAD Object.
	*
	* Header: `content-type`.
	*/
	contentType?: string | undefined;
	/**
	* The content encoding of the object, for example `gzip`; answered by GET and HEAD Object (`aws-chunked`, the transfer's encoding, is taken out).
	*
	* Header: `content-encoding`.
	*/
	contentEncoding?: string | undefined;
	/**
	* User-defined metadata: every header whose name starts with `x-amz-meta-` is recorded with the upload; the rest of the name is the metadata name. Names and values together may not exceed 2 KB.
	*
	* Headers: `x-amz-meta-*`, one per entry.
	*/
	metadata?: Record<string, string> | undefined;
	/**
	* The object's bytes, from 0 to 5 GB.
	*
	* The request body, streamed: the server hands it over as it arrives, verified against the checksums the request declares.
	*/
	body: AsyncIterable<Uint8Array>;
}
/** The output of PUT Object. */
export interface PutObjectOutput {
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
	* The ETag of the stored object, the hex MD5 of its bytes in double quotes.
	*
	* Header: `etag`.
	*/
	eTag: string;
	/**
	* Indicates the version ID of an object. The version ID of an object will be returned if the bucket housing the object has versioning enabled.
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
	/**
	* This header is returned when the storage class of an object is not Standard.
	*
	* Valid values: STANDARD_IA and GLACIER
	*
	* Header: `x-amz-storage-class`.
	*/
	storageClass?: string | undefined;
	/**
	* The base64 CRC32 of the object, when it was stored with one.
	*
	* Header: `x-amz-checksum-crc32`.
	*/
	checksumCrc32?: string | undefined;
	/**
	* The base64 CRC32C of the object, when it was stored with one.
	*
	* Header: `x-amz-checksum-crc32c`.
	*/
	checksumCrc32c?: string | undefined;
	/**
	* The base64 CRC64NVME of the object, when it was stored with one.
	*
	* Header: `x-amz-checksum-crc64nvme`.
	*/
	checksumCrc64Nvme?: string | undefined;
	/**
	* The base64 SHA-1 of the object, when it was stored with one.
	*
	* Header: `x-amz-checksum-sha1`.
	*/
	checksumSha1?: string | undefined;
	/**
	* The base64 SHA-256 of the object, when it was stored with one.
	*
	* Header: `x-amz-checksum-sha256`.
	*/
	checksumSha256?: string | undefined;
}
/** The PUT Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const PUT_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof PutObjectInput>;
/**
* Validates a PUT Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validatePutObjectRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<PutObjectInput>;
