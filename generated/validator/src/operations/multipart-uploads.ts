// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { type ContentEncodingParameter } from "../components/content-encoding.js";
import { type CopySourceIfMatchParameter } from "../components/copy-source-if-match.js";
import { type CopySourceIfModifiedSinceParameter } from "../components/copy-source-if-modified-since.js";
import { type CopySourceIfNoneMatchParameter } from "../components/copy-source-if-none-match.js";
import { type CopySourceIfUnmodifiedSinceParameter } from "../components/copy-source-if-unmodified-since.js";
import { checkCopySourceServerSideEncryptionCustomerAlgorithmTogether } from "../components/copy-source-server-side-encryption-customer-algorithm-together.js";
import {
  checkCopySourceSseCustomerAlgorithm,
  type CopySourceSseCustomerAlgorithmParameter,
} from "../components/copy-source-sse-customer-algorithm.js";
import { checkObjectLockModeTogether } from "../components/object-lock-mode-together.js";
import { checkObjectLockMode, type ObjectLockModeParameter } from "../components/object-lock-mode.js";
import {
  checkObjectLockRetainUntilDate,
  type ObjectLockRetainUntilDateParameter,
} from "../components/object-lock-retain-until-date.js";
import { checkObjectName, type ObjectNameParameter } from "../components/object-name.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { checkServerSideEncryptionAwsKmsKeyIdRequires } from "../components/server-side-encryption-aws-kms-key-id-requires.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "../components/server-side-encryption-customer-algorithm-together.js";
import { checkSseCustomerAlgorithm, type SseCustomerAlgorithmParameter } from "../components/sse-customer-algorithm.js";
import { checkSseCustomerKeyMd5, type SseCustomerKeyMd5Parameter } from "../components/sse-customer-key-md5.js";
import { type SseKmsKeyIdParameter } from "../components/sse-kms-key-id.js";
import { checkStorageClass, type StorageClassParameter } from "../components/storage-class.js";
import { checkUploadId, type UploadIdParameter } from "../components/upload-id.js";
import {
  checkWebsiteRedirectLocation,
  type WebsiteRedirectLocationParameter,
} from "../components/website-redirect-location.js";
import { errorStatus } from "../error-codes.js";
import {
  base64Md5Of,
  codePointLength,
  isBase64OfLength,
  isOneOf,
  parseDecimalInteger,
  recordExceedsUtf8Bytes,
} from "../runtime/checks.js";
import {
  byteStream,
  prefixedHeaders,
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/request.js";
import { readXmlDocument, type XmlDocumentShape } from "../runtime/xml-shapes.js";
import {
  COMPLETED_PART_XML,
  isCannedAcl,
  LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML,
  OWNER_XML,
  PART_XML,
  UPLOAD_XML,
  type CannedAcl,
  type CompletedPart,
  type ListMultipartUploadsCommonPrefix,
  type Owner,
  type Part,
  type StorageClass,
  type Upload,
} from "../types.js";

/** The input of Abort Multipart Upload. */
export interface AbortMultipartUploadInput
  extends BucketNameParameter, ObjectNameParameter, UploadIdParameter, SecurityTokenParameter {}

/** The output of Abort Multipart Upload. */
export interface AbortMultipartUploadOutput {
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
}

/** The Abort Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const ABORT_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof AbortMultipartUploadInput> = new Set([
  "securityToken",
]);

/**
 * Validates an Abort Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateAbortMultipartUploadRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<AbortMultipartUploadInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // query: uploadId
  const uploadId = queryValue(source.query, "uploadId");
  checkUploadId(uploadId, fail);

  if (errors.length > 0 || bucket === undefined || key === undefined || uploadId === undefined)
    return { ok: false, errors };
  const value: AbortMultipartUploadInput = {
    bucket,
    key,
    uploadId,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of Complete Multipart Upload. */
export interface CompleteMultipartUploadInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Indicates the ID of the multipart upload to be completed.
   *
   * Query parameter: `uploadId`.
   */
  uploadId: string;
  /**
   * The parts to concatenate, in ascending order of part number.
   *
   * XML: repeated `<Part>` elements.
   */
  parts: CompletedPart[];
}

/** The output of Complete Multipart Upload. */
export interface CompleteMultipartUploadOutput {
  /**
   * Indicates the URL of the newly created object.
   *
   * XML: `<Location>`.
   */
  location: string;
  /**
   * Indicates the bucket that contains the newly created object.
   *
   * XML: `<Bucket>`.
   */
  bucket: string;
  /**
   * Indicates the key of the newly created object.
   *
   * XML: `<Key>`.
   */
  key: string;
  /**
   * Indicates the ETag that identifies the metadata of the newly created object. This ETag is calculated using the MD5 values of parts comprising the newly created object.
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
   * Indicates the version ID of the object created from a multipart upload.
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
}

/** How the Complete Multipart Upload request body is read. */
export const COMPLETE_MULTIPART_UPLOAD_INPUT_XML: XmlDocumentShape<Pick<CompleteMultipartUploadInput, "parts">> = {
  root: "CompleteMultipartUpload",
  kind: "structure",
  members: [
    { member: "parts", xml: "Part", required: true, list: { item: "Part", wrapped: false }, shape: COMPLETED_PART_XML },
  ],
};
/** How the Complete Multipart Upload response body is written and read. */
export const COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML: XmlDocumentShape<
  Pick<CompleteMultipartUploadOutput, "location" | "bucket" | "key" | "eTag">
> = {
  root: "CompleteMultipartUploadResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "location", xml: "Location", required: true, shape: { kind: "string" } },
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
  ],
};
/** The Complete Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const COMPLETE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof CompleteMultipartUploadInput> = new Set([
  "securityToken",
]);

/**
 * Validates a Complete Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateCompleteMultipartUploadRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<CompleteMultipartUploadInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // query: uploadId
  const uploadId = queryValue(source.query, "uploadId");
  if (uploadId === undefined || uploadId === "") {
    fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
  }

  // Request body: <CompleteMultipartUpload>
  let payloadValue: Pick<CompleteMultipartUploadInput, "parts"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      COMPLETE_MULTIPART_UPLOAD_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (
    errors.length > 0 ||
    bucket === undefined ||
    key === undefined ||
    uploadId === undefined ||
    payloadValue === undefined
  )
    return { ok: false, errors };
  const value: CompleteMultipartUploadInput = {
    bucket,
    key,
    uploadId,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

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
const INITIATE_MULTIPART_UPLOAD_SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<"aws:kms"> = new Set(["aws:kms"]);
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
  const aclText = headers["x-amz-acl"];
  const storageClassText = headers["x-amz-storage-class"];
  const websiteRedirectLocation = headers["x-amz-website-redirect-location"];
  const serverSideEncryptionText = headers["x-amz-server-side-encryption"];
  const sseKmsKeyId = headers["x-amz-server-side-encryption-aws-kms-key-id"];
  const sseCustomerAlgorithmText = headers["x-amz-server-side-encryption-customer-algorithm"];
  const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
  const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
  const securityToken = headers["x-amz-security-token"];
  const objectLockModeText = headers["x-amz-object-lock-mode"];
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
  let acl: CannedAcl | undefined;
  if (aclText !== undefined) {
    if (!isCannedAcl(aclText)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-acl",
        "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).",
      );
    } else {
      acl = aclText;
    }
  }

  const storageClass = checkStorageClass(storageClassText, fail);
  checkWebsiteRedirectLocation(websiteRedirectLocation, fail);

  // x-amz-server-side-encryption
  let serverSideEncryption: "aws:kms" | undefined;
  if (serverSideEncryptionText !== undefined) {
    if (!isOneOf(INITIATE_MULTIPART_UPLOAD_SERVER_SIDE_ENCRYPTION_VALUES, serverSideEncryptionText)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption",
        "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).",
      );
    } else {
      serverSideEncryption = serverSideEncryptionText;
    }
  }

  const sseCustomerAlgorithm = checkSseCustomerAlgorithm(sseCustomerAlgorithmText, fail);

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
  const objectLockMode = checkObjectLockMode(objectLockModeText, fail);
  checkObjectLockRetainUntilDate(objectLockRetainUntilDate, fail, requestTime);

  // x-amz-meta-*
  if (metadata !== undefined && recordExceedsUtf8Bytes(metadata, 2048)) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithmText, sseCustomerKey, sseCustomerKeyMd5);
  // A KMS key ID is only meaningful with x-amz-server-side-encryption.
  checkServerSideEncryptionAwsKmsKeyIdRequires(fail, sseKmsKeyId, serverSideEncryptionText);
  // SSE-KMS and SSE-C cannot be used together.
  if (
    (serverSideEncryptionText !== undefined || sseKmsKeyId !== undefined ? 1 : 0) +
      (sseCustomerAlgorithmText !== undefined || sseCustomerKey !== undefined || sseCustomerKeyMd5 !== undefined
        ? 1
        : 0) >
    1
  ) {
    fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
  }

  // The object-lock mode and the retain-until date go together.
  checkObjectLockModeTogether(fail, objectLockModeText, objectLockRetainUntilDate);

  if (errors.length > 0 || bucket === undefined || key === undefined) return { ok: false, errors };
  const value: InitiateMultipartUploadInput = {
    bucket,
    key,
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

/** The input of List Multipart Uploads. */
export interface ListMultipartUploadsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Character used to group object keys. All keys that contain the same string between prefix, if specified, and the first occurrence of the delimiter after prefix are grouped under a single result element CommonPrefixes.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Lists in-progress uploads only for those object keys that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Sets the maximum number (ranging from 1 to 1000) of multipart uploads to be returned in the response body. If the value is not in this range, 1000 is returned by default.
   *
   * Query parameter: `max-uploads`. Default: `1000`.
   */
  maxUploads?: number | undefined;
  /**
   * Indicates the multipart upload after which the listing begins.
   *
   * Query parameter: `key-marker`.
   */
  keyMarker?: string | undefined;
  /**
   * Indicates the multipart upload after which the listing begins. This parameter is used together with key-marker.
   *
   * Query parameter: `upload-id-marker`.
   */
  uploadIdMarker?: string | undefined;
}

/** The output of List Multipart Uploads. */
export interface ListMultipartUploadsOutput {
  /**
   * Name of the bucket to which the multipart upload was initiated
   *
   * XML: `<Bucket>`.
   */
  bucket: string;
  /**
   * Object keys at or after which the multipart upload listing begins
   *
   * XML: `<KeyMarker>`.
   */
  keyMarker?: string | undefined;
  /**
   * Upload ID after which the multipart upload listing begins
   *
   * XML: `<UploadIdMarker>`.
   */
  uploadIdMarker?: string | undefined;
  /**
   * Value of KeyMarker in a subsequent request after a multipart upload list is truncated
   *
   * XML: `<NextKeyMarker>`.
   */
  nextKeyMarker?: string | undefined;
  /**
   * Value of UploadMarker in a subsequent request after a multipart upload list is truncated
   *
   * XML: `<NextUploadIdMarker>`.
   */
  nextUploadIdMarker?: string | undefined;
  /**
   * Contains the delimiter specified in the request.
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * Contains the prefix specified in the request.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Maximum of multipart uploads to be returned in the response
   *
   * XML: `<MaxUploads>`.
   */
  maxUploads: number;
  /**
   * Indicates whether the returned list of multipart uploads is truncated. true indicates that the list was truncated and false indicates that the list was not truncated.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Container for elements related to a specific multipart upload
   *
   * XML: repeated `<Upload>` elements.
   */
  uploads: Upload[];
  /**
   * If you specify a delimiter in the request, the result returns each distinct key prefix containing the delimiter in a CommonPrefixes element.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListMultipartUploadsCommonPrefix[];
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
}

/** How the List Multipart Uploads response body is written and read. */
export const LIST_MULTIPART_UPLOADS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListMultipartUploadsOutput,
    | "bucket"
    | "keyMarker"
    | "uploadIdMarker"
    | "nextKeyMarker"
    | "nextUploadIdMarker"
    | "delimiter"
    | "prefix"
    | "maxUploads"
    | "isTruncated"
    | "uploads"
    | "commonPrefixes"
  >
> = {
  root: "ListMultipartUploadsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "keyMarker", xml: "KeyMarker", shape: { kind: "string" } },
    { member: "uploadIdMarker", xml: "UploadIdMarker", shape: { kind: "string" } },
    { member: "nextKeyMarker", xml: "NextKeyMarker", shape: { kind: "string" } },
    { member: "nextUploadIdMarker", xml: "NextUploadIdMarker", shape: { kind: "string" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
    { member: "maxUploads", xml: "MaxUploads", required: true, shape: { kind: "integer" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    { member: "uploads", xml: "Upload", list: { item: "Upload", wrapped: false }, shape: UPLOAD_XML },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML,
    },
  ],
};
/** The List Multipart Uploads input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_MULTIPART_UPLOADS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListMultipartUploadsInput> = new Set([
  "securityToken",
]);

/**
 * Validates a List Multipart Uploads request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListMultipartUploadsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListMultipartUploadsInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // query: delimiter
  const delimiter = queryValue(source.query, "delimiter");

  // query: prefix
  const prefix = queryValue(source.query, "prefix");

  // query: max-uploads
  const maxUploadsText = queryValue(source.query, "max-uploads");
  let maxUploads: number | undefined;
  if (maxUploadsText !== undefined) {
    maxUploads = parseDecimalInteger(maxUploadsText);
    if (maxUploads === undefined) {
      fail("InvalidArgument", 400, "max-uploads", "max-uploads must be an integer.");
    } else if (maxUploads < 0) {
      fail("InvalidArgument", 400, "max-uploads", "max-uploads must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxUploads === undefined || maxUploads < 1 || maxUploads > 1000) maxUploads = 1000;

  // query: key-marker
  const keyMarker = queryValue(source.query, "key-marker");

  // query: upload-id-marker
  const uploadIdMarker = queryValue(source.query, "upload-id-marker");

  // Rules across headers, query parameters and body elements.
  // upload-id-marker is only meaningful together with key-marker.
  if (uploadIdMarker !== undefined && keyMarker === undefined) {
    fail(
      "InvalidArgument",
      400,
      "upload-id-marker",
      "upload-id-marker is only meaningful together with key-marker. Missing: " +
        [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "),
    );
  }

  if (errors.length > 0 || bucket === undefined) return { ok: false, errors };
  const value: ListMultipartUploadsInput = {
    bucket,
  };
  if (delimiter !== undefined) value.delimiter = delimiter;
  if (prefix !== undefined) value.prefix = prefix;
  value.maxUploads = maxUploads;
  if (keyMarker !== undefined) value.keyMarker = keyMarker;
  if (uploadIdMarker !== undefined) value.uploadIdMarker = uploadIdMarker;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of List Parts. */
export interface ListPartsInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Indicates the ID of the multipart upload whose parts are to be listed.
   *
   * Query parameter: `uploadId`.
   */
  uploadId: string;
  /**
   * Sets the maximum number of parts to be listed.
   *
   * Query parameter: `max-parts`. Default: `1000`.
   */
  maxParts?: number | undefined;
  /**
   * Specifies the part after which the part listing begins. The OBS lists only parts with greater numbers than that specified by this parameter.
   *
   * Query parameter: `part-number-marker`.
   */
  partNumberMarker?: number | undefined;
}

/** The output of List Parts. */
export interface ListPartsOutput {
  /**
   * Name of the bucket to which the multipart upload was initiated
   *
   * XML: `<Bucket>`.
   */
  bucket: string;
  /**
   * Key of the object for which the multipart upload was initiated
   *
   * XML: `<Key>`.
   */
  key: string;
  /**
   * ID that identifies the multipart upload whose parts are listed
   *
   * XML: `<UploadId>`.
   */
  uploadId: string;
  /**
   * Container element that identifies who initiated the multipart upload
   *
   * XML: `<Initiator>`.
   */
  initiator?: Owner | undefined;
  /**
   * Container element that identifies the object owner; the same as Initiator.
   *
   * XML: `<Owner>`.
   */
  owner?: Owner | undefined;
  /**
   * The storage class of an object.
   *
   * XML: `<StorageClass>`.
   */
  storageClass?: StorageClass | undefined;
  /**
   * Part number after which the part listing begins
   *
   * XML: `<PartNumberMarker>`.
   */
  partNumberMarker?: number | undefined;
  /**
   * Value of PartNumberMarker in a subsequent request after a part list is truncated.
   *
   * XML: `<NextPartNumberMarker>`.
   */
  nextPartNumberMarker?: number | undefined;
  /**
   * Maximum number of parts that are returned
   *
   * XML: `<MaxParts>`.
   */
  maxParts: number;
  /**
   * Indicates whether the returned part list is truncated. true indicates that the list was truncated and false indicates that the list was not truncated.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Container for elements related to a particular part
   *
   * XML: repeated `<Part>` elements.
   */
  parts: Part[];
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
}

/** How the List Parts response body is written and read. */
export const LIST_PARTS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListPartsOutput,
    | "bucket"
    | "key"
    | "uploadId"
    | "initiator"
    | "owner"
    | "storageClass"
    | "partNumberMarker"
    | "nextPartNumberMarker"
    | "maxParts"
    | "isTruncated"
    | "parts"
  >
> = {
  root: "ListPartsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "uploadId", xml: "UploadId", required: true, shape: { kind: "string" } },
    { member: "initiator", xml: "Initiator", shape: OWNER_XML },
    { member: "owner", xml: "Owner", shape: OWNER_XML },
    {
      member: "storageClass",
      xml: "StorageClass",
      shape: { kind: "string", enum: ["STANDARD", "STANDARD_IA", "GLACIER"] },
    },
    { member: "partNumberMarker", xml: "PartNumberMarker", shape: { kind: "integer" } },
    { member: "nextPartNumberMarker", xml: "NextPartNumberMarker", shape: { kind: "integer" } },
    { member: "maxParts", xml: "MaxParts", required: true, shape: { kind: "integer" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    { member: "parts", xml: "Part", list: { item: "Part", wrapped: false }, shape: PART_XML },
  ],
};
/** The List Parts input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_PARTS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListPartsInput> = new Set(["securityToken"]);

/**
 * Validates a List Parts request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListPartsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListPartsInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // query: uploadId
  const uploadId = queryValue(source.query, "uploadId");
  if (uploadId === undefined || uploadId === "") {
    fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
  }

  // query: max-parts
  const maxPartsText = queryValue(source.query, "max-parts");
  let maxParts: number | undefined;
  if (maxPartsText !== undefined) {
    maxParts = parseDecimalInteger(maxPartsText);
    if (maxParts === undefined) {
      fail("InvalidArgument", 400, "max-parts", "max-parts must be an integer.");
    } else if (maxParts < 0) {
      fail("InvalidArgument", 400, "max-parts", "max-parts must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxParts === undefined || maxParts < 1 || maxParts > 1000) maxParts = 1000;

  // query: part-number-marker
  const partNumberMarkerText = queryValue(source.query, "part-number-marker");
  let partNumberMarker: number | undefined;
  if (partNumberMarkerText !== undefined) {
    partNumberMarker = parseDecimalInteger(partNumberMarkerText);
    if (partNumberMarker === undefined) {
      fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be an integer.");
    } else if (partNumberMarker < 0) {
      fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be at least 0.");
    }
  }

  if (errors.length > 0 || bucket === undefined || key === undefined || uploadId === undefined)
    return { ok: false, errors };
  const value: ListPartsInput = {
    bucket,
    key,
    uploadId,
  };
  value.maxParts = maxParts;
  if (partNumberMarker !== undefined) value.partNumberMarker = partNumberMarker;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of Upload Part. */
export interface UploadPartInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    SseCustomerAlgorithmParameter,
    SseCustomerKeyMd5Parameter,
    SecurityTokenParameter {
  /**
   * Indicates the number that identifies a part to be uploaded. It can be any number from 1 to 10,000
   *
   * Query parameter: `partNumber`.
   */
  partNumber: number;
  /**
   * Indicates the ID of a multipart upload.
   *
   * Query parameter: `uploadId`.
   */
  uploadId: string;
  /**
   * Indicates a key used to encrypt objects. The header is used in SSE-C mode. This header is a base64-encoded 256-bit or 512-bit key and must be used together with x-amz-server-side-encryption-customer-algorithm and x-amz-server-side-encryption-customer-key-MD5.
   *
   * Header: `x-amz-server-side-encryption-customer-key`.
   */
  sseCustomerKey?: string | undefined;
  /**
   * The part's bytes, from 0 to 5 GB.
   *
   * The request body, streamed: the server hands it over as it arrives, verified against the checksums the request declares.
   */
  body: AsyncIterable<Uint8Array>;
}

/** The output of Upload Part. */
export interface UploadPartOutput {
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
   * The ETag of the uploaded part: the hex MD5 of its bytes, in double quotes. Complete Multipart Upload names each part by it.
   *
   * Header: `etag`.
   */
  eTag: string;
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

/** The Upload Part input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const UPLOAD_PART_SENSITIVE_MEMBERS: ReadonlySet<keyof UploadPartInput> = new Set([
  "sseCustomerKey",
  "securityToken",
]);

/**
 * Validates an Upload Part request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateUploadPartRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<UploadPartInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const sseCustomerAlgorithmText = headers["x-amz-server-side-encryption-customer-algorithm"];
  const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
  const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // query: partNumber
  const partNumberText = queryValue(source.query, "partNumber");
  let partNumber: number | undefined;
  if (partNumberText === undefined || partNumberText === "") {
    fail("InvalidArgument", 400, "partNumber", "partNumber is required.");
  } else {
    partNumber = parseDecimalInteger(partNumberText);
    if (partNumber === undefined) {
      fail("InvalidArgument", 400, "partNumber", "partNumber must be an integer.");
    } else if (partNumber < 1) {
      fail("InvalidArgument", 400, "partNumber", "partNumber must be at least 1.");
    } else if (partNumber > 10000) {
      fail("InvalidArgument", 400, "partNumber", "partNumber must be at most 10000.");
    }
  }

  // query: uploadId
  const uploadId = queryValue(source.query, "uploadId");
  if (uploadId === undefined || uploadId === "") {
    fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
  }

  const sseCustomerAlgorithm = checkSseCustomerAlgorithm(sseCustomerAlgorithmText, fail);

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

  // Request body: a byte stream, handed over as it is.
  const payloadValue = byteStream(source.payload);
  if (payloadValue === undefined) fail("EntityTooLarge", 400, "body", "The request body is required.");

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithmText, sseCustomerKey, sseCustomerKeyMd5);

  if (
    errors.length > 0 ||
    bucket === undefined ||
    key === undefined ||
    partNumber === undefined ||
    uploadId === undefined ||
    payloadValue === undefined
  )
    return { ok: false, errors };
  const value: UploadPartInput = {
    bucket,
    key,
    partNumber,
    uploadId,
    body: payloadValue,
  };
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of Upload Part - Copy. */
export interface UploadPartCopyInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    CopySourceIfMatchParameter,
    CopySourceIfNoneMatchParameter,
    CopySourceIfUnmodifiedSinceParameter,
    CopySourceIfModifiedSinceParameter,
    CopySourceSseCustomerAlgorithmParameter,
    SecurityTokenParameter {
  /**
   * Indicates the number that identifies a part to be uploaded (1 to 10,000).
   *
   * Query parameter: `partNumber`.
   */
  partNumber: number;
  /**
   * Indicates the ID of a multipart upload.
   *
   * Query parameter: `uploadId`.
   */
  uploadId: string;
  /**
   * Indicates the source object to be copied: the name of the source bucket and the key of the source object, and with versionId the version.
   *
   * Header: `x-amz-copy-source`.
   */
  copySource: string;
  /**
   * Indicates the range of bytes (start-end) to be copied from the source object. start indicates the start byte of the part to be copied and end indicates the end byte.
   *
   * Header: `x-amz-copy-source-range`.
   */
  copySourceRange?: string | undefined;
  /**
   * Indicates an algorithm used to encrypt a destination part. The header is used in SSE-C mode.
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: "AES256" | undefined;
  /**
   * Indicates a key used to encrypt a destination part. The header is used in SSE-C mode.
   *
   * Header: `x-amz-server-side-encryption-customer-key`.
   */
  sseCustomerKey?: string | undefined;
  /**
   * Indicates the MD5 value of a key used to encrypt a destination part. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key.
   *
   * Header: `x-amz-server-side-encryption-customer-key-md5`.
   */
  sseCustomerKeyMd5?: string | undefined;
  /**
   * Indicates the customer-provided key used to decrypt the source object when customer-provided keys are used.
   *
   * Header: `x-amz-copy-source-server-side-encryption-customer-key`.
   */
  copySourceSseCustomerKey?: string | undefined;
  /**
   * Indicates the MD5 value of the customer-provided key used to decrypt the source object when customer-provided keys are used.
   *
   * Header: `x-amz-copy-source-server-side-encryption-customer-key-md5`.
   */
  copySourceSseCustomerKeyMd5?: string | undefined;
}

/** The output of Upload Part - Copy. */
export interface UploadPartCopyOutput {
  /**
   * Indicates the date the part was last modified.
   *
   * XML: `<LastModified>`.
   */
  lastModified: Date;
  /**
   * Indicates the ETag of the source part.
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

/** How the Upload Part - Copy response body is written and read. */
export const UPLOAD_PART_COPY_OUTPUT_XML: XmlDocumentShape<Pick<UploadPartCopyOutput, "lastModified" | "eTag">> = {
  root: "CopyPartResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "lastModified", xml: "LastModified", required: true, shape: { kind: "timestamp" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
  ],
};
const UPLOAD_PART_COPY_SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<"AES256"> = new Set(["AES256"]);
/** The Upload Part - Copy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const UPLOAD_PART_COPY_SENSITIVE_MEMBERS: ReadonlySet<keyof UploadPartCopyInput> = new Set([
  "sseCustomerKey",
  "copySourceSseCustomerKey",
  "securityToken",
]);

/**
 * Validates an Upload Part - Copy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateUploadPartCopyRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<UploadPartCopyInput> {
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
  const copySourceSseCustomerAlgorithmText = headers["x-amz-copy-source-server-side-encryption-customer-algorithm"];
  const copySourceRange = headers["x-amz-copy-source-range"];
  const sseCustomerAlgorithmText = headers["x-amz-server-side-encryption-customer-algorithm"];
  const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
  const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
  const copySourceSseCustomerKey = headers["x-amz-copy-source-server-side-encryption-customer-key"];
  const copySourceSseCustomerKeyMd5 = headers["x-amz-copy-source-server-side-encryption-customer-key-md5"];
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // query: partNumber
  const partNumberText = queryValue(source.query, "partNumber");
  let partNumber: number | undefined;
  if (partNumberText === undefined || partNumberText === "") {
    fail("InvalidArgument", 400, "partNumber", "partNumber is required.");
  } else {
    partNumber = parseDecimalInteger(partNumberText);
    if (partNumber === undefined) {
      fail("InvalidArgument", 400, "partNumber", "partNumber must be an integer.");
    } else if (partNumber < 1) {
      fail("InvalidArgument", 400, "partNumber", "partNumber must be at least 1.");
    } else if (partNumber > 10000) {
      fail("InvalidArgument", 400, "partNumber", "partNumber must be at most 10000.");
    }
  }

  // query: uploadId
  const uploadId = queryValue(source.query, "uploadId");
  if (uploadId === undefined || uploadId === "") {
    fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
  }

  // x-amz-copy-source
  if (copySource === undefined || copySource === "") {
    fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source is required.");
  } else {
    if (codePointLength(copySource) < 1) {
      fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source must be at least 1 characters long.");
    }
  }

  const copySourceSseCustomerAlgorithm = checkCopySourceSseCustomerAlgorithm(copySourceSseCustomerAlgorithmText, fail);

  // x-amz-copy-source-range
  if (copySourceRange !== undefined) {
    if (!/^bytes=[0-9]+-[0-9]+$/u.test(copySourceRange)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-copy-source-range",
        "x-amz-copy-source-range must match ^bytes=[0-9]+-[0-9]+$.",
      );
    }
  }

  // x-amz-server-side-encryption-customer-algorithm
  let sseCustomerAlgorithm: "AES256" | undefined;
  if (sseCustomerAlgorithmText !== undefined) {
    if (!isOneOf(UPLOAD_PART_COPY_SSE_CUSTOMER_ALGORITHM_VALUES, sseCustomerAlgorithmText)) {
      fail(
        "InvalidEncryptionAlgorithmError",
        400,
        "x-amz-server-side-encryption-customer-algorithm",
        "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).",
      );
    } else {
      sseCustomerAlgorithm = sseCustomerAlgorithmText;
    }
  }

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

  // x-amz-server-side-encryption-customer-key-md5
  if (sseCustomerKeyMd5 !== undefined) {
    if (!isBase64OfLength(sseCustomerKeyMd5, [16])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.",
      );
    } else if (sseCustomerKey !== undefined && base64Md5Of(sseCustomerKey) !== sseCustomerKeyMd5) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.",
      );
    }
  }

  // x-amz-copy-source-server-side-encryption-customer-key
  if (copySourceSseCustomerKey !== undefined) {
    if (!isBase64OfLength(copySourceSseCustomerKey, [32, 64])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-copy-source-server-side-encryption-customer-key",
        "x-amz-copy-source-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.",
      );
    }
  }

  // x-amz-copy-source-server-side-encryption-customer-key-md5
  if (copySourceSseCustomerKeyMd5 !== undefined) {
    if (!isBase64OfLength(copySourceSseCustomerKeyMd5, [16])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-copy-source-server-side-encryption-customer-key-md5",
        "x-amz-copy-source-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.",
      );
    } else if (
      copySourceSseCustomerKey !== undefined &&
      base64Md5Of(copySourceSseCustomerKey) !== copySourceSseCustomerKeyMd5
    ) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-copy-source-server-side-encryption-customer-key-md5",
        "x-amz-copy-source-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-copy-source-server-side-encryption-customer-key.",
      );
    }
  }

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithmText, sseCustomerKey, sseCustomerKeyMd5);
  // The source's SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkCopySourceServerSideEncryptionCustomerAlgorithmTogether(
    fail,
    copySourceSseCustomerAlgorithmText,
    copySourceSseCustomerKey,
    copySourceSseCustomerKeyMd5,
  );

  if (
    errors.length > 0 ||
    bucket === undefined ||
    key === undefined ||
    partNumber === undefined ||
    uploadId === undefined ||
    copySource === undefined
  )
    return { ok: false, errors };
  const value: UploadPartCopyInput = {
    bucket,
    key,
    partNumber,
    uploadId,
    copySource,
  };
  if (copySourceIfMatch !== undefined) value.copySourceIfMatch = copySourceIfMatch;
  if (copySourceIfNoneMatch !== undefined) value.copySourceIfNoneMatch = copySourceIfNoneMatch;
  if (copySourceIfUnmodifiedSince !== undefined) value.copySourceIfUnmodifiedSince = copySourceIfUnmodifiedSince;
  if (copySourceIfModifiedSince !== undefined) value.copySourceIfModifiedSince = copySourceIfModifiedSince;
  if (copySourceSseCustomerAlgorithm !== undefined)
    value.copySourceSseCustomerAlgorithm = copySourceSseCustomerAlgorithm;
  if (copySourceRange !== undefined) value.copySourceRange = copySourceRange;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (copySourceSseCustomerKey !== undefined) value.copySourceSseCustomerKey = copySourceSseCustomerKey;
  if (copySourceSseCustomerKeyMd5 !== undefined) value.copySourceSseCustomerKeyMd5 = copySourceSseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
