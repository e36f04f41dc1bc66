// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type CopySourceIfMatchParameter } from "./components/copy-source-if-match.js";
import { type CopySourceIfModifiedSinceParameter } from "./components/copy-source-if-modified-since.js";
import { type CopySourceIfNoneMatchParameter } from "./components/copy-source-if-none-match.js";
import { type CopySourceIfUnmodifiedSinceParameter } from "./components/copy-source-if-unmodified-since.js";
import { checkCopySourceServerSideEncryptionCustomerAlgorithmTogether } from "./components/copy-source-server-side-encryption-customer-algorithm-together.js";
import {
  checkCopySourceSseCustomerAlgorithm,
  type CopySourceSseCustomerAlgorithmParameter,
} from "./components/copy-source-sse-customer-algorithm.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { base64Md5Of, codePointLength, isBase64OfLength, parseDecimalInteger } from "./runtime/checks.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";

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
const SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<string> = new Set(["AES256"]);
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
  const copySourceSseCustomerAlgorithm = headers["x-amz-copy-source-server-side-encryption-customer-algorithm"];
  const copySourceRange = headers["x-amz-copy-source-range"];
  const sseCustomerAlgorithm = headers["x-amz-server-side-encryption-customer-algorithm"];
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

  checkCopySourceSseCustomerAlgorithm(copySourceSseCustomerAlgorithm, fail);

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
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);
  // The source's SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkCopySourceServerSideEncryptionCustomerAlgorithmTogether(
    fail,
    copySourceSseCustomerAlgorithm,
    copySourceSseCustomerKey,
    copySourceSseCustomerKeyMd5,
  );

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: UploadPartCopyInput = {
    bucket: bucket as string,
    key: key as string,
    partNumber: partNumber as number,
    uploadId: uploadId as string,
    copySource: copySource as string,
  };
  if (copySourceIfMatch !== undefined) value.copySourceIfMatch = copySourceIfMatch;
  if (copySourceIfNoneMatch !== undefined) value.copySourceIfNoneMatch = copySourceIfNoneMatch;
  if (copySourceIfUnmodifiedSince !== undefined) value.copySourceIfUnmodifiedSince = copySourceIfUnmodifiedSince;
  if (copySourceIfModifiedSince !== undefined) value.copySourceIfModifiedSince = copySourceIfModifiedSince;
  if (copySourceSseCustomerAlgorithm !== undefined)
    value.copySourceSseCustomerAlgorithm = copySourceSseCustomerAlgorithm as "AES256";
  if (copySourceRange !== undefined) value.copySourceRange = copySourceRange;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm as "AES256";
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (copySourceSseCustomerKey !== undefined) value.copySourceSseCustomerKey = copySourceSseCustomerKey;
  if (copySourceSseCustomerKeyMd5 !== undefined) value.copySourceSseCustomerKeyMd5 = copySourceSseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
