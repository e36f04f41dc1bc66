// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type CacheControlParameter } from "./components/cache-control.js";
import { type ContentDispositionParameter } from "./components/content-disposition.js";
import { type ContentLanguageParameter } from "./components/content-language.js";
import { type ExpiresParameter } from "./components/expires.js";
import { checkObjectLockModeTogether } from "./components/object-lock-mode-together.js";
import { checkObjectLockMode, type ObjectLockModeParameter } from "./components/object-lock-mode.js";
import {
  checkObjectLockRetainUntilDate,
  type ObjectLockRetainUntilDateParameter,
} from "./components/object-lock-retain-until-date.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { checkServerSideEncryptionAwsKmsKeyIdRequires } from "./components/server-side-encryption-aws-kms-key-id-requires.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { checkSseCustomerAlgorithm, type SseCustomerAlgorithmParameter } from "./components/sse-customer-algorithm.js";
import { checkSseCustomerKeyMd5, type SseCustomerKeyMd5Parameter } from "./components/sse-customer-key-md5.js";
import { type SseKmsKeyIdParameter } from "./components/sse-kms-key-id.js";
import { checkStorageClass, type StorageClassParameter } from "./components/storage-class.js";
import { type WriteIfMatchParameter } from "./components/write-if-match.js";
import { checkWriteIfNoneMatch, type WriteIfNoneMatchParameter } from "./components/write-if-none-match.js";
import { codePointLength, isBase64OfLength, recordExceedsUtf8Bytes } from "./runtime/checks.js";
import {
  prefixedHeaders,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { isCannedAcl, type CannedAcl, type StorageClass } from "./types.js";

/** The input of PUT Object. */
export interface PutObjectInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    StorageClassParameter,
    SseKmsKeyIdParameter,
    SseCustomerAlgorithmParameter,
    SseCustomerKeyMd5Parameter,
    SecurityTokenParameter,
    ObjectLockModeParameter,
    ObjectLockRetainUntilDateParameter,
    CacheControlParameter,
    ContentDispositionParameter,
    ContentLanguageParameter,
    ExpiresParameter,
    WriteIfNoneMatchParameter,
    WriteIfMatchParameter {
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

const SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<string> = new Set(["aws:kms"]);
/** The PUT Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof PutObjectInput> = new Set([
  "sseCustomerKey",
  "securityToken",
]);

/**
 * Validates a PUT Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutObjectInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const acl = headers["x-amz-acl"];
  const storageClass = headers["x-amz-storage-class"];
  const websiteRedirectLocation = headers["x-amz-website-redirect-location"];
  const serverSideEncryption = headers["x-amz-server-side-encryption"];
  const sseKmsKeyId = headers["x-amz-server-side-encryption-aws-kms-key-id"];
  const sseCustomerAlgorithm = headers["x-amz-server-side-encryption-customer-algorithm"];
  const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
  const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
  const securityToken = headers["x-amz-security-token"];
  const objectLockMode = headers["x-amz-object-lock-mode"];
  const objectLockRetainUntilDate = headers["x-amz-object-lock-retain-until-date"];
  const contentType = headers["content-type"];
  const contentEncoding = headers["content-encoding"];
  const cacheControl = headers["cache-control"];
  const contentDisposition = headers["content-disposition"];
  const contentLanguage = headers["content-language"];
  const expires = headers["expires"];
  const ifNoneMatch = headers["if-none-match"];
  const ifMatch = headers["if-match"];
  const metadata = prefixedHeaders(headers, "x-amz-meta-");
  const requestTime = (options.requestTime ?? new Date()).getTime();

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // x-amz-acl
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

  checkStorageClass(storageClass, fail);

  // x-amz-website-redirect-location
  if (websiteRedirectLocation !== undefined) {
    if (codePointLength(websiteRedirectLocation) > 2048) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must be at most 2048 characters long.",
      );
    } else if (
      !(
        websiteRedirectLocation.startsWith("/") ||
        websiteRedirectLocation.startsWith("http://") ||
        websiteRedirectLocation.startsWith("https://")
      )
    ) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must start with /, http://, https://.",
      );
    }
  }

  // x-amz-server-side-encryption
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

  checkSseCustomerAlgorithm(sseCustomerAlgorithm, fail);

  // x-amz-server-side-encryption-customer-key
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

  checkSseCustomerKeyMd5(sseCustomerKeyMd5, fail, sseCustomerKey);
  checkObjectLockMode(objectLockMode, fail);
  checkObjectLockRetainUntilDate(objectLockRetainUntilDate, fail, requestTime);
  checkWriteIfNoneMatch(ifNoneMatch, fail);

  // x-amz-meta-*
  if (metadata !== undefined && recordExceedsUtf8Bytes(metadata, 2048)) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }

  // Request body: a byte stream, handed over as it is.
  const payloadValue = source.payload as AsyncIterable<Uint8Array> | undefined;
  if (payloadValue === undefined || payloadValue === null)
    fail("EntityTooLarge", 400, "body", "The request body is required.");

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);
  // A KMS key ID is only meaningful with x-amz-server-side-encryption.
  checkServerSideEncryptionAwsKmsKeyIdRequires(fail, sseKmsKeyId, serverSideEncryption);
  // An object is encrypted with SSE-KMS or with SSE-C, not both.
  if (
    (serverSideEncryption !== undefined || sseKmsKeyId !== undefined ? 1 : 0) +
      (sseCustomerAlgorithm !== undefined || sseCustomerKey !== undefined || sseCustomerKeyMd5 !== undefined ? 1 : 0) >
    1
  ) {
    fail(
      "InvalidArgument",
      400,
      "x-amz-server-side-encryption",
      "An object is encrypted with SSE-KMS or with SSE-C, not both.",
    );
  }

  // The object-lock mode and the retain-until date go together.
  checkObjectLockModeTogether(fail, objectLockMode, objectLockRetainUntilDate);
  // A write is conditional on the object being absent or on its ETag, not both.
  if ((ifNoneMatch !== undefined ? 1 : 0) + (ifMatch !== undefined ? 1 : 0) > 1) {
    fail(
      "InvalidArgument",
      400,
      "if-none-match",
      "A write is conditional on the object being absent or on its ETag, not both.",
    );
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: PutObjectInput = {
    bucket: bucket as string,
    key: key as string,
    body: payloadValue as AsyncIterable<Uint8Array>,
  };
  if (acl !== undefined) value.acl = acl as CannedAcl;
  if (storageClass !== undefined) value.storageClass = storageClass as StorageClass;
  if (websiteRedirectLocation !== undefined) value.websiteRedirectLocation = websiteRedirectLocation;
  if (serverSideEncryption !== undefined) value.serverSideEncryption = serverSideEncryption as "aws:kms";
  if (sseKmsKeyId !== undefined) value.sseKmsKeyId = sseKmsKeyId;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm as "AES256";
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  if (objectLockMode !== undefined) value.objectLockMode = objectLockMode as "COMPLIANCE";
  if (objectLockRetainUntilDate !== undefined) value.objectLockRetainUntilDate = objectLockRetainUntilDate;
  if (contentType !== undefined) value.contentType = contentType;
  if (contentEncoding !== undefined) value.contentEncoding = contentEncoding;
  if (cacheControl !== undefined) value.cacheControl = cacheControl;
  if (contentDisposition !== undefined) value.contentDisposition = contentDisposition;
  if (contentLanguage !== undefined) value.contentLanguage = contentLanguage;
  if (expires !== undefined) value.expires = expires;
  if (ifNoneMatch !== undefined) value.ifNoneMatch = ifNoneMatch as "*";
  if (ifMatch !== undefined) value.ifMatch = ifMatch;
  if (metadata !== undefined) value.metadata = metadata;
  return { ok: true, value };
}
