// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { checkSseCustomerAlgorithm, type SseCustomerAlgorithmParameter } from "./components/sse-customer-algorithm.js";
import { checkSseCustomerKeyMd5, type SseCustomerKeyMd5Parameter } from "./components/sse-customer-key-md5.js";
import { isBase64OfLength, parseDecimalInteger } from "./runtime/checks.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";

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

  // Request body: a byte stream, handed over as it is.
  const payloadValue = source.payload as AsyncIterable<Uint8Array> | undefined;
  if (payloadValue === undefined || payloadValue === null)
    fail("EntityTooLarge", 400, "body", "The request body is required.");

  // Rules across headers, query parameters and body elements.
  // SSE-C needs the algorithm, the key and the key's MD5, all three.
  checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: UploadPartInput = {
    bucket: bucket as string,
    key: key as string,
    partNumber: partNumber as number,
    uploadId: uploadId as string,
    body: payloadValue as AsyncIterable<Uint8Array>,
  };
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm as "AES256";
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
