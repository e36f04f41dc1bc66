// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type ContentEncodingParameter } from "./components/content-encoding.js";
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
import {
  checkWebsiteRedirectLocation,
  type WebsiteRedirectLocationParameter,
} from "./components/website-redirect-location.js";
import { isBase64OfLength, recordExceedsUtf8Bytes } from "./runtime/checks.js";
import {
  prefixedHeaders,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { isCannedAcl, type CannedAcl, type StorageClass } from "./types.js";

/** The input of Initiate Multipart Upload. */
export interface InitiateMultipartUploadInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    StorageClassParameter,
    WebsiteRedirectLocationParameter,
    SseKmsKeyIdParameter,
    SseCustomerAlgorithmParameter,
    SseCustomerKeyMd5Parameter,
    SecurityTokenParameter,
    ObjectLockModeParameter,
    ObjectLockRetainUntilDateParameter,
    ContentEncodingParameter {
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
export const INITIATE_MULTIPART_UPLOAD_OUTPUT_XML: XmlDocumentShape<
  Pick<InitiateMultipartUploadOutput, "bucket" | "key" | "uploadId">
> = {
  root: "InitiateMultipartUploadResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "uploadId", xml: "UploadId", required: true, shape: { kind: "string" } },
  ],
};
const SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<string> = new Set(["aws:kms"]);
/** The Initiate Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof InitiateMultipartUploadInput> = new Set([
  "sseCustomerKey",
  "securityToken",
]);

/**
 * Validates an Initiate Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateInitiateMultipartUploadRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<InitiateMultipartUploadInput> {
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
  checkWebsiteRedirectLocation(websiteRedirectLocation, fail);

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

  // x-amz-meta-*
  if (metadata !== undefined && recordExceedsUtf8Bytes(metadata, 2048)) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);
  // A KMS key ID is only meaningful with x-amz-server-side-encryption.
  checkServerSideEncryptionAwsKmsKeyIdRequires(fail, sseKmsKeyId, serverSideEncryption);
  // SSE-KMS and SSE-C cannot be used together.
  if (
    (serverSideEncryption !== undefined || sseKmsKeyId !== undefined ? 1 : 0) +
      (sseCustomerAlgorithm !== undefined || sseCustomerKey !== undefined || sseCustomerKeyMd5 !== undefined ? 1 : 0) >
    1
  ) {
    fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
  }

  // The object-lock mode and the retain-until date go together.
  checkObjectLockModeTogether(fail, objectLockMode, objectLockRetainUntilDate);

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: InitiateMultipartUploadInput = {
    bucket: bucket as string,
    key: key as string,
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
  if (metadata !== undefined) value.metadata = metadata;
  return { ok: true, value };
}
