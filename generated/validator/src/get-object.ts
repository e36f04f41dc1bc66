// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { checkChecksumMode, type ChecksumModeParameter } from "./components/checksum-mode.js";
import { type IfModifiedSinceParameter } from "./components/if-modified-since.js";
import { type IfUnmodifiedSinceParameter } from "./components/if-unmodified-since.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
import { type RangeParameter } from "./components/range.js";
import { type ReadIfMatchParameter } from "./components/read-if-match.js";
import { type ReadIfNoneMatchParameter } from "./components/read-if-none-match.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { base64Md5Of, isBase64OfLength } from "./runtime/checks.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";

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

const SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<string> = new Set(["AES256"]);
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
  const checksumMode = headers["x-amz-checksum-mode"];
  const sseCustomerAlgorithm = headers["x-amz-server-side-encryption-customer-algorithm"];
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
  checkChecksumMode(checksumMode, fail);

  // x-amz-server-side-encryption-customer-algorithm
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
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: GetObjectInput = {
    bucket: bucket as string,
    key: key as string,
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
  if (checksumMode !== undefined) value.checksumMode = checksumMode as "ENABLED";
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm as "AES256";
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
