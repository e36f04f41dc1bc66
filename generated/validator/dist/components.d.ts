import { type Fail } from "./runtime/request.js";
import { type CannedAcl, type StorageClass } from "./types.js";
/** The member of `#/components/parameters/Acl`, in every operation input that uses it. */
export interface AclParameter {
    /**
     * A predefined access control policy (canned ACL) for the object, from the ACL page's Table 4. The values are case-sensitive. By default the policy is `private`.
     *
     * Header: `x-amz-acl`.
     */
    acl?: CannedAcl | undefined;
}
/** Checks header `x-amz-acl` as `#/components/parameters/Acl` defines it, reporting each broken rule to `fail`. */
export declare function checkAcl(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/BucketName`, in every operation input that uses it. */
export interface BucketNameParameter {
    /**
     * The bucket. With virtual-hosted addressing it is the first label of the Host header (`bucketname.obs.example.com`); with path-style addressing it is the first path segment.
     *
     * Path: `BucketName`.
     */
    bucket: string;
}
/** Checks path `BucketName` as `#/components/parameters/BucketName` defines it, reporting each broken rule to `fail`. */
export declare function checkBucketName(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/ContentEncoding`, in every operation input that uses it. */
export interface ContentEncodingParameter {
    /**
     * The content encoding of the object being assembled, for example `gzip`. It is recorded with the upload and applies to the completed object.
     *
     * Header: `content-encoding`.
     */
    contentEncoding?: string | undefined;
}
/** The member of `#/components/parameters/ContentType`, in every operation input that uses it. */
export interface ContentTypeParameter {
    /**
     * The content type of the object being assembled, for example `text/plain`. It is recorded with the upload and applies to the completed object.
     *
     * Header: `content-type`.
     */
    contentType?: string | undefined;
}
/** The member of `#/components/parameters/ObjectLockMode`, in every operation input that uses it. */
export interface ObjectLockModeParameter {
    /**
     * WORM mode that will be applied to the object. Currently, only COMPLIANCE is supported. This header must be used together with x-amz-object-lock-retain-until-date.
     *
     * Header: `x-amz-object-lock-mode`.
     */
    objectLockMode?: "COMPLIANCE" | undefined;
}
/** Checks header `x-amz-object-lock-mode` as `#/components/parameters/ObjectLockMode` defines it, reporting each broken rule to `fail`. */
export declare function checkObjectLockMode(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/ObjectLockRetainUntilDate`, in every operation input that uses it. */
export interface ObjectLockRetainUntilDateParameter {
    /**
     * Indicates the expiration time of the Object Lock retention. The value must be a UTC time that complies with ISO 8601, for example, 2015-07-01T04:11:15Z. This header must be used together with x-amz-object-lock-mode.
     *
     * Header: `x-amz-object-lock-retain-until-date`.
     */
    objectLockRetainUntilDate?: string | undefined;
}
/** Checks header `x-amz-object-lock-retain-until-date` as `#/components/parameters/ObjectLockRetainUntilDate` defines it, reporting each broken rule to `fail`. */
export declare function checkObjectLockRetainUntilDate(value: string | undefined, fail: Fail, requestTime: number): void;
/** The member of `#/components/parameters/ObjectName`, in every operation input that uses it. */
export interface ObjectNameParameter {
    /**
     * The object key. It may contain `/`, so it takes the rest of the path; it is percent-decoded before it is checked.
     *
     * Path: `ObjectName`.
     */
    key: string;
}
/** Checks path `ObjectName` as `#/components/parameters/ObjectName` defines it, reporting each broken rule to `fail`. */
export declare function checkObjectName(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/SecurityToken`, in every operation input that uses it. */
export interface SecurityTokenParameter {
    /**
     * Header field used to identify the request of a federated user. When the federal authentication function is enabled, users sending such requests are identified as federated users. This parameter must be carried in the request sent by federated users.
     *
     * Header: `x-amz-security-token`.
     */
    securityToken?: string | undefined;
}
/** The member of `#/components/parameters/ServerSideEncryption`, in every operation input that uses it. */
export interface ServerSideEncryptionParameter {
    /**
     * Indicates that SSE-KMS is used. This header is mandatory when SSE-KMS is used.
     *
     * Header: `x-amz-server-side-encryption`.
     */
    serverSideEncryption?: "aws:kms" | undefined;
}
/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`. */
export declare function checkServerSideEncryption(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/SseCustomerAlgorithm`, in every operation input that uses it. */
export interface SseCustomerAlgorithmParameter {
    /**
     * Indicates an encryption algorithm. The header is used in SSE-C mode. This header must be used together with x-amz-server-side-encryption-customer-key and x-amz-server-side-encryption-customer-key-MD5.
     *
     * Header: `x-amz-server-side-encryption-customer-algorithm`.
     */
    sseCustomerAlgorithm?: "AES256" | undefined;
}
/** Checks header `x-amz-server-side-encryption-customer-algorithm` as `#/components/parameters/SseCustomerAlgorithm` defines it, reporting each broken rule to `fail`. */
export declare function checkSseCustomerAlgorithm(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/SseCustomerKey`, in every operation input that uses it. */
export interface SseCustomerKeyParameter {
    /**
     * Indicates a key used to encrypt objects. The header is used in SSE-C mode. This header is a base64-encoded 256-bit or 512-bit key and must be used together with x-amz-server-side-encryption-customer-algorithm and x-amz-server-side-encryption-customer-key-MD5.
     *
     * Header: `x-amz-server-side-encryption-customer-key`.
     */
    sseCustomerKey?: string | undefined;
}
/** Checks header `x-amz-server-side-encryption-customer-key` as `#/components/parameters/SseCustomerKey` defines it, reporting each broken rule to `fail`. */
export declare function checkSseCustomerKey(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/SseCustomerKeyMd5`, in every operation input that uses it. */
export interface SseCustomerKeyMd5Parameter {
    /**
     * Indicates the MD5 value of a key used to encrypt objects. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key. This header is a base64-encoded 128-bit MD5 value.
     *
     * Header: `x-amz-server-side-encryption-customer-key-md5`.
     */
    sseCustomerKeyMd5?: string | undefined;
}
/** Checks header `x-amz-server-side-encryption-customer-key-md5` as `#/components/parameters/SseCustomerKeyMd5` defines it, reporting each broken rule to `fail`. */
export declare function checkSseCustomerKeyMd5(value: string | undefined, fail: Fail, xAmzServerSideEncryptionCustomerKey: string | undefined): void;
/** The member of `#/components/parameters/SseKmsKeyId`, in every operation input that uses it. */
export interface SseKmsKeyIdParameter {
    /**
     * Indicates the master key ID. This header is used in SSE-KMS mode. If the customer does not provide the master key, the default master key will be used.
     *
     * Header: `x-amz-server-side-encryption-aws-kms-key-id`.
     */
    sseKmsKeyId?: string | undefined;
}
/** The member of `#/components/parameters/StorageClass`, in every operation input that uses it. */
export interface StorageClassParameter {
    /**
     * When creating an object, you can add this header in the request to set the storage class of the object. If you do not add this header, the object will use the default storage class of the bucket. The storage class can be STANDARD (OBS Standard), STANDARD_IA (OBS Warm), or GLACIER (OBS Cold); the values are case-sensitive.
     *
     * Header: `x-amz-storage-class`.
     */
    storageClass?: StorageClass | undefined;
}
/** Checks header `x-amz-storage-class` as `#/components/parameters/StorageClass` defines it, reporting each broken rule to `fail`. */
export declare function checkStorageClass(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/UploadId`, in every operation input that uses it. */
export interface UploadIdParameter {
    /**
     * Indicates the ID of the multipart upload to be aborted.
     *
     * Query parameter: `uploadId`.
     */
    uploadId: string;
}
/** Checks query `uploadId` as `#/components/parameters/UploadId` defines it, reporting each broken rule to `fail`. */
export declare function checkUploadId(value: string | undefined, fail: Fail): void;
/** The member of `#/components/parameters/WebsiteRedirectLocation`, in every operation input that uses it. */
export interface WebsiteRedirectLocationParameter {
    /**
     * If a bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. OBS stores the value of this header in the object metadata. The value must be prefixed by a slash (/), http://, or https://. The length of the value cannot exceed 2 K.
     *
     * Header: `x-amz-website-redirect-location`.
     */
    websiteRedirectLocation?: string | undefined;
}
/** Checks header `x-amz-website-redirect-location` as `#/components/parameters/WebsiteRedirectLocation` defines it, reporting each broken rule to `fail`. */
export declare function checkWebsiteRedirectLocation(value: string | undefined, fail: Fail): void;
/** The rule "SSE-C needs the algorithm, the key and the key's MD5, all three.", over the values of `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export declare function checkServerSideEncryptionCustomerAlgorithmTogether(fail: Fail, serverSideEncryptionCustomerAlgorithm: unknown, serverSideEncryptionCustomerKey: unknown, serverSideEncryptionCustomerKeyMd5: unknown): void;
/** The rule "A KMS key ID is only meaningful with x-amz-server-side-encryption.", over the values of `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption` (undefined: absent). */
export declare function checkServerSideEncryptionAwsKmsKeyIdRequires(fail: Fail, serverSideEncryptionAwsKmsKeyId: unknown, serverSideEncryption: unknown): void;
/** The rule "SSE-KMS and SSE-C cannot be used together.", over the values of `x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export declare function checkServerSideEncryptionExclusive(fail: Fail, serverSideEncryption: unknown, serverSideEncryptionAwsKmsKeyId: unknown, serverSideEncryptionCustomerAlgorithm: unknown, serverSideEncryptionCustomerKey: unknown, serverSideEncryptionCustomerKeyMd5: unknown): void;
/** The rule "The object-lock mode and the retain-until date go together.", over the values of `x-amz-object-lock-mode`, `x-amz-object-lock-retain-until-date` (undefined: absent). */
export declare function checkObjectLockModeTogether(fail: Fail, objectLockMode: unknown, objectLockRetainUntilDate: unknown): void;
/** The rule "upload-id-marker is only meaningful together with key-marker.", over the values of `upload-id-marker`, `key-marker` (undefined: absent). */
export declare function checkUploadIdMarkerRequires(fail: Fail, uploadIdMarker: unknown, keyMarker: unknown): void;
