import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type CannedAcl, type StorageClass } from "./types.js";
/** The input of Initiate Multipart Upload. */
export interface InitiateMultipartUploadInput {
    /**
     * The bucket. With virtual-hosted addressing it is the first label of the Host header (`bucketname.obs.example.com`); with path-style addressing it is the first path segment.
     *
     * Path: `BucketName`.
     */
    bucket: string;
    /**
     * The object key. It may contain `/`, so it takes the rest of the path; it is percent-decoded before it is checked.
     *
     * Path: `ObjectName`.
     */
    key: string;
    /**
     * A predefined access control policy (canned ACL) for the object, from the ACL page's Table 4. The values are case-sensitive. By default the policy is `private`.
     *
     * Header: `x-amz-acl`.
     */
    acl?: CannedAcl | undefined;
    /**
     * When creating an object, you can add this header in the request to set the storage class of the object. If you do not add this header, the object will use the default storage class of the bucket. The storage class can be STANDARD (OBS Standard), STANDARD_IA (OBS Warm), or GLACIER (OBS Cold); the values are case-sensitive.
     *
     * Header: `x-amz-storage-class`.
     */
    storageClass?: StorageClass | undefined;
    /**
     * If a bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. OBS stores the value of this header in the object metadata. The value must be prefixed by a slash (/), http://, or https://. The length of the value cannot exceed 2 K.
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
     * Indicates the master key ID. This header is used in SSE-KMS mode. If the customer does not provide the master key, the default master key will be used.
     *
     * Header: `x-amz-server-side-encryption-aws-kms-key-id`.
     */
    sseKmsKeyId?: string | undefined;
    /**
     * Indicates an encryption algorithm. The header is used in SSE-C mode. This header must be used together with x-amz-server-side-encryption-customer-key and x-amz-server-side-encryption-customer-key-MD5.
     *
     * Header: `x-amz-server-side-encryption-customer-algorithm`.
     */
    sseCustomerAlgorithm?: "AES256" | undefined;
    /**
     * Indicates a key used to encrypt objects. The header is used in SSE-C mode. This header is a base64-encoded 256-bit or 512-bit key and must be used together with x-amz-server-side-encryption-customer-algorithm and x-amz-server-side-encryption-customer-key-MD5.
     *
     * Header: `x-amz-server-side-encryption-customer-key`.
     */
    sseCustomerKey?: string | undefined;
    /**
     * Indicates the MD5 value of a key used to encrypt objects. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key. This header is a base64-encoded 128-bit MD5 value.
     *
     * Header: `x-amz-server-side-encryption-customer-key-md5`.
     */
    sseCustomerKeyMd5?: string | undefined;
    /**
     * Header field used to identify the request of a federated user. When the federal authentication function is enabled, users sending such requests are identified as federated users. This parameter must be carried in the request sent by federated users.
     *
     * Header: `x-amz-security-token`.
     */
    securityToken?: string | undefined;
    /**
     * WORM mode that will be applied to the object. Currently, only COMPLIANCE is supported. This header must be used together with x-amz-object-lock-retain-until-date.
     *
     * Header: `x-amz-object-lock-mode`.
     */
    objectLockMode?: "COMPLIANCE" | undefined;
    /**
     * Indicates the expiration time of the Object Lock retention. The value must be a UTC time that complies with ISO 8601, for example, 2015-07-01T04:11:15Z. This header must be used together with x-amz-object-lock-mode.
     *
     * Header: `x-amz-object-lock-retain-until-date`.
     */
    objectLockRetainUntilDate?: string | undefined;
    /**
     * The content type of the object being assembled, for example `text/plain`. It is recorded with the upload and applies to the completed object.
     *
     * Header: `content-type`.
     */
    contentType?: string | undefined;
    /**
     * The content encoding of the object being assembled, for example `gzip`. It is recorded with the upload and applies to the completed object.
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
