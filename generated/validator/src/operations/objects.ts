// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkAcl, type AclParameter } from "../components/acl.js";
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { type CacheControlParameter } from "../components/cache-control.js";
import { checkChecksumMode, type ChecksumModeParameter } from "../components/checksum-mode.js";
import { type ContentDispositionParameter } from "../components/content-disposition.js";
import { type ContentLanguageParameter } from "../components/content-language.js";
import { checkContentMd5AnyOf } from "../components/content-md5-any-of.js";
import { type ContentTypeParameter } from "../components/content-type.js";
import { type CopySourceIfMatchParameter } from "../components/copy-source-if-match.js";
import { type CopySourceIfModifiedSinceParameter } from "../components/copy-source-if-modified-since.js";
import { type CopySourceIfNoneMatchParameter } from "../components/copy-source-if-none-match.js";
import { type CopySourceIfUnmodifiedSinceParameter } from "../components/copy-source-if-unmodified-since.js";
import { checkCopySourceServerSideEncryptionCustomerAlgorithmTogether } from "../components/copy-source-server-side-encryption-customer-algorithm-together.js";
import {
  checkCopySourceSseCustomerAlgorithm,
  type CopySourceSseCustomerAlgorithmParameter,
} from "../components/copy-source-sse-customer-algorithm.js";
import {
  checkCopySourceSseCustomerKeyMd5,
  type CopySourceSseCustomerKeyMd5Parameter,
} from "../components/copy-source-sse-customer-key-md5.js";
import {
  checkCopySourceSseCustomerKey,
  type CopySourceSseCustomerKeyParameter,
} from "../components/copy-source-sse-customer-key.js";
import { checkCopySource, type CopySourceParameter } from "../components/copy-source.js";
import { type ExpiresParameter } from "../components/expires.js";
import { type IfModifiedSinceParameter } from "../components/if-modified-since.js";
import { type IfUnmodifiedSinceParameter } from "../components/if-unmodified-since.js";
import { checkObjectLockModeTogether } from "../components/object-lock-mode-together.js";
import { checkObjectLockMode, type ObjectLockModeParameter } from "../components/object-lock-mode.js";
import {
  checkObjectLockRetainUntilDate,
  type ObjectLockRetainUntilDateParameter,
} from "../components/object-lock-retain-until-date.js";
import { checkObjectName, type ObjectNameParameter } from "../components/object-name.js";
import { type RangeParameter } from "../components/range.js";
import { type ReadIfMatchParameter } from "../components/read-if-match.js";
import { type ReadIfNoneMatchParameter } from "../components/read-if-none-match.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { checkServerSideEncryptionAwsKmsKeyIdRequires } from "../components/server-side-encryption-aws-kms-key-id-requires.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "../components/server-side-encryption-customer-algorithm-together.js";
import { checkServerSideEncryption, type ServerSideEncryptionParameter } from "../components/server-side-encryption.js";
import { checkSseCustomerAlgorithm, type SseCustomerAlgorithmParameter } from "../components/sse-customer-algorithm.js";
import { checkSseCustomerKeyMd5, type SseCustomerKeyMd5Parameter } from "../components/sse-customer-key-md5.js";
import { checkSseCustomerKey, type SseCustomerKeyParameter } from "../components/sse-customer-key.js";
import { type SseKmsKeyIdParameter } from "../components/sse-kms-key-id.js";
import { checkStorageClass, type StorageClassParameter } from "../components/storage-class.js";
import {
  checkWebsiteRedirectLocation,
  type WebsiteRedirectLocationParameter,
} from "../components/website-redirect-location.js";
import { type WriteIfMatchParameter } from "../components/write-if-match.js";
import { checkWriteIfNoneMatch, type WriteIfNoneMatchParameter } from "../components/write-if-none-match.js";
import { errorStatus } from "../error-codes.js";
import {
  base64Md5Of,
  codePointLength,
  isBase64OfLength,
  isOneOf,
  parseBooleanText,
  parseDecimalInteger,
  parseIso8601Utc,
  recordExceedsUtf8Bytes,
  utf8Length,
} from "../runtime/checks.js";
import {
  byteStream,
  formFieldsOf,
  formFile,
  formValue,
  prefixedFields,
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
  DELETE_ERROR_XML,
  DELETE_MARKER_ENTRY_XML,
  DELETED_OBJECT_XML,
  isCannedAcl,
  isStorageClass,
  LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML,
  LIST_OBJECTS_COMMON_PREFIX_XML,
  LIST_OBJECTS_CONTENTS_XML,
  LIST_OBJECTS_V2_COMMON_PREFIX_XML,
  LIST_OBJECTS_V2_CONTENTS_XML,
  OBJECT_TO_DELETE_XML,
  VERSION_XML,
  type CannedAcl,
  type DeletedObject,
  type DeleteError,
  type DeleteMarkerEntry,
  type ListObjectsCommonPrefix,
  type ListObjectsContents,
  type ListObjectsV2CommonPrefix,
  type ListObjectsV2Contents,
  type ListObjectVersionsCommonPrefix,
  type ObjectToDelete,
  type StorageClass,
  type Version,
} from "../types.js";

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
const COPY_OBJECT_METADATA_DIRECTIVE_VALUES: ReadonlySet<"COPY" | "REPLACE"> = new Set(["COPY", "REPLACE"]);
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
  const copySourceSseCustomerAlgorithmText = headers["x-amz-copy-source-server-side-encryption-customer-algorithm"];
  const copySourceSseCustomerKey = headers["x-amz-copy-source-server-side-encryption-customer-key"];
  const copySourceSseCustomerKeyMd5 = headers["x-amz-copy-source-server-side-encryption-customer-key-md5"];
  const metadataDirectiveText = headers["x-amz-metadata-directive"];
  const aclText = headers["x-amz-acl"];
  const storageClassText = headers["x-amz-storage-class"];
  const websiteRedirectLocation = headers["x-amz-website-redirect-location"];
  const serverSideEncryptionText = headers["x-amz-server-side-encryption"];
  const sseKmsKeyId = headers["x-amz-server-side-encryption-aws-kms-key-id"];
  const sseCustomerAlgorithmText = headers["x-amz-server-side-encryption-customer-algorithm"];
  const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
  const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
  const objectLockModeText = headers["x-amz-object-lock-mode"];
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
  const copySourceSseCustomerAlgorithm = checkCopySourceSseCustomerAlgorithm(copySourceSseCustomerAlgorithmText, fail);
  checkCopySourceSseCustomerKey(copySourceSseCustomerKey, fail);
  checkCopySourceSseCustomerKeyMd5(copySourceSseCustomerKeyMd5, fail, copySourceSseCustomerKey);

  // x-amz-metadata-directive
  let metadataDirective: "COPY" | "REPLACE" | undefined;
  if (metadataDirectiveText !== undefined) {
    if (!isOneOf(COPY_OBJECT_METADATA_DIRECTIVE_VALUES, metadataDirectiveText)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-metadata-directive",
        "x-amz-metadata-directive must be one of COPY, REPLACE (case-sensitive).",
      );
    } else {
      metadataDirective = metadataDirectiveText;
    }
  }

  const acl = checkAcl(aclText, fail);
  const storageClass = checkStorageClass(storageClassText, fail);
  checkWebsiteRedirectLocation(websiteRedirectLocation, fail);
  const serverSideEncryption = checkServerSideEncryption(serverSideEncryptionText, fail);
  const sseCustomerAlgorithm = checkSseCustomerAlgorithm(sseCustomerAlgorithmText, fail);
  checkSseCustomerKey(sseCustomerKey, fail);
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
  // The source's SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkCopySourceServerSideEncryptionCustomerAlgorithmTogether(
    fail,
    copySourceSseCustomerAlgorithmText,
    copySourceSseCustomerKey,
    copySourceSseCustomerKeyMd5,
  );
  // The object-lock mode and the retain-until date go together.
  checkObjectLockModeTogether(fail, objectLockModeText, objectLockRetainUntilDate);

  if (errors.length > 0 || bucket === undefined || key === undefined || copySource === undefined)
    return { ok: false, errors };
  const value: CopyObjectInput = {
    bucket,
    key,
    copySource,
  };
  if (copySourceIfMatch !== undefined) value.copySourceIfMatch = copySourceIfMatch;
  if (copySourceIfNoneMatch !== undefined) value.copySourceIfNoneMatch = copySourceIfNoneMatch;
  if (copySourceIfUnmodifiedSince !== undefined) value.copySourceIfUnmodifiedSince = copySourceIfUnmodifiedSince;
  if (copySourceIfModifiedSince !== undefined) value.copySourceIfModifiedSince = copySourceIfModifiedSince;
  if (copySourceSseCustomerAlgorithm !== undefined)
    value.copySourceSseCustomerAlgorithm = copySourceSseCustomerAlgorithm;
  if (copySourceSseCustomerKey !== undefined) value.copySourceSseCustomerKey = copySourceSseCustomerKey;
  if (copySourceSseCustomerKeyMd5 !== undefined) value.copySourceSseCustomerKeyMd5 = copySourceSseCustomerKeyMd5;
  if (metadataDirective !== undefined) value.metadataDirective = metadataDirective;
  if (acl !== undefined) value.acl = acl;
  if (storageClass !== undefined) value.storageClass = storageClass;
  if (websiteRedirectLocation !== undefined) value.websiteRedirectLocation = websiteRedirectLocation;
  if (serverSideEncryption !== undefined) value.serverSideEncryption = serverSideEncryption;
  if (sseKmsKeyId !== undefined) value.sseKmsKeyId = sseKmsKeyId;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (objectLockMode !== undefined) value.objectLockMode = objectLockMode;
  if (objectLockRetainUntilDate !== undefined) value.objectLockRetainUntilDate = objectLockRetainUntilDate;
  if (contentType !== undefined) value.contentType = contentType;
  if (securityToken !== undefined) value.securityToken = securityToken;
  if (metadata !== undefined) value.metadata = metadata;
  return { ok: true, value };
}

/** The input of DELETE Object. */
export interface DeleteObjectInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Indicates the version ID of an object to be deleted.
   *
   * Query parameter: `versionId`.
   */
  versionId?: string | undefined;
}

/** The output of DELETE Object. */
export interface DeleteObjectOutput {
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
   * Indicates whether an object is marked as deleted. If an object is not marked as deleted, the header is not returned.
   *
   * Header: `x-amz-delete-marker`.
   */
  deleteMarker?: boolean | undefined;
  /**
   * Indicates the version ID of an object. If an object has no version ID, this header is not returned.
   *
   * Header: `x-amz-version-id`.
   */
  versionId?: string | undefined;
}

/** The DELETE Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteObjectInput> = new Set(["securityToken"]);

/**
 * Validates a DELETE Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteObjectInput> {
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

  // query: versionId
  const versionId = queryValue(source.query, "versionId");

  if (errors.length > 0 || bucket === undefined || key === undefined) return { ok: false, errors };
  const value: DeleteObjectInput = {
    bucket,
    key,
  };
  if (versionId !== undefined) value.versionId = versionId;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of DELETE Multiple Objects. */
export interface DeleteObjectsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the element to enable quite mode for the request. If the element is specified, OBS returns only the list of objects that failed to be deleted. This element is only valid when its value is true. Otherwise, OBS ignores it.
   *
   * XML: `<Quiet>`.
   */
  quiet?: boolean | undefined;
  /**
   * Indicates an object to be deleted.
   *
   * XML: repeated `<Object>` elements.
   */
  objects: ObjectToDelete[];
}

/** The output of DELETE Multiple Objects. */
export interface DeleteObjectsOutput {
  /**
   * Indicates the container element for a successful deletion.
   *
   * XML: repeated `<Deleted>` elements.
   */
  deleted: DeletedObject[];
  /**
   * Indicates the container for a failed deletion.
   *
   * XML: repeated `<Error>` elements.
   */
  errors: DeleteError[];
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

/** How the DELETE Multiple Objects request body is read. */
export const DELETE_OBJECTS_INPUT_XML: XmlDocumentShape<Pick<DeleteObjectsInput, "quiet" | "objects">> = {
  root: "Delete",
  kind: "structure",
  members: [
    { member: "quiet", xml: "Quiet", shape: { kind: "boolean" } },
    {
      member: "objects",
      xml: "Object",
      required: true,
      list: { item: "Object", wrapped: false, minItems: 1, maxItems: 1000 },
      shape: OBJECT_TO_DELETE_XML,
    },
  ],
};
/** How the DELETE Multiple Objects response body is written and read. */
export const DELETE_OBJECTS_OUTPUT_XML: XmlDocumentShape<Pick<DeleteObjectsOutput, "deleted" | "errors">> = {
  root: "DeleteResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "deleted", xml: "Deleted", list: { item: "Deleted", wrapped: false }, shape: DELETED_OBJECT_XML },
    { member: "errors", xml: "Error", list: { item: "Error", wrapped: false }, shape: DELETE_ERROR_XML },
  ],
};
/** The DELETE Multiple Objects input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_OBJECTS_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteObjectsInput> = new Set(["securityToken"]);

/**
 * Validates a DELETE Multiple Objects request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteObjectsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteObjectsInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];
  const headerContentMd5 = headers["content-md5"];
  const headerXAmzChecksumCrc32 = headers["x-amz-checksum-crc32"];
  const headerXAmzChecksumCrc32c = headers["x-amz-checksum-crc32c"];
  const headerXAmzChecksumCrc64nvme = headers["x-amz-checksum-crc64nvme"];
  const headerXAmzChecksumSha1 = headers["x-amz-checksum-sha1"];
  const headerXAmzChecksumSha256 = headers["x-amz-checksum-sha256"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // Request body: <Delete>
  let payloadValue: Pick<DeleteObjectsInput, "quiet" | "objects"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(DELETE_OBJECTS_INPUT_XML, source.payload, "MalformedXML", (code, target, message) =>
      fail(code, errorStatus(code), target, message),
    );
  }

  // Rules across headers, query parameters and body elements.
  // The body's integrity is required, as Content-MD5 or a flexible checksum.
  if (options.checkTransport !== false) {
    checkContentMd5AnyOf(
      fail,
      headerContentMd5,
      headerXAmzChecksumCrc32,
      headerXAmzChecksumCrc32c,
      headerXAmzChecksumCrc64nvme,
      headerXAmzChecksumSha1,
      headerXAmzChecksumSha256,
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: DeleteObjectsInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Object. */
export interface GetObjectInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    RangeParameter,
    IfModifiedSinceParameter,
    IfUnmodifiedSinceParameter,
    ReadIfMatchParameter,
    ReadIfNoneMatchParameter,
    ChecksumModeParameter,
    SecurityTokenParameter {
  /**
   * Overrides the Content-Type header in the response.
   *
   * Query parameter: `response-content-type`.
   */
  responseContentType?: string | undefined;
  /**
   * Overrides the Content-Language header in the response.
   *
   * Query parameter: `response-content-language`.
   */
  responseContentLanguage?: string | undefined;
  /**
   * Overrides the Expires header in the response.
   *
   * Query parameter: `response-expires`.
   */
  responseExpires?: string | undefined;
  /**
   * Overrides the Cache-Control header in the response.
   *
   * Query parameter: `response-cache-control`.
   */
  responseCacheControl?: string | undefined;
  /**
   * Overrides the Content-Disposition header in the response.
   *
   * Query parameter: `response-content-disposition`.
   */
  responseContentDisposition?: string | undefined;
  /**
   * Overrides the Content-Encoding header in the response.
   *
   * Query parameter: `response-content-encoding`.
   */
  responseContentEncoding?: string | undefined;
  /**
   * Specifies the version ID of the object whose content is obtained. An unversioned object's one version is `null`.
   *
   * Query parameter: `versionId`.
   */
  versionId?: string | undefined;
  /**
   * Indicates an encryption algorithm. The header is used in SSE-C mode (AES256).
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: "AES256" | undefined;
  /**
   * Indicates a key used to decrypt objects. The header is used in SSE-C mode. The key the object was stored with: base64 of 32 or 64 bytes.
   *
   * Header: `x-amz-server-side-encryption-customer-key`.
   */
  sseCustomerKey?: string | undefined;
  /**
   * Indicates the MD5 value of a key used to encrypt objects. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key.
   *
   * Header: `x-amz-server-side-encryption-customer-key-md5`.
   */
  sseCustomerKeyMd5?: string | undefined;
}

/** The output of GET Object. */
export interface GetObjectOutput {
  /**
   * The object's bytes, or the range's.
   *
   * The response body, as a stream.
   */
  body: ReadableStream<Uint8Array>;
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
   * The length of the object (HEAD) or of the bytes answered (GET, a range's length).
   *
   * Header: `content-length`.
   */
  contentLength: number;
  /**
   * The object's MIME type, as it was stored (or overridden by response-content-type).
   *
   * Header: `content-type`.
   */
  contentType?: string | undefined;
  /**
   * The hash value of an object. The entity tag (ETag) only reflects changes to the contents of an object, not its metadata: the hex MD5 of its bytes in double quotes, or for a multipart upload the MD5 of its parts' MD5s, a dash and the number of parts.
   *
   * Header: `etag`.
   */
  eTag: string;
  /**
   * When the object was last written (an HTTP date).
   *
   * Header: `last-modified`.
   */
  lastModified: Date;
  /**
   * `bytes`: the object can be read in ranges.
   *
   * Header: `accept-ranges`.
   */
  acceptRanges?: string | undefined;
  /**
   * The Cache-Control the object was stored with (or response-cache-control).
   *
   * Header: `cache-control`.
   */
  cacheControl?: string | undefined;
  /**
   * The Content-Disposition the object was stored with (or response-content-disposition).
   *
   * Header: `content-disposition`.
   */
  contentDisposition?: string | undefined;
  /**
   * The Content-Encoding the object was stored with (or response-content-encoding). The bytes are answered as stored: a client decodes them if it wants to.
   *
   * Header: `content-encoding`.
   */
  contentEncoding?: string | undefined;
  /**
   * The Content-Language the object was stored with (or response-content-language).
   *
   * Header: `content-language`.
   */
  contentLanguage?: string | undefined;
  /**
   * The Expires the object was stored with (or response-expires).
   *
   * Header: `expires`.
   */
  expires?: string | undefined;
  /**
   * When a bucket is configured as a website, you can set this metadata for the object so that the website endpoint will evaluate the request for the object as a 301 redirect to another object in the same bucket or an external URL.
   *
   * Header: `x-amz-website-redirect-location`.
   */
  websiteRedirectLocation?: string | undefined;
  /**
   * Indicates the version ID of an object. If an object has no version ID specified, this header is not returned.
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
   * This header is returned when the storage class of an object is not Standard (STANDARD_IA or GLACIER).
   *
   * Header: `x-amz-storage-class`.
   */
  storageClass?: string | undefined;
  /**
   * The restore status of a Cold object: ongoing-request="true" while it is being restored, ongoing-request="false", expiry-date="…" once it is readable, until that date.
   *
   * Header: `x-amz-restore`.
   */
  restore?: string | undefined;
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
  /**
   * The range answered and the object's length, `bytes 0-4/30`; only in a 206 answer.
   *
   * Header: `content-range`.
   */
  contentRange?: string | undefined;
  /**
   * The object's user-defined metadata, one header per entry, as it was stored.
   *
   * Headers: `x-amz-meta-*`, one per entry (names lowercase).
   */
  metadata?: Record<string, string> | undefined;
}

const GET_OBJECT_SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<"AES256"> = new Set(["AES256"]);
/** The GET Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof GetObjectInput> = new Set([
  "sseCustomerKey",
  "securityToken",
]);

/**
 * Validates a GET Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetObjectInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const range = headers["range"];
  const ifModifiedSince = headers["if-modified-since"];
  const ifUnmodifiedSince = headers["if-unmodified-since"];
  const ifMatch = headers["if-match"];
  const ifNoneMatch = headers["if-none-match"];
  const checksumModeText = headers["x-amz-checksum-mode"];
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

  // query: response-content-type
  const responseContentType = queryValue(source.query, "response-content-type");

  // query: response-content-language
  const responseContentLanguage = queryValue(source.query, "response-content-language");

  // query: response-expires
  const responseExpires = queryValue(source.query, "response-expires");

  // query: response-cache-control
  const responseCacheControl = queryValue(source.query, "response-cache-control");

  // query: response-content-disposition
  const responseContentDisposition = queryValue(source.query, "response-content-disposition");

  // query: response-content-encoding
  const responseContentEncoding = queryValue(source.query, "response-content-encoding");

  // query: versionId
  const versionId = queryValue(source.query, "versionId");
  const checksumMode = checkChecksumMode(checksumModeText, fail);

  // x-amz-server-side-encryption-customer-algorithm
  let sseCustomerAlgorithm: "AES256" | undefined;
  if (sseCustomerAlgorithmText !== undefined) {
    if (!isOneOf(GET_OBJECT_SSE_CUSTOMER_ALGORITHM_VALUES, sseCustomerAlgorithmText)) {
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

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithmText, sseCustomerKey, sseCustomerKeyMd5);

  if (errors.length > 0 || bucket === undefined || key === undefined) return { ok: false, errors };
  const value: GetObjectInput = {
    bucket,
    key,
  };
  if (responseContentType !== undefined) value.responseContentType = responseContentType;
  if (responseContentLanguage !== undefined) value.responseContentLanguage = responseContentLanguage;
  if (responseExpires !== undefined) value.responseExpires = responseExpires;
  if (responseCacheControl !== undefined) value.responseCacheControl = responseCacheControl;
  if (responseContentDisposition !== undefined) value.responseContentDisposition = responseContentDisposition;
  if (responseContentEncoding !== undefined) value.responseContentEncoding = responseContentEncoding;
  if (versionId !== undefined) value.versionId = versionId;
  if (range !== undefined) value.range = range;
  if (ifModifiedSince !== undefined) value.ifModifiedSince = ifModifiedSince;
  if (ifUnmodifiedSince !== undefined) value.ifUnmodifiedSince = ifUnmodifiedSince;
  if (ifMatch !== undefined) value.ifMatch = ifMatch;
  if (ifNoneMatch !== undefined) value.ifNoneMatch = ifNoneMatch;
  if (checksumMode !== undefined) value.checksumMode = checksumMode;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of HEAD Object. */
export interface HeadObjectInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    RangeParameter,
    IfModifiedSinceParameter,
    IfUnmodifiedSinceParameter,
    ReadIfMatchParameter,
    ReadIfNoneMatchParameter,
    ChecksumModeParameter,
    SecurityTokenParameter {
  /**
   * Indicates the version ID of an object. An unversioned object's one version is `null`.
   *
   * Query parameter: `versionId`.
   */
  versionId?: string | undefined;
  /**
   * Indicates a decryption algorithm. The header is used in SSE-C mode (AES256).
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: "AES256" | undefined;
  /**
   * Indicates a key used to decrypt objects. The header is used in SSE-C mode. The key the object was stored with: base64 of 32 or 64 bytes.
   *
   * Header: `x-amz-server-side-encryption-customer-key`.
   */
  sseCustomerKey?: string | undefined;
  /**
   * Indicates the MD5 value of a key used to decrypt objects. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key.
   *
   * Header: `x-amz-server-side-encryption-customer-key-md5`.
   */
  sseCustomerKeyMd5?: string | undefined;
}

/** The output of HEAD Object. */
export interface HeadObjectOutput {
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
   * The length of the object (HEAD) or of the bytes answered (GET, a range's length).
   *
   * Header: `content-length`.
   */
  contentLength: number;
  /**
   * The object's MIME type, as it was stored (or overridden by response-content-type).
   *
   * Header: `content-type`.
   */
  contentType?: string | undefined;
  /**
   * The hash value of an object. The entity tag (ETag) only reflects changes to the contents of an object, not its metadata: the hex MD5 of its bytes in double quotes, or for a multipart upload the MD5 of its parts' MD5s, a dash and the number of parts.
   *
   * Header: `etag`.
   */
  eTag: string;
  /**
   * When the object was last written (an HTTP date).
   *
   * Header: `last-modified`.
   */
  lastModified: Date;
  /**
   * `bytes`: the object can be read in ranges.
   *
   * Header: `accept-ranges`.
   */
  acceptRanges?: string | undefined;
  /**
   * The Cache-Control the object was stored with (or response-cache-control).
   *
   * Header: `cache-control`.
   */
  cacheControl?: string | undefined;
  /**
   * The Content-Disposition the object was stored with (or response-content-disposition).
   *
   * Header: `content-disposition`.
   */
  contentDisposition?: string | undefined;
  /**
   * The Content-Encoding the object was stored with (or response-content-encoding). The bytes are answered as stored: a client decodes them if it wants to.
   *
   * Header: `content-encoding`.
   */
  contentEncoding?: string | undefined;
  /**
   * The Content-Language the object was stored with (or response-content-language).
   *
   * Header: `content-language`.
   */
  contentLanguage?: string | undefined;
  /**
   * The Expires the object was stored with (or response-expires).
   *
   * Header: `expires`.
   */
  expires?: string | undefined;
  /**
   * When a bucket is configured as a website, you can set this metadata for the object so that the website endpoint will evaluate the request for the object as a 301 redirect to another object in the same bucket or an external URL.
   *
   * Header: `x-amz-website-redirect-location`.
   */
  websiteRedirectLocation?: string | undefined;
  /**
   * Indicates the version ID of an object. If an object has no version ID specified, this header is not returned.
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
   * This header is returned when the storage class of an object is not Standard (STANDARD_IA or GLACIER).
   *
   * Header: `x-amz-storage-class`.
   */
  storageClass?: string | undefined;
  /**
   * The restore status of a Cold object: ongoing-request="true" while it is being restored, ongoing-request="false", expiry-date="…" once it is readable, until that date.
   *
   * Header: `x-amz-restore`.
   */
  restore?: string | undefined;
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
  /**
   * The range a GET with this Range would answer; only in a 206 answer.
   *
   * Header: `content-range`.
   */
  contentRange?: string | undefined;
  /**
   * The object's WORM mode (COMPLIANCE), when it has a retention policy.
   *
   * Header: `x-amz-object-lock-mode`.
   */
  objectLockMode?: string | undefined;
  /**
   * The end of the object's WORM retention (ISO 8601 UTC), when it has one.
   *
   * Header: `x-amz-object-lock-retain-until-date`.
   */
  objectLockRetainUntilDate?: string | undefined;
  /**
   * The object's user-defined metadata, one header per entry, as it was stored.
   *
   * Headers: `x-amz-meta-*`, one per entry (names lowercase).
   */
  metadata?: Record<string, string> | undefined;
}

const HEAD_OBJECT_SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<"AES256"> = new Set(["AES256"]);
/** The HEAD Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const HEAD_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof HeadObjectInput> = new Set([
  "sseCustomerKey",
  "securityToken",
]);

/**
 * Validates a HEAD Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateHeadObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<HeadObjectInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const range = headers["range"];
  const ifModifiedSince = headers["if-modified-since"];
  const ifUnmodifiedSince = headers["if-unmodified-since"];
  const ifMatch = headers["if-match"];
  const ifNoneMatch = headers["if-none-match"];
  const checksumModeText = headers["x-amz-checksum-mode"];
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

  // query: versionId
  const versionId = queryValue(source.query, "versionId");
  const checksumMode = checkChecksumMode(checksumModeText, fail);

  // x-amz-server-side-encryption-customer-algorithm
  let sseCustomerAlgorithm: "AES256" | undefined;
  if (sseCustomerAlgorithmText !== undefined) {
    if (!isOneOf(HEAD_OBJECT_SSE_CUSTOMER_ALGORITHM_VALUES, sseCustomerAlgorithmText)) {
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

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithmText, sseCustomerKey, sseCustomerKeyMd5);

  if (errors.length > 0 || bucket === undefined || key === undefined) return { ok: false, errors };
  const value: HeadObjectInput = {
    bucket,
    key,
  };
  if (versionId !== undefined) value.versionId = versionId;
  if (range !== undefined) value.range = range;
  if (ifModifiedSince !== undefined) value.ifModifiedSince = ifModifiedSince;
  if (ifUnmodifiedSince !== undefined) value.ifUnmodifiedSince = ifUnmodifiedSince;
  if (ifMatch !== undefined) value.ifMatch = ifMatch;
  if (ifNoneMatch !== undefined) value.ifNoneMatch = ifNoneMatch;
  if (checksumMode !== undefined) value.checksumMode = checksumMode;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket (List Objects). */
export interface ListObjectsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Limits the response to object keys that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Indicates a character or a sequence of characters used to group object keys.
   *
   * All object keys that contain the same string between the prefix, if specified, and the first occurrence of delimiter after the prefix are grouped under a single result element, CommonPrefixes.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Sets the maximum number of object keys returned in the response body. The value ranges from 1 to 1000. If the value is not in this range, 1000 is returned by default.
   *
   * Query parameter: `max-keys`. Default: `1000`.
   */
  maxKeys?: number | undefined;
  /**
   * Encodes some elements in the response based on the specified type. If Delimiter, Marker (or KeyMarker), Prefix, NextMarker (or NextKeyMarker), and Key contain control characters that are not supported by XML 1.0 standards, you can configure encoding-type to encode Delimiter, Marker (or KeyMarker), Prefix (including the Prefix in CommonPrefixes), NextMarker (or NextKeyMarker), and Key in the response.
   *
   * Optional value: url
   *
   * Query parameter: `encoding-type`.
   */
  encodingType?: "url" | undefined;
  /**
   * Indicates the object key to start with when listing objects in a bucket. All objects are listed in the dictionary order.
   *
   * Query parameter: `marker`.
   */
  marker?: string | undefined;
}

/** The output of GET Bucket (List Objects). */
export interface ListObjectsOutput {
  /**
   * Name of the requested bucket
   *
   * XML: `<Name>`.
   */
  name: string;
  /**
   * Prefix of an object key. Only objects whose keys have this prefix are listed.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Start point for listing objects
   *
   * XML: `<Marker>`.
   */
  marker?: string | undefined;
  /**
   * A marker for the last returned object in the list. NextMarker is returned when not all the objects are listed. You can set the Marker value to list the remaining objects in follow-up requests.
   *
   * XML: `<NextMarker>`.
   */
  nextMarker?: string | undefined;
  /**
   * The maximum objects returned.
   *
   * XML: `<MaxKeys>`.
   */
  maxKeys: number;
  /**
   * The delimiter parameter specified in a request
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * `url` when the request asked for it: keys, prefixes, markers and the delimiter are then percent-encoded.
   *
   * XML: `<EncodingType>`.
   */
  encodingType?: string | undefined;
  /**
   * Determines whether the returned list is truncated. true indicates that the result is incomplete while false indicates that the result is complete.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Metadata of the objects
   *
   * XML: repeated `<Contents>` elements.
   */
  contents: ListObjectsContents[];
  /**
   * Grouping information. If you specify a delimiter in the request, the response contains grouping information in CommonPrefixes.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListObjectsCommonPrefix[];
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
   * Indicates the region of the bucket.
   *
   * Header: `x-amz-bucket-region`.
   */
  region?: string | undefined;
}

/** How the GET Bucket (List Objects) response body is written and read. */
export const LIST_OBJECTS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListObjectsOutput,
    | "name"
    | "prefix"
    | "marker"
    | "nextMarker"
    | "maxKeys"
    | "delimiter"
    | "encodingType"
    | "isTruncated"
    | "contents"
    | "commonPrefixes"
  >
> = {
  root: "ListBucketResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "name", xml: "Name", required: true, shape: { kind: "string" } },
    { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
    { member: "marker", xml: "Marker", shape: { kind: "string" } },
    { member: "nextMarker", xml: "NextMarker", shape: { kind: "string" } },
    { member: "maxKeys", xml: "MaxKeys", required: true, shape: { kind: "integer" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "encodingType", xml: "EncodingType", shape: { kind: "string" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    {
      member: "contents",
      xml: "Contents",
      list: { item: "Contents", wrapped: false },
      shape: LIST_OBJECTS_CONTENTS_XML,
    },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_OBJECTS_COMMON_PREFIX_XML,
    },
  ],
};
const LIST_OBJECTS_ENCODING_TYPE_VALUES: ReadonlySet<"url"> = new Set(["url"]);
/** The GET Bucket (List Objects) input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECTS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListObjectsInput> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket (List Objects) request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListObjectsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListObjectsInput> {
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

  // query: prefix
  const prefix = queryValue(source.query, "prefix");

  // query: delimiter
  const delimiter = queryValue(source.query, "delimiter");

  // query: max-keys
  const maxKeysText = queryValue(source.query, "max-keys");
  let maxKeys: number | undefined;
  if (maxKeysText !== undefined) {
    maxKeys = parseDecimalInteger(maxKeysText);
    if (maxKeys === undefined) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be an integer.");
    } else if (maxKeys < 0) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxKeys === undefined || maxKeys < 1 || maxKeys > 1000) maxKeys = 1000;

  // query: encoding-type
  const encodingTypeText = queryValue(source.query, "encoding-type");
  let encodingType: "url" | undefined;
  if (encodingTypeText !== undefined) {
    if (!isOneOf(LIST_OBJECTS_ENCODING_TYPE_VALUES, encodingTypeText)) {
      fail("InvalidArgument", 400, "encoding-type", "encoding-type must be one of url (case-sensitive).");
    } else {
      encodingType = encodingTypeText;
    }
  }

  // query: marker
  const marker = queryValue(source.query, "marker");

  if (errors.length > 0 || bucket === undefined) return { ok: false, errors };
  const value: ListObjectsInput = {
    bucket,
  };
  if (prefix !== undefined) value.prefix = prefix;
  if (delimiter !== undefined) value.delimiter = delimiter;
  value.maxKeys = maxKeys;
  if (encodingType !== undefined) value.encodingType = encodingType;
  if (marker !== undefined) value.marker = marker;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket V2 (List Objects V2). */
export interface ListObjectsV2Input extends BucketNameParameter, SecurityTokenParameter {
  /**
   * It can be set to 2 only, indicating that the ListObjectV2 API is used.
   *
   * Query parameter: `list-type`.
   */
  listType: "2";
  /**
   * Lists objects that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Separator used to group object names. If a prefix is specified, objects with the same string from the prefix to the first delimiter are grouped into one CommonPrefixes. If no prefix is specified, objects with the same string from the first character to the first delimiter are grouped into one CommonPrefixes.
   *
   * For example, there are three objects (abcd, abcde, and bbcde) in a bucket. If delimiter is set to d and prefix is set to a, objects abcd and abcde are grouped into a CommonPrefixes with abcd as the prefix. If only delimiter is set to d, objects abcd and abcde are grouped into a CommonPrefixes with abcd as the prefix, and bbcde is grouped separately into another CommonPrefixes with bbcd as the prefix.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Sets the maximum number of objects returned (in alphabetical order) in the response. The value ranges from 1 to 1,000. If there are over 1,000 objects, only 1,000 objects are returned by default.
   *
   * Query parameter: `max-keys`. Default: `1000`.
   */
  maxKeys?: number | undefined;
  /**
   * Encodes some elements in the response based on the specified type. If Delimiter, Marker (or KeyMarker), Prefix, NextMarker (or NextKeyMarker), and Key contain control characters that are not supported by XML 1.0 standards, you can configure encoding-type to encode Delimiter, Marker (or KeyMarker), Prefix (including the Prefix in CommonPrefixes), NextMarker (or NextKeyMarker), and Key in the response.
   *
   * Optional value: url
   *
   * Query parameter: `encoding-type`.
   */
  encodingType?: "url" | undefined;
  /**
   * Specifies a marker when listing objects in a bucket. With a marker configured, objects after this marker will be returned in alphabetical order.
   *
   * Query parameter: `start-after`.
   */
  startAfter?: string | undefined;
  /**
   * Specifies the token after which objects are returned in alphabetical order.
   *
   * Valid value: value of NextContinuationToken in the response body of the last request
   *
   * Query parameter: `continuation-token`.
   */
  continuationToken?: string | undefined;
  /**
   * Specifies whether to return the object owner information.
   *
   * Optional value: true or false
   *
   * Query parameter: `fetch-owner`.
   */
  fetchOwner?: boolean | undefined;
}

/** The output of GET Bucket V2 (List Objects V2). */
export interface ListObjectsV2Output {
  /**
   * Name of the requested bucket
   *
   * XML: `<Name>`.
   */
  name: string;
  /**
   * Prefix of an object name. Only objects whose names have this prefix are listed.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Parameter StartAfter specified in a request
   *
   * XML: `<StartAfter>`.
   */
  startAfter?: string | undefined;
  /**
   * Parameter ContinuationToken specified in a request
   *
   * XML: `<ContinuationToken>`.
   */
  continuationToken?: string | undefined;
  /**
   * ContinuationToken is returned when not all the objects are listed. The next list requests can be continued with this ContinuationToken.
   *
   * XML: `<NextContinuationToken>`.
   */
  nextContinuationToken?: string | undefined;
  /**
   * Number of objects returned
   *
   * XML: `<KeyCount>`.
   */
  keyCount: number;
  /**
   * Maximum number of objects returned
   *
   * XML: `<MaxKeys>`.
   */
  maxKeys: number;
  /**
   * Parameter delimiter specified in a request
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * Encodes some elements in the response based on the specified type. If encoding-type is specified in the request, Delimiter, Marker, Prefix (including the Prefix in CommonPrefixes), NextMarker, and Key in the response will be encoded.
   *
   * XML: `<EncodingType>`.
   */
  encodingType?: string | undefined;
  /**
   * Determines whether the returned list of objects is truncated. true: Not all results are returned. false: All results have been returned.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Object metadata
   *
   * XML: repeated `<Contents>` elements.
   */
  contents: ListObjectsV2Contents[];
  /**
   * Group information. If you specify a delimiter in the request, the response contains group information in CommonPrefixes.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListObjectsV2CommonPrefix[];
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
   * The region of the bucket.
   *
   * Header: `x-amz-bucket-location`.
   */
  region?: string | undefined;
}

/** How the GET Bucket V2 (List Objects V2) response body is written and read. */
export const LIST_OBJECTS_V2_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListObjectsV2Output,
    | "name"
    | "prefix"
    | "startAfter"
    | "continuationToken"
    | "nextContinuationToken"
    | "keyCount"
    | "maxKeys"
    | "delimiter"
    | "encodingType"
    | "isTruncated"
    | "contents"
    | "commonPrefixes"
  >
> = {
  root: "ListBucketResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "name", xml: "Name", required: true, shape: { kind: "string" } },
    { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
    { member: "startAfter", xml: "StartAfter", shape: { kind: "string" } },
    { member: "continuationToken", xml: "ContinuationToken", shape: { kind: "string" } },
    { member: "nextContinuationToken", xml: "NextContinuationToken", shape: { kind: "string" } },
    { member: "keyCount", xml: "KeyCount", required: true, shape: { kind: "integer" } },
    { member: "maxKeys", xml: "MaxKeys", required: true, shape: { kind: "integer" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "encodingType", xml: "EncodingType", shape: { kind: "string" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    {
      member: "contents",
      xml: "Contents",
      list: { item: "Contents", wrapped: false },
      shape: LIST_OBJECTS_V2_CONTENTS_XML,
    },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_OBJECTS_V2_COMMON_PREFIX_XML,
    },
  ],
};
const LIST_OBJECTS_V2_LIST_TYPE_VALUES: ReadonlySet<"2"> = new Set(["2"]);
const LIST_OBJECTS_V2_ENCODING_TYPE_VALUES: ReadonlySet<"url"> = new Set(["url"]);
/** The GET Bucket V2 (List Objects V2) input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECTS_V2_SENSITIVE_MEMBERS: ReadonlySet<keyof ListObjectsV2Input> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket V2 (List Objects V2) request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListObjectsV2Request(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListObjectsV2Input> {
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

  // query: list-type
  const listTypeText = queryValue(source.query, "list-type");
  let listType: "2" | undefined;
  if (listTypeText === undefined || listTypeText === "") {
    fail("InvalidArgument", 400, "list-type", "list-type is required.");
  } else {
    if (!isOneOf(LIST_OBJECTS_V2_LIST_TYPE_VALUES, listTypeText)) {
      fail("InvalidArgument", 400, "list-type", "list-type must be one of 2 (case-sensitive).");
    } else {
      listType = listTypeText;
    }
  }

  // query: prefix
  const prefix = queryValue(source.query, "prefix");

  // query: delimiter
  const delimiter = queryValue(source.query, "delimiter");

  // query: max-keys
  const maxKeysText = queryValue(source.query, "max-keys");
  let maxKeys: number | undefined;
  if (maxKeysText !== undefined) {
    maxKeys = parseDecimalInteger(maxKeysText);
    if (maxKeys === undefined) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be an integer.");
    } else if (maxKeys < 0) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxKeys === undefined || maxKeys < 1 || maxKeys > 1000) maxKeys = 1000;

  // query: encoding-type
  const encodingTypeText = queryValue(source.query, "encoding-type");
  let encodingType: "url" | undefined;
  if (encodingTypeText !== undefined) {
    if (!isOneOf(LIST_OBJECTS_V2_ENCODING_TYPE_VALUES, encodingTypeText)) {
      fail("InvalidArgument", 400, "encoding-type", "encoding-type must be one of url (case-sensitive).");
    } else {
      encodingType = encodingTypeText;
    }
  }

  // query: start-after
  const startAfter = queryValue(source.query, "start-after");

  // query: continuation-token
  const continuationToken = queryValue(source.query, "continuation-token");

  // query: fetch-owner
  const fetchOwnerText = queryValue(source.query, "fetch-owner");
  let fetchOwner: boolean | undefined;
  if (fetchOwnerText !== undefined) {
    fetchOwner = parseBooleanText(fetchOwnerText);
    if (fetchOwner === undefined) {
      fail("InvalidArgument", 400, "fetch-owner", "fetch-owner must be true or false.");
    }
  }

  if (errors.length > 0 || bucket === undefined || listType === undefined) return { ok: false, errors };
  const value: ListObjectsV2Input = {
    bucket,
    listType,
  };
  if (prefix !== undefined) value.prefix = prefix;
  if (delimiter !== undefined) value.delimiter = delimiter;
  value.maxKeys = maxKeys;
  if (encodingType !== undefined) value.encodingType = encodingType;
  if (startAfter !== undefined) value.startAfter = startAfter;
  if (continuationToken !== undefined) value.continuationToken = continuationToken;
  if (fetchOwner !== undefined) value.fetchOwner = fetchOwner;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket Object versions. */
export interface ListObjectVersionsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Limits the response to object keys that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Indicates the object key to start with when listing objects in a bucket. All objects are listed in the dictionary order.
   *
   * Query parameter: `key-marker`.
   */
  keyMarker?: string | undefined;
  /**
   * Sets the maximum number of object keys returned in the response body. All objects are listed in the dictionary order. The value ranges from 1 to 1000. If the value is not in this range, 1000 is returned by default.
   *
   * Query parameter: `max-keys`. Default: `1000`.
   */
  maxKeys?: number | undefined;
  /**
   * Indicates a character used to group object keys. All object keys that contain the same string between the prefix and the first occurrence of the delimiter after the prefix are grouped under a single result element CommonPrefixes.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Indicates the version ID to start with when listing objects in a bucket. All objects are listed in the dictionary order. This parameter is used together with key-marker.
   *
   * If the value of version-id-marker is not a version ID specified by key-marker, version-id-marker is invalid.
   *
   * Valid Value: object version ID|None
   *
   * Query parameter: `version-id-marker`.
   */
  versionIdMarker?: string | undefined;
  /**
   * `url`: keys, prefixes, markers and the delimiter are percent-encoded in the answer.
   *
   * Query parameter: `encoding-type`.
   */
  encodingType?: "url" | undefined;
}

/** The output of GET Bucket Object versions. */
export interface ListObjectVersionsOutput {
  /**
   * Indicates the bucket name.
   *
   * XML: `<Name>`.
   */
  name: string;
  /**
   * Indicates the prefix of an object key. Only objects whose keys have this prefix are listed.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Indicates the object key to start with when listing objects.
   *
   * XML: `<KeyMarker>`.
   */
  keyMarker?: string | undefined;
  /**
   * Indicates the object version ID to start with when listing objects.
   *
   * XML: `<VersionIdMarker>`.
   */
  versionIdMarker?: string | undefined;
  /**
   * Indicates the key marker for the last returned object in the list. NextKeyMarker is returned when not all the objects are listed.
   *
   * XML: `<NextKeyMarker>`.
   */
  nextKeyMarker?: string | undefined;
  /**
   * Indicates the version ID marker for the last returned object in the list. NextVersionIdMarker is returned when not all the objects are listed.
   *
   * XML: `<NextVersionIdMarker>`.
   */
  nextVersionIdMarker?: string | undefined;
  /**
   * Indicates the maximum objects returned.
   *
   * XML: `<MaxKeys>`.
   */
  maxKeys: number;
  /**
   * The delimiter parameter specified in the request.
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * `url` when the request asked for it.
   *
   * XML: `<EncodingType>`.
   */
  encodingType?: string | undefined;
  /**
   * Determines whether the returned list of objects is truncated. true indicates that the result is incomplete while false indicates that the result is complete.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Indicates the container for version information.
   *
   * XML: repeated `<Version>` elements.
   */
  versions: Version[];
  /**
   * Indicates the container for objects with deletion marks.
   *
   * XML: repeated `<DeleteMarker>` elements.
   */
  deleteMarkers: DeleteMarkerEntry[];
  /**
   * Grouping information. If you specify a delimiter in the request, the response contains grouping information in CommonPrefixes.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListObjectVersionsCommonPrefix[];
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

/** How the GET Bucket Object versions response body is written and read. */
export const LIST_OBJECT_VERSIONS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListObjectVersionsOutput,
    | "name"
    | "prefix"
    | "keyMarker"
    | "versionIdMarker"
    | "nextKeyMarker"
    | "nextVersionIdMarker"
    | "maxKeys"
    | "delimiter"
    | "encodingType"
    | "isTruncated"
    | "versions"
    | "deleteMarkers"
    | "commonPrefixes"
  >
> = {
  root: "ListVersionsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "name", xml: "Name", required: true, shape: { kind: "string" } },
    { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
    { member: "keyMarker", xml: "KeyMarker", shape: { kind: "string" } },
    { member: "versionIdMarker", xml: "VersionIdMarker", shape: { kind: "string" } },
    { member: "nextKeyMarker", xml: "NextKeyMarker", shape: { kind: "string" } },
    { member: "nextVersionIdMarker", xml: "NextVersionIdMarker", shape: { kind: "string" } },
    { member: "maxKeys", xml: "MaxKeys", required: true, shape: { kind: "integer" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "encodingType", xml: "EncodingType", shape: { kind: "string" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    { member: "versions", xml: "Version", list: { item: "Version", wrapped: false }, shape: VERSION_XML },
    {
      member: "deleteMarkers",
      xml: "DeleteMarker",
      list: { item: "DeleteMarker", wrapped: false },
      shape: DELETE_MARKER_ENTRY_XML,
    },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML,
    },
  ],
};
const LIST_OBJECT_VERSIONS_ENCODING_TYPE_VALUES: ReadonlySet<"url"> = new Set(["url"]);
/** The GET Bucket Object versions input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECT_VERSIONS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListObjectVersionsInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket Object versions request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListObjectVersionsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListObjectVersionsInput> {
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

  // query: prefix
  const prefix = queryValue(source.query, "prefix");

  // query: key-marker
  const keyMarker = queryValue(source.query, "key-marker");

  // query: max-keys
  const maxKeysText = queryValue(source.query, "max-keys");
  let maxKeys: number | undefined;
  if (maxKeysText !== undefined) {
    maxKeys = parseDecimalInteger(maxKeysText);
    if (maxKeys === undefined) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be an integer.");
    } else if (maxKeys < 0) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxKeys === undefined || maxKeys < 1 || maxKeys > 1000) maxKeys = 1000;

  // query: delimiter
  const delimiter = queryValue(source.query, "delimiter");

  // query: version-id-marker
  const versionIdMarker = queryValue(source.query, "version-id-marker");

  // query: encoding-type
  const encodingTypeText = queryValue(source.query, "encoding-type");
  let encodingType: "url" | undefined;
  if (encodingTypeText !== undefined) {
    if (!isOneOf(LIST_OBJECT_VERSIONS_ENCODING_TYPE_VALUES, encodingTypeText)) {
      fail("InvalidArgument", 400, "encoding-type", "encoding-type must be one of url (case-sensitive).");
    } else {
      encodingType = encodingTypeText;
    }
  }

  // Rules across headers, query parameters and body elements.
  // version-id-marker is only meaningful together with key-marker.
  if (versionIdMarker !== undefined && keyMarker === undefined) {
    fail(
      "InvalidArgument",
      400,
      "version-id-marker",
      "version-id-marker is only meaningful together with key-marker. Missing: " +
        [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "),
    );
  }

  if (errors.length > 0 || bucket === undefined) return { ok: false, errors };
  const value: ListObjectVersionsInput = {
    bucket,
  };
  if (prefix !== undefined) value.prefix = prefix;
  if (keyMarker !== undefined) value.keyMarker = keyMarker;
  value.maxKeys = maxKeys;
  if (delimiter !== undefined) value.delimiter = delimiter;
  if (versionIdMarker !== undefined) value.versionIdMarker = versionIdMarker;
  if (encodingType !== undefined) value.encodingType = encodingType;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of POST Object. */
export interface PostObjectInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the name of the object to be uploaded.
   *
   * Form field: `key`.
   */
  key: string;
  /**
   * Indicates the AK of the requester (V2). Required if the policy field is included in a V2 request.
   *
   * Form field: `awsaccesskeyid`.
   */
  awsAccessKeyId?: string | undefined;
  /**
   * Indicates the security policy of the request: a JSON document (expiration and conditions), base64-encoded.
   *
   * Form field: `policy`.
   */
  policy?: string | undefined;
  /**
   * The V2 signature of the policy, base64 HMAC-SHA1 of the policy field with the SK.
   *
   * Form field: `signature`.
   */
  signature?: string | undefined;
  /**
   * The V4 signature algorithm, AWS4-HMAC-SHA256.
   *
   * Form field: `x-amz-algorithm`.
   */
  algorithm?: "AWS4-HMAC-SHA256" | undefined;
  /**
   * The V4 credential: AK/date/region/s3/aws4_request.
   *
   * Form field: `x-amz-credential`.
   */
  credential?: string | undefined;
  /**
   * The V4 signing time, ISO 8601 basic format (20150806T000000Z).
   *
   * Form field: `x-amz-date`.
   */
  amzDate?: string | undefined;
  /**
   * The V4 signature of the policy, hex HMAC-SHA256 of the policy field with the signing key.
   *
   * Form field: `x-amz-signature`.
   */
  amzSignature?: string | undefined;
  /**
   * The security token of a temporary access key, in the form as in the header.
   *
   * Form field: `x-amz-security-token`.
   */
  formSecurityToken?: string | undefined;
  /**
   * Indicates the ACL applied to the object to be uploaded. Possible values are private, public-read, public-read-write, authenticated-read, bucket-owner-read, and bucket-owner-full-control.
   *
   * Form field: `acl`.
   */
  acl?: CannedAcl | undefined;
  /**
   * The storage class of the object; the bucket's default class when absent. STANDARD, STANDARD_IA or GLACIER, case-sensitive.
   *
   * Form field: `x-amz-storage-class`.
   */
  storageClass?: StorageClass | undefined;
  /**
   * Answered as a response header by GET Object and HEAD Object.
   *
   * Form field: `cache-control`.
   */
  cacheControl?: string | undefined;
  /**
   * The object's MIME type, answered by GET Object and HEAD Object.
   *
   * Form field: `content-type`.
   */
  contentType?: string | undefined;
  /**
   * Answered as a response header by GET Object and HEAD Object.
   *
   * Form field: `content-disposition`.
   */
  contentDisposition?: string | undefined;
  /**
   * Answered as a response header by GET Object and HEAD Object.
   *
   * Form field: `content-encoding`.
   */
  contentEncoding?: string | undefined;
  /**
   * The date and time at which the object is no longer cacheable, answered in the Expires header of GET Object and HEAD Object.
   *
   * Form field: `expires`.
   */
  expires?: string | undefined;
  /**
   * The URL to which the client is redirected after the upload: 303, with Location holding the URL with the bucket, key and ETag added to its query. An invalid URL is ignored (204).
   *
   * Form field: `success_action_redirect`.
   */
  successActionRedirect?: string | undefined;
  /**
   * The status of a successful answer: 200 or 204 (no body) or 201 (a PostResponse document). Absent or another value: 204.
   *
   * Form field: `success_action_status`.
   */
  successActionStatus?: string | undefined;
  /**
   * If the bucket is a website, redirects requests for this object to another object in the same bucket or to an external URL. Prefixed by /, http:// or https://; at most 2 K.
   *
   * Form field: `x-amz-website-redirect-location`.
   */
  websiteRedirectLocation?: string | undefined;
  /**
   * Indicates that SSE-KMS is used.
   *
   * Form field: `x-amz-server-side-encryption`.
   */
  serverSideEncryption?: "aws:kms" | undefined;
  /**
   * The master key ID of SSE-KMS; the default master key when absent.
   *
   * Form field: `x-amz-server-side-encryption-aws-kms-key-id`.
   */
  sseKmsKeyId?: string | undefined;
  /**
   * The SSE-C algorithm, with the key and its MD5.
   *
   * Form field: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: "AES256" | undefined;
  /**
   * The SSE-C key, base64 of 256 or 512 bits, with the algorithm and its MD5.
   *
   * Form field: `x-amz-server-side-encryption-customer-key`.
   */
  sseCustomerKey?: string | undefined;
  /**
   * The base64 MD5 of the SSE-C key, with the algorithm and the key.
   *
   * Form field: `x-amz-server-side-encryption-customer-key-md5`.
   */
  sseCustomerKeyMd5?: string | undefined;
  /**
   * The WORM mode of the object, COMPLIANCE, with the retain-until date.
   *
   * Form field: `x-amz-object-lock-mode`.
   */
  objectLockMode?: "COMPLIANCE" | undefined;
  /**
   * When the WORM retention ends, a UTC time in ISO 8601 (2015-07-01T04:11:15Z), later than the request, with the mode.
   *
   * Form field: `x-amz-object-lock-retain-until-date`.
   */
  objectLockRetainUntilDate?: string | undefined;
  /**
   * User-defined metadata, one field per entry, answered as x-amz-meta-* headers. Names and values together may not exceed 2 KB.
   *
   * Form fields `x-amz-meta-*`, by the rest of their name.
   */
  metadata?: Record<string, string> | undefined;
  /** Every field of the form before the file, by lowercase name, as sent (a policy covers them all). The client sends these too, under the typed members. */
  fields?: Record<string, string> | undefined;
  /**
   * The content of the object. It must be the last field of the form; each request carries one file.
   *
   * Form field `file`, the last: the file's bytes, streamed as they arrive.
   */
  file: AsyncIterable<Uint8Array>;
}

/** The output of POST Object. */
export interface PostObjectOutput {
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
   * The object's address (204, 200 and 201), or success_action_redirect with the bucket, key and ETag in its query (303).
   *
   * Header: `location`.
   */
  location?: string | undefined;
  /**
   * The ETag of the stored object, the hex MD5 of its bytes in double quotes.
   *
   * Header: `etag`.
   */
  eTag?: string | undefined;
  /**
   * The version ID of the object, when the bucket has versioning enabled (`null` when suspended).
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
  /** The answer's HTTP status (default 204): 200, The object was stored; success_action_status is 200. No body; 201, The object was stored; success_action_status is 201. The body records the upload; 303, The object was stored and success_action_redirect is a valid URL: the client is sent there, Location carrying the URL with bucket, key and etag added to its query. */
  status?: 204 | 200 | 201 | 303 | undefined;
  /**
   * The upload as S3 records it after a form upload with success_action_status 201.
   *
   * XML: the `<PostResponse>` document a 201 answers.
   */
  postResponse?: { location?: string; bucket?: string; key?: string; eTag?: string } | undefined;
}

/** How the POST Object 201 response body is written and read. */
export const POST_OBJECT_201_XML: XmlDocumentShape<NonNullable<PostObjectOutput["postResponse"]>> = {
  root: "PostResponse",
  kind: "structure",
  members: [
    { member: "location", xml: "Location", shape: { kind: "string" } },
    { member: "bucket", xml: "Bucket", shape: { kind: "string" } },
    { member: "key", xml: "Key", shape: { kind: "string" } },
    { member: "eTag", xml: "ETag", shape: { kind: "string" } },
  ],
};
const POST_OBJECT_ALGORITHM_VALUES: ReadonlySet<"AWS4-HMAC-SHA256"> = new Set(["AWS4-HMAC-SHA256"]);
const POST_OBJECT_SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<"aws:kms"> = new Set(["aws:kms"]);
const POST_OBJECT_SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<"AES256"> = new Set(["AES256"]);
const POST_OBJECT_OBJECT_LOCK_MODE_VALUES: ReadonlySet<"COMPLIANCE"> = new Set(["COMPLIANCE"]);
/** The POST Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const POST_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof PostObjectInput> = new Set([
  "securityToken",
  "formSecurityToken",
  "sseCustomerKey",
]);

/**
 * Validates a POST Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePostObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PostObjectInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];
  const requestTime = (options.requestTime ?? new Date()).getTime();

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // form: key
  const key = formValue(source.payload, "key");
  if (key === undefined || key === "") {
    fail("InvalidArgument", 400, "key", "key is required.");
  } else {
    if (utf8Length(key) > 1024) {
      fail("KeyTooLong", 400, "key", "key must be at most 1024 bytes long in UTF-8.");
    }
  }

  // form: awsaccesskeyid
  const awsAccessKeyId = formValue(source.payload, "awsaccesskeyid");

  // form: policy
  const policy = formValue(source.payload, "policy");
  if (policy !== undefined) {
    if (!isBase64OfLength(policy)) {
      fail("InvalidPolicyDocument", 400, "policy", "policy must be base64.");
    }
  }

  // form: signature
  const signature = formValue(source.payload, "signature");

  // form: x-amz-algorithm
  const algorithmText = formValue(source.payload, "x-amz-algorithm");
  let algorithm: "AWS4-HMAC-SHA256" | undefined;
  if (algorithmText !== undefined) {
    if (!isOneOf(POST_OBJECT_ALGORITHM_VALUES, algorithmText)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-algorithm",
        "x-amz-algorithm must be one of AWS4-HMAC-SHA256 (case-sensitive).",
      );
    } else {
      algorithm = algorithmText;
    }
  }

  // form: x-amz-credential
  const credential = formValue(source.payload, "x-amz-credential");

  // form: x-amz-date
  const amzDate = formValue(source.payload, "x-amz-date");

  // form: x-amz-signature
  const amzSignature = formValue(source.payload, "x-amz-signature");

  // form: x-amz-security-token
  const formSecurityToken = formValue(source.payload, "x-amz-security-token");

  // form: acl
  const aclText = formValue(source.payload, "acl");
  let acl: CannedAcl | undefined;
  if (aclText !== undefined) {
    if (!isCannedAcl(aclText)) {
      fail(
        "InvalidArgument",
        400,
        "acl",
        "acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).",
      );
    } else {
      acl = aclText;
    }
  }

  // form: x-amz-storage-class
  const storageClassText = formValue(source.payload, "x-amz-storage-class");
  let storageClass: StorageClass | undefined;
  if (storageClassText !== undefined) {
    if (!isStorageClass(storageClassText)) {
      fail(
        "InvalidStorageClass",
        400,
        "x-amz-storage-class",
        "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).",
      );
    } else {
      storageClass = storageClassText;
    }
  }

  // form: cache-control
  const cacheControl = formValue(source.payload, "cache-control");

  // form: content-type
  const contentType = formValue(source.payload, "content-type");

  // form: content-disposition
  const contentDisposition = formValue(source.payload, "content-disposition");

  // form: content-encoding
  const contentEncoding = formValue(source.payload, "content-encoding");

  // form: expires
  const expires = formValue(source.payload, "expires");

  // form: success_action_redirect
  const successActionRedirect = formValue(source.payload, "success_action_redirect");

  // form: success_action_status
  const successActionStatus = formValue(source.payload, "success_action_status");

  // form: x-amz-website-redirect-location
  const websiteRedirectLocation = formValue(source.payload, "x-amz-website-redirect-location");
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

  // form: x-amz-server-side-encryption
  const serverSideEncryptionText = formValue(source.payload, "x-amz-server-side-encryption");
  let serverSideEncryption: "aws:kms" | undefined;
  if (serverSideEncryptionText !== undefined) {
    if (!isOneOf(POST_OBJECT_SERVER_SIDE_ENCRYPTION_VALUES, serverSideEncryptionText)) {
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

  // form: x-amz-server-side-encryption-aws-kms-key-id
  const sseKmsKeyId = formValue(source.payload, "x-amz-server-side-encryption-aws-kms-key-id");

  // form: x-amz-server-side-encryption-customer-algorithm
  const sseCustomerAlgorithmText = formValue(source.payload, "x-amz-server-side-encryption-customer-algorithm");
  let sseCustomerAlgorithm: "AES256" | undefined;
  if (sseCustomerAlgorithmText !== undefined) {
    if (!isOneOf(POST_OBJECT_SSE_CUSTOMER_ALGORITHM_VALUES, sseCustomerAlgorithmText)) {
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

  // form: x-amz-server-side-encryption-customer-key
  const sseCustomerKey = formValue(source.payload, "x-amz-server-side-encryption-customer-key");
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

  // form: x-amz-server-side-encryption-customer-key-md5
  const sseCustomerKeyMd5 = formValue(source.payload, "x-amz-server-side-encryption-customer-key-md5");
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

  // form: x-amz-object-lock-mode
  const objectLockModeText = formValue(source.payload, "x-amz-object-lock-mode");
  let objectLockMode: "COMPLIANCE" | undefined;
  if (objectLockModeText !== undefined) {
    if (!isOneOf(POST_OBJECT_OBJECT_LOCK_MODE_VALUES, objectLockModeText)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-mode",
        "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).",
      );
    } else {
      objectLockMode = objectLockModeText;
    }
  }

  // form: x-amz-object-lock-retain-until-date
  const objectLockRetainUntilDate = formValue(source.payload, "x-amz-object-lock-retain-until-date");
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

  // Request body: an HTML form; its file is the last field, streamed.
  const payloadValue = formFile(source.payload);
  if (payloadValue === undefined)
    fail(
      "IncorrectNumberOfFilesInPostRequest",
      400,
      "file",
      "POST requires exactly one file upload per request (the form's last field).",
    );
  const payloadValueMetadata = prefixedFields(source.payload, "x-amz-meta-");
  if (payloadValueMetadata !== undefined && recordExceedsUtf8Bytes(payloadValueMetadata, 2048)) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithmText, sseCustomerKey, sseCustomerKeyMd5);
  // A KMS key ID is only meaningful with x-amz-server-side-encryption.
  checkServerSideEncryptionAwsKmsKeyIdRequires(fail, sseKmsKeyId, serverSideEncryptionText);
  // The object-lock mode and the retain-until date go together.
  checkObjectLockModeTogether(fail, objectLockModeText, objectLockRetainUntilDate);

  if (errors.length > 0 || bucket === undefined || key === undefined || payloadValue === undefined)
    return { ok: false, errors };
  const value: PostObjectInput = {
    bucket,
    key,
    file: payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  if (awsAccessKeyId !== undefined) value.awsAccessKeyId = awsAccessKeyId;
  if (policy !== undefined) value.policy = policy;
  if (signature !== undefined) value.signature = signature;
  if (algorithm !== undefined) value.algorithm = algorithm;
  if (credential !== undefined) value.credential = credential;
  if (amzDate !== undefined) value.amzDate = amzDate;
  if (amzSignature !== undefined) value.amzSignature = amzSignature;
  if (formSecurityToken !== undefined) value.formSecurityToken = formSecurityToken;
  if (acl !== undefined) value.acl = acl;
  if (storageClass !== undefined) value.storageClass = storageClass;
  if (cacheControl !== undefined) value.cacheControl = cacheControl;
  if (contentType !== undefined) value.contentType = contentType;
  if (contentDisposition !== undefined) value.contentDisposition = contentDisposition;
  if (contentEncoding !== undefined) value.contentEncoding = contentEncoding;
  if (expires !== undefined) value.expires = expires;
  if (successActionRedirect !== undefined) value.successActionRedirect = successActionRedirect;
  if (successActionStatus !== undefined) value.successActionStatus = successActionStatus;
  if (websiteRedirectLocation !== undefined) value.websiteRedirectLocation = websiteRedirectLocation;
  if (serverSideEncryption !== undefined) value.serverSideEncryption = serverSideEncryption;
  if (sseKmsKeyId !== undefined) value.sseKmsKeyId = sseKmsKeyId;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (objectLockMode !== undefined) value.objectLockMode = objectLockMode;
  if (objectLockRetainUntilDate !== undefined) value.objectLockRetainUntilDate = objectLockRetainUntilDate;
  if (payloadValueMetadata !== undefined) value.metadata = payloadValueMetadata;
  const payloadValueFields = formFieldsOf(source.payload);
  if (payloadValueFields !== undefined) value.fields = payloadValueFields;
  return { ok: true, value };
}

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

const PUT_OBJECT_SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<"aws:kms"> = new Set(["aws:kms"]);
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
  const cacheControl = headers["cache-control"];
  const contentDisposition = headers["content-disposition"];
  const contentLanguage = headers["content-language"];
  const expires = headers["expires"];
  const ifNoneMatchText = headers["if-none-match"];
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
  let serverSideEncryption: "aws:kms" | undefined;
  if (serverSideEncryptionText !== undefined) {
    if (!isOneOf(PUT_OBJECT_SERVER_SIDE_ENCRYPTION_VALUES, serverSideEncryptionText)) {
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
  const ifNoneMatch = checkWriteIfNoneMatch(ifNoneMatchText, fail);

  // x-amz-meta-*
  if (metadata !== undefined && recordExceedsUtf8Bytes(metadata, 2048)) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }

  // Request body: a byte stream, handed over as it is.
  const payloadValue = byteStream(source.payload);
  if (payloadValue === undefined) fail("EntityTooLarge", 400, "body", "The request body is required.");

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithmText, sseCustomerKey, sseCustomerKeyMd5);
  // A KMS key ID is only meaningful with x-amz-server-side-encryption.
  checkServerSideEncryptionAwsKmsKeyIdRequires(fail, sseKmsKeyId, serverSideEncryptionText);
  // An object is encrypted with SSE-KMS or with SSE-C, not both.
  if (
    (serverSideEncryptionText !== undefined || sseKmsKeyId !== undefined ? 1 : 0) +
      (sseCustomerAlgorithmText !== undefined || sseCustomerKey !== undefined || sseCustomerKeyMd5 !== undefined
        ? 1
        : 0) >
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
  checkObjectLockModeTogether(fail, objectLockModeText, objectLockRetainUntilDate);
  // A write is conditional on the object being absent or on its ETag, not both.
  if ((ifNoneMatchText !== undefined ? 1 : 0) + (ifMatch !== undefined ? 1 : 0) > 1) {
    fail(
      "InvalidArgument",
      400,
      "if-none-match",
      "A write is conditional on the object being absent or on its ETag, not both.",
    );
  }

  if (errors.length > 0 || bucket === undefined || key === undefined || payloadValue === undefined)
    return { ok: false, errors };
  const value: PutObjectInput = {
    bucket,
    key,
    body: payloadValue,
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
  if (cacheControl !== undefined) value.cacheControl = cacheControl;
  if (contentDisposition !== undefined) value.contentDisposition = contentDisposition;
  if (contentLanguage !== undefined) value.contentLanguage = contentLanguage;
  if (expires !== undefined) value.expires = expires;
  if (ifNoneMatch !== undefined) value.ifNoneMatch = ifNoneMatch;
  if (ifMatch !== undefined) value.ifMatch = ifMatch;
  if (metadata !== undefined) value.metadata = metadata;
  return { ok: true, value };
}

/** The input of POST Object restore. */
export interface RestoreObjectInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Version ID of the Cold object to be restored.
   *
   * Query parameter: `versionId`.
   */
  versionId?: string | undefined;
  /**
   * Indicates the retention period of the restored object. The value is an integer ranging from 1 to 30.
   *
   * XML: `<Days>`.
   */
  days: number;
  /**
   * Container for Glacier job parameters.
   *
   * XML: `<GlacierJobParameters>`.
   */
  glacierJobParameters?: { tier?: "Expedited" | "Standard" | "Bulk" } | undefined;
}

/** The output of POST Object restore. */
export interface RestoreObjectOutput {
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

/** How the POST Object restore request body is read. */
export const RESTORE_OBJECT_INPUT_XML: XmlDocumentShape<Pick<RestoreObjectInput, "days" | "glacierJobParameters">> = {
  root: "RestoreRequest",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "days",
      xml: "Days",
      required: true,
      error: "InvalidArgument",
      shape: { kind: "integer", minimum: 1, maximum: 30 },
    },
    {
      member: "glacierJobParameters",
      xml: "GlacierJobParameters",
      shape: {
        kind: "structure",
        members: [{ member: "tier", xml: "Tier", shape: { kind: "string", enum: ["Expedited", "Standard", "Bulk"] } }],
      },
    },
  ],
};
/** The POST Object restore input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const RESTORE_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof RestoreObjectInput> = new Set(["securityToken"]);

/**
 * Validates a POST Object restore request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateRestoreObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<RestoreObjectInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];
  const headerContentMd5 = headers["content-md5"];
  const headerXAmzChecksumCrc32 = headers["x-amz-checksum-crc32"];
  const headerXAmzChecksumCrc32c = headers["x-amz-checksum-crc32c"];
  const headerXAmzChecksumCrc64nvme = headers["x-amz-checksum-crc64nvme"];
  const headerXAmzChecksumSha1 = headers["x-amz-checksum-sha1"];
  const headerXAmzChecksumSha256 = headers["x-amz-checksum-sha256"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // query: versionId
  const versionId = queryValue(source.query, "versionId");

  // Request body: <RestoreRequest>
  let payloadValue: Pick<RestoreObjectInput, "days" | "glacierJobParameters"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(RESTORE_OBJECT_INPUT_XML, source.payload, "MalformedXML", (code, target, message) =>
      fail(code, errorStatus(code), target, message),
    );
  }

  // Rules across headers, query parameters and body elements.
  // The body's integrity is required, as Content-MD5 or a flexible checksum.
  if (options.checkTransport !== false) {
    checkContentMd5AnyOf(
      fail,
      headerContentMd5,
      headerXAmzChecksumCrc32,
      headerXAmzChecksumCrc32c,
      headerXAmzChecksumCrc64nvme,
      headerXAmzChecksumSha1,
      headerXAmzChecksumSha256,
    );
  }

  if (errors.length > 0 || bucket === undefined || key === undefined || payloadValue === undefined)
    return { ok: false, errors };
  const value: RestoreObjectInput = {
    bucket,
    key,
    ...payloadValue,
  };
  if (versionId !== undefined) value.versionId = versionId;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
