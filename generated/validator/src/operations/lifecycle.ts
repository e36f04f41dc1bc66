// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { checkContentMd5AnyOf } from "../components/content-md5-any-of.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { errorStatus } from "../error-codes.js";
import {
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/request.js";
import { readXmlDocument, type XmlDocumentShape } from "../runtime/xml-shapes.js";
import { LIFECYCLE_RULE_XML, type LifecycleRule } from "../types.js";

/** The input of DELETE Bucket lifecycle. */
export interface DeleteBucketLifecycleInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket lifecycle. */
export interface DeleteBucketLifecycleOutput {
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

/** The DELETE Bucket lifecycle input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_LIFECYCLE_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketLifecycleInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket lifecycle request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketLifecycleRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketLifecycleInput> {
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

  if (errors.length > 0 || bucket === undefined) return { ok: false, errors };
  const value: DeleteBucketLifecycleInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket lifecycle. */
export interface GetBucketLifecycleInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket lifecycle. */
export interface GetBucketLifecycleOutput {
  /**
   * Indicates the container for lifecycle rules.
   *
   * XML: repeated `<Rule>` elements.
   */
  rules: LifecycleRule[];
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

/** How the GET Bucket lifecycle response body is written and read. */
export const GET_BUCKET_LIFECYCLE_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketLifecycleOutput, "rules">> = {
  root: "LifecycleConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "rules",
      xml: "Rule",
      required: true,
      list: { item: "Rule", wrapped: false, maxItems: 1000 },
      shape: LIFECYCLE_RULE_XML,
    },
  ],
};
/** The GET Bucket lifecycle input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_LIFECYCLE_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketLifecycleInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket lifecycle request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketLifecycleRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketLifecycleInput> {
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

  if (errors.length > 0 || bucket === undefined) return { ok: false, errors };
  const value: GetBucketLifecycleInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket lifecycle. */
export interface PutBucketLifecycleInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the container for lifecycle rules.
   *
   * XML: repeated `<Rule>` elements.
   */
  rules: LifecycleRule[];
}

/** The output of PUT Bucket lifecycle. */
export interface PutBucketLifecycleOutput {
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

/** How the PUT Bucket lifecycle request body is read. */
export const PUT_BUCKET_LIFECYCLE_INPUT_XML: XmlDocumentShape<Pick<PutBucketLifecycleInput, "rules">> = {
  root: "LifecycleConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "rules",
      xml: "Rule",
      required: true,
      list: { item: "Rule", wrapped: false, maxItems: 1000 },
      shape: LIFECYCLE_RULE_XML,
    },
  ],
};
/** The PUT Bucket lifecycle input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_LIFECYCLE_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketLifecycleInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket lifecycle request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketLifecycleRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketLifecycleInput> {
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

  // Request body: <LifecycleConfiguration>
  let payloadValue: Pick<PutBucketLifecycleInput, "rules"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_LIFECYCLE_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
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
  const value: PutBucketLifecycleInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
