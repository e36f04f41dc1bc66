import { base64Md5Of, bucketNameProblem, codePointLength, isBase64OfLength, parseIso8601Utc, utf8Length } from "./runtime/checks.js";
import { isCannedAcl, isStorageClass } from "./types.js";
/** Checks header `x-amz-acl` as `#/components/parameters/Acl` defines it, reporting each broken rule to `fail`. */
export function checkAcl(value, fail) {
    if (value !== undefined) {
        if (!isCannedAcl(value)) {
            fail("InvalidArgument", 400, "x-amz-acl", "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).");
        }
    }
}
/** Checks path `BucketName` as `#/components/parameters/BucketName` defines it, reporting each broken rule to `fail`. */
export function checkBucketName(value, fail) {
    if (value === undefined || value === "") {
        fail("InvalidArgument", 400, "BucketName", "BucketName is required.");
    }
    else {
        if (codePointLength(value) < 3) {
            fail("InvalidBucketName", 400, "BucketName", "BucketName must be at least 3 characters long.");
        }
        else if (codePointLength(value) > 63) {
            fail("InvalidBucketName", 400, "BucketName", "BucketName must be at most 63 characters long.");
        }
        else if (bucketNameProblem(value) !== undefined) {
            fail("InvalidBucketName", 400, "BucketName", bucketNameProblem(value) ?? "");
        }
    }
}
const OBJECT_LOCK_MODE_VALUES = new Set(["COMPLIANCE"]);
/** Checks header `x-amz-object-lock-mode` as `#/components/parameters/ObjectLockMode` defines it, reporting each broken rule to `fail`. */
export function checkObjectLockMode(value, fail) {
    if (value !== undefined) {
        if (!OBJECT_LOCK_MODE_VALUES.has(value)) {
            fail("InvalidArgument", 400, "x-amz-object-lock-mode", "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).");
        }
    }
}
/** Checks header `x-amz-object-lock-retain-until-date` as `#/components/parameters/ObjectLockRetainUntilDate` defines it, reporting each broken rule to `fail`. */
export function checkObjectLockRetainUntilDate(value, fail, requestTime) {
    if (value !== undefined) {
        if (parseIso8601Utc(value) === undefined) {
            fail("InvalidArgument", 400, "x-amz-object-lock-retain-until-date", "x-amz-object-lock-retain-until-date must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.");
        }
        else if ((parseIso8601Utc(value) ?? 0) <= requestTime) {
            fail("InvalidArgument", 400, "x-amz-object-lock-retain-until-date", "x-amz-object-lock-retain-until-date must be later than the request time.");
        }
    }
}
/** Checks path `ObjectName` as `#/components/parameters/ObjectName` defines it, reporting each broken rule to `fail`. */
export function checkObjectName(value, fail) {
    if (value === undefined || value === "") {
        fail("InvalidArgument", 400, "ObjectName", "ObjectName is required.");
    }
    else {
        if (utf8Length(value) > 1024) {
            fail("KeyTooLong", 400, "ObjectName", "ObjectName must be at most 1024 bytes long in UTF-8.");
        }
    }
}
const SERVER_SIDE_ENCRYPTION_VALUES = new Set(["aws:kms"]);
/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`. */
export function checkServerSideEncryption(value, fail) {
    if (value !== undefined) {
        if (!SERVER_SIDE_ENCRYPTION_VALUES.has(value)) {
            fail("InvalidArgument", 400, "x-amz-server-side-encryption", "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).");
        }
    }
}
const SSE_CUSTOMER_ALGORITHM_VALUES = new Set(["AES256"]);
/** Checks header `x-amz-server-side-encryption-customer-algorithm` as `#/components/parameters/SseCustomerAlgorithm` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerAlgorithm(value, fail) {
    if (value !== undefined) {
        if (!SSE_CUSTOMER_ALGORITHM_VALUES.has(value)) {
            fail("InvalidEncryptionAlgorithmError", 400, "x-amz-server-side-encryption-customer-algorithm", "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).");
        }
    }
}
/** Checks header `x-amz-server-side-encryption-customer-key` as `#/components/parameters/SseCustomerKey` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerKey(value, fail) {
    if (value !== undefined) {
        if (!isBase64OfLength(value, [32, 64])) {
            fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key", "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.");
        }
    }
}
/** Checks header `x-amz-server-side-encryption-customer-key-md5` as `#/components/parameters/SseCustomerKeyMd5` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerKeyMd5(value, fail, xAmzServerSideEncryptionCustomerKey) {
    if (value !== undefined) {
        if (!isBase64OfLength(value, [16])) {
            fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key-md5", "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.");
        }
        else if (xAmzServerSideEncryptionCustomerKey !== undefined && base64Md5Of(xAmzServerSideEncryptionCustomerKey) !== value) {
            fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key-md5", "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.");
        }
    }
}
/** Checks header `x-amz-storage-class` as `#/components/parameters/StorageClass` defines it, reporting each broken rule to `fail`. */
export function checkStorageClass(value, fail) {
    if (value !== undefined) {
        if (!isStorageClass(value)) {
            fail("InvalidStorageClass", 400, "x-amz-storage-class", "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).");
        }
    }
}
/** Checks query `uploadId` as `#/components/parameters/UploadId` defines it, reporting each broken rule to `fail`. */
export function checkUploadId(value, fail) {
    if (value === undefined || value === "") {
        fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
    }
}
/** Checks header `x-amz-website-redirect-location` as `#/components/parameters/WebsiteRedirectLocation` defines it, reporting each broken rule to `fail`. */
export function checkWebsiteRedirectLocation(value, fail) {
    if (value !== undefined) {
        if (codePointLength(value) > 2048) {
            fail("InvalidRedirectLocation", 400, "x-amz-website-redirect-location", "x-amz-website-redirect-location must be at most 2048 characters long.");
        }
        else if (!(value.startsWith("/") || value.startsWith("http://") || value.startsWith("https://"))) {
            fail("InvalidRedirectLocation", 400, "x-amz-website-redirect-location", "x-amz-website-redirect-location must start with /, http://, https://.");
        }
    }
}
/** The rule "SSE-C needs the algorithm, the key and the key's MD5, all three.", over the values of `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export function checkServerSideEncryptionCustomerAlgorithmTogether(fail, serverSideEncryptionCustomerAlgorithm, serverSideEncryptionCustomerKey, serverSideEncryptionCustomerKeyMd5) {
    const present = (serverSideEncryptionCustomerAlgorithm !== undefined ? 1 : 0) + (serverSideEncryptionCustomerKey !== undefined ? 1 : 0) + (serverSideEncryptionCustomerKeyMd5 !== undefined ? 1 : 0);
    if (present > 0 && present < 3) {
        const missing = [serverSideEncryptionCustomerAlgorithm !== undefined ? "" : "x-amz-server-side-encryption-customer-algorithm", serverSideEncryptionCustomerKey !== undefined ? "" : "x-amz-server-side-encryption-customer-key", serverSideEncryptionCustomerKeyMd5 !== undefined ? "" : "x-amz-server-side-encryption-customer-key-md5"].filter(Boolean);
        fail("InvalidArgument", 400, missing[0] ?? "", "SSE-C needs the algorithm, the key and the key's MD5, all three. Missing: " + missing.join(", "));
    }
}
/** The rule "A KMS key ID is only meaningful with x-amz-server-side-encryption.", over the values of `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption` (undefined: absent). */
export function checkServerSideEncryptionAwsKmsKeyIdRequires(fail, serverSideEncryptionAwsKmsKeyId, serverSideEncryption) {
    if (serverSideEncryptionAwsKmsKeyId !== undefined && !(serverSideEncryption !== undefined)) {
        fail("InvalidArgument", 400, "x-amz-server-side-encryption-aws-kms-key-id", "A KMS key ID is only meaningful with x-amz-server-side-encryption. Missing: " + [serverSideEncryption !== undefined ? "" : "x-amz-server-side-encryption"].filter(Boolean).join(", "));
    }
}
/** The rule "SSE-KMS and SSE-C cannot be used together.", over the values of `x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export function checkServerSideEncryptionExclusive(fail, serverSideEncryption, serverSideEncryptionAwsKmsKeyId, serverSideEncryptionCustomerAlgorithm, serverSideEncryptionCustomerKey, serverSideEncryptionCustomerKeyMd5) {
    if ((serverSideEncryption !== undefined || serverSideEncryptionAwsKmsKeyId !== undefined ? 1 : 0) + (serverSideEncryptionCustomerAlgorithm !== undefined || serverSideEncryptionCustomerKey !== undefined || serverSideEncryptionCustomerKeyMd5 !== undefined ? 1 : 0) > 1) {
        fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
    }
}
/** The rule "The object-lock mode and the retain-until date go together.", over the values of `x-amz-object-lock-mode`, `x-amz-object-lock-retain-until-date` (undefined: absent). */
export function checkObjectLockModeTogether(fail, objectLockMode, objectLockRetainUntilDate) {
    const present = (objectLockMode !== undefined ? 1 : 0) + (objectLockRetainUntilDate !== undefined ? 1 : 0);
    if (present > 0 && present < 2) {
        const missing = [objectLockMode !== undefined ? "" : "x-amz-object-lock-mode", objectLockRetainUntilDate !== undefined ? "" : "x-amz-object-lock-retain-until-date"].filter(Boolean);
        fail("InvalidArgument", 400, missing[0] ?? "", "The object-lock mode and the retain-until date go together. Missing: " + missing.join(", "));
    }
}
/** The rule "upload-id-marker is only meaningful together with key-marker.", over the values of `upload-id-marker`, `key-marker` (undefined: absent). */
export function checkUploadIdMarkerRequires(fail, uploadIdMarker, keyMarker) {
    if (uploadIdMarker !== undefined && !(keyMarker !== undefined)) {
        fail("InvalidArgument", 400, "upload-id-marker", "upload-id-marker is only meaningful together with key-marker. Missing: " + [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "));
    }
}
