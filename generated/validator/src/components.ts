import { type Fail } from "./runtime/request.js";
import {
  base64Md5Of,
  bucketNameProblem,
  codePointLength,
  isBase64OfLength,
  parseIso8601Utc,
  utf8Length,
} from "./runtime/checks.js";
import { isCannedAcl, isStorageClass, type CannedAcl, type StorageClass } from "./types.js";

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
export function checkAcl(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!isCannedAcl(value)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-acl",
        "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).",
      );
    }
  }
}

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
export function checkBucketName(value: string | undefined, fail: Fail): void {
  if (value === undefined || value === "") {
    fail("InvalidArgument", 400, "BucketName", "BucketName is required.");
  } else {
    if (codePointLength(value) < 3) {
      fail("InvalidBucketName", 400, "BucketName", "BucketName must be at least 3 characters long.");
    } else if (codePointLength(value) > 63) {
      fail("InvalidBucketName", 400, "BucketName", "BucketName must be at most 63 characters long.");
    } else if (bucketNameProblem(value) !== undefined) {
      fail("InvalidBucketName", 400, "BucketName", bucketNameProblem(value) ?? "");
    }
  }
}

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

const OBJECT_LOCK_MODE_VALUES: ReadonlySet<string> = new Set(["COMPLIANCE"]);

/** Checks header `x-amz-object-lock-mode` as `#/components/parameters/ObjectLockMode` defines it, reporting each broken rule to `fail`. */
export function checkObjectLockMode(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!OBJECT_LOCK_MODE_VALUES.has(value)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-mode",
        "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).",
      );
    }
  }
}

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
export function checkObjectLockRetainUntilDate(value: string | undefined, fail: Fail, requestTime: number): void {
  if (value !== undefined) {
    if (parseIso8601Utc(value) === undefined) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.",
      );
    } else if ((parseIso8601Utc(value) ?? 0) <= requestTime) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be later than the request time.",
      );
    }
  }
}

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
export function checkObjectName(value: string | undefined, fail: Fail): void {
  if (value === undefined || value === "") {
    fail("InvalidArgument", 400, "ObjectName", "ObjectName is required.");
  } else {
    if (utf8Length(value) > 1024) {
      fail("KeyTooLong", 400, "ObjectName", "ObjectName must be at most 1024 bytes long in UTF-8.");
    }
  }
}

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

const SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<string> = new Set(["aws:kms"]);

/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`. */
export function checkServerSideEncryption(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!SERVER_SIDE_ENCRYPTION_VALUES.has(value)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption",
        "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).",
      );
    }
  }
}

/** The member of `#/components/parameters/SseCustomerAlgorithm`, in every operation input that uses it. */
export interface SseCustomerAlgorithmParameter {
  /**
   * Indicates an encryption algorithm. The header is used in SSE-C mode. This header must be used together with x-amz-server-side-encryption-customer-key and x-amz-server-side-encryption-customer-key-MD5.
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: "AES256" | undefined;
}

const SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<string> = new Set(["AES256"]);

/** Checks header `x-amz-server-side-encryption-customer-algorithm` as `#/components/parameters/SseCustomerAlgorithm` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerAlgorithm(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!SSE_CUSTOMER_ALGORITHM_VALUES.has(value)) {
      fail(
        "InvalidEncryptionAlgorithmError",
        400,
        "x-amz-server-side-encryption-customer-algorithm",
        "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).",
      );
    }
  }
}

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
export function checkSseCustomerKey(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!isBase64OfLength(value, [32, 64])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key",
        "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.",
      );
    }
  }
}

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
export function checkSseCustomerKeyMd5(
  value: string | undefined,
  fail: Fail,
  xAmzServerSideEncryptionCustomerKey: string | undefined,
): void {
  if (value !== undefined) {
    if (!isBase64OfLength(value, [16])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.",
      );
    } else if (
      xAmzServerSideEncryptionCustomerKey !== undefined &&
      base64Md5Of(xAmzServerSideEncryptionCustomerKey) !== value
    ) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.",
      );
    }
  }
}

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
export function checkStorageClass(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!isStorageClass(value)) {
      fail(
        "InvalidStorageClass",
        400,
        "x-amz-storage-class",
        "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).",
      );
    }
  }
}

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
export function checkUploadId(value: string | undefined, fail: Fail): void {
  if (value === undefined || value === "") {
    fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
  }
}

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
export function checkWebsiteRedirectLocation(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (codePointLength(value) > 2048) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must be at most 2048 characters long.",
      );
    } else if (!(value.startsWith("/") || value.startsWith("http://") || value.startsWith("https://"))) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must start with /, http://, https://.",
      );
    }
  }
}

/** The rule "SSE-C needs the algorithm, the key and the key's MD5, all three.", over the values of `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export function checkServerSideEncryptionCustomerAlgorithmTogether(
  fail: Fail,
  serverSideEncryptionCustomerAlgorithm: unknown,
  serverSideEncryptionCustomerKey: unknown,
  serverSideEncryptionCustomerKeyMd5: unknown,
): void {
  const present =
    (serverSideEncryptionCustomerAlgorithm !== undefined ? 1 : 0) +
    (serverSideEncryptionCustomerKey !== undefined ? 1 : 0) +
    (serverSideEncryptionCustomerKeyMd5 !== undefined ? 1 : 0);
  if (present > 0 && present < 3) {
    const missing = [
      serverSideEncryptionCustomerAlgorithm !== undefined ? "" : "x-amz-server-side-encryption-customer-algorithm",
      serverSideEncryptionCustomerKey !== undefined ? "" : "x-amz-server-side-encryption-customer-key",
      serverSideEncryptionCustomerKeyMd5 !== undefined ? "" : "x-amz-server-side-encryption-customer-key-md5",
    ].filter(Boolean);
    fail(
      "InvalidArgument",
      400,
      missing[0] ?? "",
      "SSE-C needs the algorithm, the key and the key's MD5, all three. Missing: " + missing.join(", "),
    );
  }
}

/** The rule "A KMS key ID is only meaningful with x-amz-server-side-encryption.", over the values of `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption` (undefined: absent). */
export function checkServerSideEncryptionAwsKmsKeyIdRequires(
  fail: Fail,
  serverSideEncryptionAwsKmsKeyId: unknown,
  serverSideEncryption: unknown,
): void {
  if (serverSideEncryptionAwsKmsKeyId !== undefined && !(serverSideEncryption !== undefined)) {
    fail(
      "InvalidArgument",
      400,
      "x-amz-server-side-encryption-aws-kms-key-id",
      "A KMS key ID is only meaningful with x-amz-server-side-encryption. Missing: " +
        [serverSideEncryption !== undefined ? "" : "x-amz-server-side-encryption"].filter(Boolean).join(", "),
    );
  }
}

/** The rule "SSE-KMS and SSE-C cannot be used together.", over the values of `x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export function checkServerSideEncryptionExclusive(
  fail: Fail,
  serverSideEncryption: unknown,
  serverSideEncryptionAwsKmsKeyId: unknown,
  serverSideEncryptionCustomerAlgorithm: unknown,
  serverSideEncryptionCustomerKey: unknown,
  serverSideEncryptionCustomerKeyMd5: unknown,
): void {
  if (
    (serverSideEncryption !== undefined || serverSideEncryptionAwsKmsKeyId !== undefined ? 1 : 0) +
      (serverSideEncryptionCustomerAlgorithm !== undefined ||
      serverSideEncryptionCustomerKey !== undefined ||
      serverSideEncryptionCustomerKeyMd5 !== undefined
        ? 1
        : 0) >
    1
  ) {
    fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
  }
}

/** The rule "The object-lock mode and the retain-until date go together.", over the values of `x-amz-object-lock-mode`, `x-amz-object-lock-retain-until-date` (undefined: absent). */
export function checkObjectLockModeTogether(
  fail: Fail,
  objectLockMode: unknown,
  objectLockRetainUntilDate: unknown,
): void {
  const present = (objectLockMode !== undefined ? 1 : 0) + (objectLockRetainUntilDate !== undefined ? 1 : 0);
  if (present > 0 && present < 2) {
    const missing = [
      objectLockMode !== undefined ? "" : "x-amz-object-lock-mode",
      objectLockRetainUntilDate !== undefined ? "" : "x-amz-object-lock-retain-until-date",
    ].filter(Boolean);
    fail(
      "InvalidArgument",
      400,
      missing[0] ?? "",
      "The object-lock mode and the retain-until date go together. Missing: " + missing.join(", "),
    );
  }
}

/** The rule "upload-id-marker is only meaningful together with key-marker.", over the values of `upload-id-marker`, `key-marker` (undefined: absent). */
export function checkUploadIdMarkerRequires(fail: Fail, uploadIdMarker: unknown, keyMarker: unknown): void {
  if (uploadIdMarker !== undefined && !(keyMarker !== undefined)) {
    fail(
      "InvalidArgument",
      400,
      "upload-id-marker",
      "upload-id-marker is only meaningful together with key-marker. Missing: " +
        [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "),
    );
  }
}
