// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { checkObjectName, type ObjectNameParameter } from "../components/object-name.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { errorStatus } from "../error-codes.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/request.js";
import { readXmlDocument, type XmlDocumentShape } from "../runtime/xml-shapes.js";

/** The input of Obtaining the Default WORM Policy of a Bucket. */
export interface GetBucketObjectLockInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of Obtaining the Default WORM Policy of a Bucket. */
export interface GetBucketObjectLockOutput {
  /**
   * Indicates whether the bucket has WORM enabled. The value can only be Enabled.
   *
   * XML: `<ObjectLockEnabled>`.
   */
  objectLockEnabled?: "Enabled" | undefined;
  /**
   * Rule container for the default bucket-level WORM policy.
   *
   * XML: `<Rule>`.
   */
  rule?: { defaultRetention: { mode: "COMPLIANCE"; days?: number; years?: number } } | undefined;
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

/** How the Obtaining the Default WORM Policy of a Bucket response body is written and read. */
export const GET_BUCKET_OBJECT_LOCK_OUTPUT_XML: XmlDocumentShape<
  Pick<GetBucketObjectLockOutput, "objectLockEnabled" | "rule">
> = {
  root: "ObjectLockConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "objectLockEnabled", xml: "ObjectLockEnabled", shape: { kind: "string", enum: ["Enabled"] } },
    {
      member: "rule",
      xml: "Rule",
      shape: {
        kind: "structure",
        members: [
          {
            member: "defaultRetention",
            xml: "DefaultRetention",
            required: true,
            shape: {
              kind: "structure",
              members: [
                { member: "mode", xml: "Mode", required: true, shape: { kind: "string", enum: ["COMPLIANCE"] } },
                { member: "days", xml: "Days", shape: { kind: "integer", minimum: 0, maximum: 36500 } },
                { member: "years", xml: "Years", shape: { kind: "integer", minimum: 0, maximum: 100 } },
              ],
            },
          },
        ],
      },
    },
  ],
};
/** The Obtaining the Default WORM Policy of a Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_OBJECT_LOCK_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketObjectLockInput> = new Set([
  "securityToken",
]);

/**
 * Validates an Obtaining the Default WORM Policy of a Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketObjectLockRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketObjectLockInput> {
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
  const value: GetBucketObjectLockInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of Configuring a Default WORM Policy for a Bucket. */
export interface PutBucketObjectLockInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates whether the bucket has WORM enabled. The value can only be Enabled.
   *
   * XML: `<ObjectLockEnabled>`.
   */
  objectLockEnabled?: "Enabled" | undefined;
  /**
   * Rule container for the default bucket-level WORM policy.
   *
   * XML: `<Rule>`.
   */
  rule?: { defaultRetention: { mode: "COMPLIANCE"; days?: number; years?: number } } | undefined;
}

/** The output of Configuring a Default WORM Policy for a Bucket. */
export interface PutBucketObjectLockOutput {
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

/** How the Configuring a Default WORM Policy for a Bucket request body is read. */
export const PUT_BUCKET_OBJECT_LOCK_INPUT_XML: XmlDocumentShape<
  Pick<PutBucketObjectLockInput, "objectLockEnabled" | "rule">
> = {
  root: "ObjectLockConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "objectLockEnabled", xml: "ObjectLockEnabled", shape: { kind: "string", enum: ["Enabled"] } },
    {
      member: "rule",
      xml: "Rule",
      shape: {
        kind: "structure",
        members: [
          {
            member: "defaultRetention",
            xml: "DefaultRetention",
            required: true,
            shape: {
              kind: "structure",
              members: [
                { member: "mode", xml: "Mode", required: true, shape: { kind: "string", enum: ["COMPLIANCE"] } },
                { member: "days", xml: "Days", shape: { kind: "integer", minimum: 0, maximum: 36500 } },
                { member: "years", xml: "Years", shape: { kind: "integer", minimum: 0, maximum: 100 } },
              ],
            },
          },
        ],
      },
    },
  ],
};
/** The Configuring a Default WORM Policy for a Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_OBJECT_LOCK_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketObjectLockInput> = new Set([
  "securityToken",
]);

/**
 * Validates a Configuring a Default WORM Policy for a Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketObjectLockRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketObjectLockInput> {
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

  // Request body: <ObjectLockConfiguration>
  let payloadValue: Pick<PutBucketObjectLockInput, "objectLockEnabled" | "rule"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_OBJECT_LOCK_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketObjectLockInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of Configuring WORM Retention for an Object. */
export interface PutObjectRetentionInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * ID of the object version on which this operation will be performed. If this header is not carried, this operation applies to the current object version.
   *
   * Query parameter: `versionId`.
   */
  versionId?: string | undefined;
  /**
   * Protection mode for the object. It can only be set to COMPLIANCE now.
   *
   * XML: `<Mode>`.
   */
  mode: "COMPLIANCE";
  /**
   * Protection period for the object: a timestamp in milliseconds (1435728035000) or an ISO 8601 time with its time zone (2015-07-01T13:20:35Z). It must be later than the current time and can be extended but not shortened.
   *
   * XML: `<RetainUntilDate>`.
   */
  retainUntilDate: string;
}

/** The output of Configuring WORM Retention for an Object. */
export interface PutObjectRetentionOutput {
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

/** How the Configuring WORM Retention for an Object request body is read. */
export const PUT_OBJECT_RETENTION_INPUT_XML: XmlDocumentShape<
  Pick<PutObjectRetentionInput, "mode" | "retainUntilDate">
> = {
  root: "Retention",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "mode", xml: "Mode", required: true, shape: { kind: "string", enum: ["COMPLIANCE"] } },
    {
      member: "retainUntilDate",
      xml: "RetainUntilDate",
      required: true,
      shape: {
        kind: "string",
        pattern: "^(\\d{1,15}|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))$",
      },
    },
  ],
};
/** The Configuring WORM Retention for an Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_OBJECT_RETENTION_SENSITIVE_MEMBERS: ReadonlySet<keyof PutObjectRetentionInput> = new Set([
  "securityToken",
]);

/**
 * Validates a Configuring WORM Retention for an Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutObjectRetentionRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutObjectRetentionInput> {
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

  // Request body: <Retention>
  let payloadValue: Pick<PutObjectRetentionInput, "mode" | "retainUntilDate"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_OBJECT_RETENTION_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || key === undefined || payloadValue === undefined)
    return { ok: false, errors };
  const value: PutObjectRetentionInput = {
    bucket,
    key,
    ...payloadValue,
  };
  if (versionId !== undefined) value.versionId = versionId;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
