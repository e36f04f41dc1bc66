// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkAcl, type AclParameter } from "./components/acl.js";
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type ContentTypeParameter } from "./components/content-type.js";
import { type CopySourceIfMatchParameter } from "./components/copy-source-if-match.js";
import { type CopySourceIfModifiedSinceParameter } from "./components/copy-source-if-modified-since.js";
import { type CopySourceIfNoneMatchParameter } from "./components/copy-source-if-none-match.js";
import { type CopySourceIfUnmodifiedSinceParameter } from "./components/copy-source-if-unmodified-since.js";
import { checkCopySourceServerSideEncryptionCustomerAlgorithmTogether } from "./components/copy-source-server-side-encryption-customer-algorithm-together.js";
import {
  checkCopySourceSseCustomerAlgorithm,
  type CopySourceSseCustomerAlgorithmParameter,
} from "./components/copy-source-sse-customer-algorithm.js";
import {
  checkCopySourceSseCustomerKeyMd5,
  type CopySourceSseCustomerKeyMd5Parameter,
} from "./components/copy-source-sse-customer-key-md5.js";
import {
  checkCopySourceSseCustomerKey,
  type CopySourceSseCustomerKeyParameter,
} from "./components/copy-source-sse-customer-key.js";
import { checkCopySource, type CopySourceParameter } from "./components/copy-source.js";
import { checkObjectLockModeTogether } from "./components/object-lock-mode-together.js";
import { checkObjectLockMode, type ObjectLockModeParameter } from "./components/object-lock-mode.js";
import {
  checkObjectLockRetainUntilDate,
  type ObjectLockRetainUntilDateParameter,
} from "./components/object-lock-retain-until-date.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { checkServerSideEncryption, type ServerSideEncryptionParameter } from "./components/server-side-encryption.js";
import { checkSseCustomerAlgorithm, type SseCustomerAlgorithmParameter } from "./components/sse-customer-algorithm.js";
import { checkSseCustomerKeyMd5, type SseCustomerKeyMd5Parameter } from "./components/sse-customer-key-md5.js";
import { checkSseCustomerKey, type SseCustomerKeyParameter } from "./components/sse-customer-key.js";
import { type SseKmsKeyIdParameter } from "./components/sse-kms-key-id.js";
import { checkStorageClass, type StorageClassParameter } from "./components/storage-class.js";
import {
  checkWebsiteRedirectLocation,
  type WebsiteRedirectLocationParameter,
} from "./components/website-redirect-location.js";
import { recordExceedsUtf8Bytes } from "./runtime/checks.js";
import {
  prefixedHeaders,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type CannedAcl, type StorageClass } from "./types.js";

/** The input of PUT Object - Copy. */
export interface CopyObjectInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    CopySourceParameter,
    CopySourceIfMatchParameter,
    CopySourceIfNoneMatchParameter,
    CopySourceIfUnmodifiedSinceParameter,
    CopySourceIfModifiedSinceParameter,
    CopySourceSseCustomerAlgorithmParameter,
    CopySourceSseCustomerKeyParameter,
    CopySourceSseCustomerKeyMd5Parameter,
    AclParameter,
    StorageClassParameter,
    WebsiteRedirectLocationParameter,
    ServerSideEncryptionParameter,
    SseKmsKeyIdParameter,
    SseCustomerAlgorithmParameter,
    SseCustomerKeyParameter,
    SseCustomerKeyMd5Parameter,
    ObjectLockModeParameter,
    ObjectLockRetainUntilDateParameter,
    ContentTypeParameter,
    SecurityTokenParameter {
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
export const COPY_OBJECT_OUTPUT_XML: XmlDocumentShape<Pick<CopyObjectOutput, "lastModified" | "eTag">> = {
  root: "CopyObjectResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "lastModified", xml: "LastModified", required: true, shape: { kind: "timestamp" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
  ],
};
const METADATA_DIRECTIVE_VALUES: ReadonlySet<string> = new Set(["COPY", "REPLACE"]);
/** The PUT Object - Copy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const COPY_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof CopyObjectInput> = new Set([
  "copySourceSseCustomerKey",
  "sseCustomerKey",
  "securityToken",
]);

/**
 * Validates a PUT Object - Copy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateCopyObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<CopyObjectInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const copySource = headers["x-amz-copy-source"];
  const copySourceIfMatch = headers["x-amz-copy-source-if-match"];
  const copySourceIfNoneMatch = headers["x-amz-copy-source-if-none-match"];
  const copySourceIfUnmodifiedSince = headers["x-amz-copy-source-if-unmodified-since"];
  const copySourceIfModifiedSince = headers["x-amz-copy-source-if-modified-since"];
  const copySourceSseCustomerAlgorithm = headers["x-amz-copy-source-server-side-encryption-customer-algorithm"];
  const copySourceSseCustomerKey = headers["x-amz-copy-source-server-side-encryption-customer-key"];
  const copySourceSseCustomerKeyMd5 = headers["x-amz-copy-source-server-side-encryption-customer-key-md5"];
  const metadataDirective = headers["x-amz-metadata-directive"];
  const acl = headers["x-amz-acl"];
  const storageClass = headers["x-amz-storage-class"];
  const websiteRedirectLocation = headers["x-amz-website-redirect-location"];
  const serverSideEncryption = headers["x-amz-server-side-encryption"];
  const sseKmsKeyId = headers["x-amz-server-side-encryption-aws-kms-key-id"];
  const sseCustomerAlgorithm = headers["x-amz-server-side-encryption-customer-algorithm"];
  const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
  const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
  const objectLockMode = headers["x-amz-object-lock-mode"];
  const objectLockRetainUntilDate = headers["x-amz-object-lock-retain-until-date"];
  const contentType = headers["content-type"];
  const securityToken = headers["x-amz-security-token"];
  const metadata = prefixedHeaders(headers, "x-amz-meta-");
  const requestTime = (options.requestTime ?? new Date()).getTime();

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);
  checkCopySource(copySource, fail);
  checkCopySourceSseCustomerAlgorithm(copySourceSseCustomerAlgorithm, fail);
  checkCopySourceSseCustomerKey(copySourceSseCustomerKey, fail);
  checkCopySourceSseCustomerKeyMd5(copySourceSseCustomerKeyMd5, fail, copySourceSseCustomerKey);

  // x-amz-metadata-directive
  if (metadataDirective !== undefined) {
    if (!METADATA_DIRECTIVE_VALUES.has(metadataDirective)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-metadata-directive",
        "x-amz-metadata-directive must be one of COPY, REPLACE (case-sensitive).",
      );
    }
  }

  checkAcl(acl, fail);
  checkStorageClass(storageClass, fail);
  checkWebsiteRedirectLocation(websiteRedirectLocation, fail);
  checkServerSideEncryption(serverSideEncryption, fail);
  checkSseCustomerAlgorithm(sseCustomerAlgorithm, fail);
  checkSseCustomerKey(sseCustomerKey, fail);
  checkSseCustomerKeyMd5(sseCustomerKeyMd5, fail, sseCustomerKey);
  checkObjectLockMode(objectLockMode, fail);
  checkObjectLockRetainUntilDate(objectLockRetainUntilDate, fail, requestTime);

  // x-amz-meta-*
  if (metadata !== undefined && recordExceedsUtf8Bytes(metadata, 2048)) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);
  // The source's SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkCopySourceServerSideEncryptionCustomerAlgorithmTogether(
    fail,
    copySourceSseCustomerAlgorithm,
    copySourceSseCustomerKey,
    copySourceSseCustomerKeyMd5,
  );
  // The object-lock mode and the retain-until date go together.
  checkObjectLockModeTogether(fail, objectLockMode, objectLockRetainUntilDate);

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: CopyObjectInput = {
    bucket: bucket as string,
    key: key as string,
    copySource: copySource as string,
  };
  if (copySourceIfMatch !== undefined) value.copySourceIfMatch = copySourceIfMatch;
  if (copySourceIfNoneMatch !== undefined) value.copySourceIfNoneMatch = copySourceIfNoneMatch;
  if (copySourceIfUnmodifiedSince !== undefined) value.copySourceIfUnmodifiedSince = copySourceIfUnmodifiedSince;
  if (copySourceIfModifiedSince !== undefined) value.copySourceIfModifiedSince = copySourceIfModifiedSince;
  if (copySourceSseCustomerAlgorithm !== undefined)
    value.copySourceSseCustomerAlgorithm = copySourceSseCustomerAlgorithm as "AES256";
  if (copySourceSseCustomerKey !== undefined) value.copySourceSseCustomerKey = copySourceSseCustomerKey;
  if (copySourceSseCustomerKeyMd5 !== undefined) value.copySourceSseCustomerKeyMd5 = copySourceSseCustomerKeyMd5;
  if (metadataDirective !== undefined) value.metadataDirective = metadataDirective as "COPY" | "REPLACE";
  if (acl !== undefined) value.acl = acl as CannedAcl;
  if (storageClass !== undefined) value.storageClass = storageClass as StorageClass;
  if (websiteRedirectLocation !== undefined) value.websiteRedirectLocation = websiteRedirectLocation;
  if (serverSideEncryption !== undefined) value.serverSideEncryption = serverSideEncryption as "aws:kms";
  if (sseKmsKeyId !== undefined) value.sseKmsKeyId = sseKmsKeyId;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm as "AES256";
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (objectLockMode !== undefined) value.objectLockMode = objectLockMode as "COMPLIANCE";
  if (objectLockRetainUntilDate !== undefined) value.objectLockRetainUntilDate = objectLockRetainUntilDate;
  if (contentType !== undefined) value.contentType = contentType;
  if (securityToken !== undefined) value.securityToken = securityToken;
  if (metadata !== undefined) value.metadata = metadata;
  return { ok: true, value };
}
