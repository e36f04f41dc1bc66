import { normalizeHeaders, prefixedHeaders } from "./runtime/request.js";
import {
  base64Md5Of,
  bucketNameProblem,
  codePointLength,
  isBase64OfLength,
  parseIso8601Utc,
  recordUtf8Length,
  utf8Length,
} from "./runtime/checks.js";
import { isCannedAcl, isStorageClass } from "./types.js";
const SERVER_SIDE_ENCRYPTION_VALUES = new Set(["aws:kms"]);
const SSE_CUSTOMER_ALGORITHM_VALUES = new Set(["AES256"]);
const OBJECT_LOCK_MODE_VALUES = new Set(["COMPLIANCE"]);
/** The Initiate Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS = new Set(["sseCustomerKey", "securityToken"]);
/**
 * Validates an Initiate Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query and headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateInitiateMultipartUploadRequest(request, options = {}) {
  const errors = [];
  const fail = (code, status, target, message) => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source = request !== null && typeof request === "object" ? request : {};
  const headers = normalizeHeaders(source.headers);
  const requestTime = (options.requestTime ?? new Date()).getTime();
  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  if (bucket === undefined || bucket === "") {
    fail("InvalidArgument", 400, "BucketName", "BucketName is required.");
  } else if (codePointLength(bucket) < 3) {
    fail("InvalidBucketName", 400, "BucketName", "BucketName must be at least 3 characters long.");
  } else if (codePointLength(bucket) > 63) {
    fail("InvalidBucketName", 400, "BucketName", "BucketName must be at most 63 characters long.");
  } else if (bucketNameProblem(bucket) !== undefined) {
    fail("InvalidBucketName", 400, "BucketName", bucketNameProblem(bucket) ?? "");
  }
  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  if (key === undefined || key === "") {
    fail("InvalidArgument", 400, "ObjectName", "ObjectName is required.");
  } else if (utf8Length(key) > 1024) {
    fail("KeyTooLong", 400, "ObjectName", "ObjectName must be at most 1024 bytes long in UTF-8.");
  }
  // x-amz-acl
  const acl = headers.get("x-amz-acl");
  if (acl !== undefined) {
    if (!isCannedAcl(acl)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-acl",
        "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).",
      );
    }
  }
  // x-amz-storage-class
  const storageClass = headers.get("x-amz-storage-class");
  if (storageClass !== undefined) {
    if (!isStorageClass(storageClass)) {
      fail(
        "InvalidStorageClass",
        400,
        "x-amz-storage-class",
        "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).",
      );
    }
  }
  // x-amz-website-redirect-location
  const websiteRedirectLocation = headers.get("x-amz-website-redirect-location");
  if (websiteRedirectLocation !== undefined) {
    if (codePointLength(websiteRedirectLocation) > 2048) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must be at most 2048 characters long.",
      );
    } else if (!(
      websiteRedirectLocation.startsWith("/") ||
      websiteRedirectLocation.startsWith("http://") ||
      websiteRedirectLocation.startsWith("https://")
    )) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must start with /, http://, https://.",
      );
    }
  }
  // x-amz-server-side-encryption
  const serverSideEncryption = headers.get("x-amz-server-side-encryption");
  if (serverSideEncryption !== undefined) {
    if (!SERVER_SIDE_ENCRYPTION_VALUES.has(serverSideEncryption)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption",
        "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).",
      );
    }
  }
  // x-amz-server-side-encryption-aws-kms-key-id
  const sseKmsKeyId = headers.get("x-amz-server-side-encryption-aws-kms-key-id");
  // x-amz-server-side-encryption-customer-algorithm
  const sseCustomerAlgorithm = headers.get("x-amz-server-side-encryption-customer-algorithm");
  if (sseCustomerAlgorithm !== undefined) {
    if (!SSE_CUSTOMER_ALGORITHM_VALUES.has(sseCustomerAlgorithm)) {
      fail(
        "InvalidEncryptionAlgorithmError",
        400,
        "x-amz-server-side-encryption-customer-algorithm",
        "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).",
      );
    }
  }
  // x-amz-server-side-encryption-customer-key
  const sseCustomerKey = headers.get("x-amz-server-side-encryption-customer-key");
  if (sseCustomerKey !== undefined) {
    if (!isBase64OfLength(sseCustomerKey, [32, 64])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key",
        "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.",
      );
    }
  }
  // x-amz-server-side-encryption-customer-key-md5
  const sseCustomerKeyMd5 = headers.get("x-amz-server-side-encryption-customer-key-md5");
  if (sseCustomerKeyMd5 !== undefined) {
    if (!isBase64OfLength(sseCustomerKeyMd5, [16])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.",
      );
    } else if (
      headers.has("x-amz-server-side-encryption-customer-key") &&
      base64Md5Of(headers.get("x-amz-server-side-encryption-customer-key") ?? "") !== sseCustomerKeyMd5
    ) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.",
      );
    }
  }
  // x-amz-security-token
  const securityToken = headers.get("x-amz-security-token");
  // x-amz-object-lock-mode
  const objectLockMode = headers.get("x-amz-object-lock-mode");
  if (objectLockMode !== undefined) {
    if (!OBJECT_LOCK_MODE_VALUES.has(objectLockMode)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-mode",
        "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).",
      );
    }
  }
  // x-amz-object-lock-retain-until-date
  const objectLockRetainUntilDate = headers.get("x-amz-object-lock-retain-until-date");
  if (objectLockRetainUntilDate !== undefined) {
    if (parseIso8601Utc(objectLockRetainUntilDate) === undefined) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.",
      );
    } else if ((parseIso8601Utc(objectLockRetainUntilDate) ?? 0) <= requestTime) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be later than the request time.",
      );
    }
  }
  // content-type
  const contentType = headers.get("content-type");
  // content-encoding
  const contentEncoding = headers.get("content-encoding");
  // x-amz-meta-*
  const metadata = prefixedHeaders(headers, "x-amz-meta-");
  if (metadata !== undefined && recordUtf8Length(metadata) > 2048) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }
  // Rules across headers.
  {
    const names = [
      "x-amz-server-side-encryption-customer-algorithm",
      "x-amz-server-side-encryption-customer-key",
      "x-amz-server-side-encryption-customer-key-md5",
    ];
    const missing = names.filter((name) => !headers.has(name));
    if (missing.length > 0 && missing.length < names.length) {
      fail(
        "InvalidArgument",
        400,
        missing[0] ?? "",
        "SSE-C needs the algorithm, the key and the key's MD5, all three. Missing: " + missing.join(", "),
      );
    }
  }
  if (headers.has("x-amz-server-side-encryption-aws-kms-key-id")) {
    const missing = ["x-amz-server-side-encryption"].filter((name) => !headers.has(name));
    if (missing.length > 0)
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-aws-kms-key-id",
        "A KMS key ID is only meaningful with x-amz-server-side-encryption. Missing: " + missing.join(", "),
      );
  }
  if (
    [
      ["x-amz-server-side-encryption", "x-amz-server-side-encryption-aws-kms-key-id"],
      [
        "x-amz-server-side-encryption-customer-algorithm",
        "x-amz-server-side-encryption-customer-key",
        "x-amz-server-side-encryption-customer-key-md5",
      ],
    ].filter((group) => group.some((name) => headers.has(name))).length > 1
  ) {
    fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
  }
  {
    const names = ["x-amz-object-lock-mode", "x-amz-object-lock-retain-until-date"];
    const missing = names.filter((name) => !headers.has(name));
    if (missing.length > 0 && missing.length < names.length) {
      fail(
        "InvalidArgument",
        400,
        missing[0] ?? "",
        "The object-lock mode and the retain-until date go together. Missing: " + missing.join(", "),
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the strings to their enum types.
  const value = {
    bucket: bucket,
    key: key,
  };
  if (acl !== undefined) value.acl = acl;
  if (storageClass !== undefined) value.storageClass = storageClass;
  if (websiteRedirectLocation !== undefined) value.websiteRedirectLocation = websiteRedirectLocation;
  if (serverSideEncryption !== undefined) value.serverSideEncryption = serverSideEncryption;
  if (sseKmsKeyId !== undefined) value.sseKmsKeyId = sseKmsKeyId;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  if (objectLockMode !== undefined) value.objectLockMode = objectLockMode;
  if (objectLockRetainUntilDate !== undefined) value.objectLockRetainUntilDate = objectLockRetainUntilDate;
  if (contentType !== undefined) value.contentType = contentType;
  if (contentEncoding !== undefined) value.contentEncoding = contentEncoding;
  if (metadata !== undefined) value.metadata = metadata;
  return { ok: true, value };
}
