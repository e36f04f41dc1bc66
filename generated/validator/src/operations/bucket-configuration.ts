// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { checkContentMd5AnyOf } from "../components/content-md5-any-of.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { errorStatus } from "../error-codes.js";
import { codePointLength } from "../runtime/checks.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/request.js";
import { readXmlDocument, type XmlDocumentShape } from "../runtime/xml-shapes.js";
import {
  GET_BUCKET_TAGGING_TAG_XML,
  GRANT_XML,
  PUT_BUCKET_TAGGING_TAG_XML,
  REPLICATION_RULE_XML,
  ROUTING_RULE_XML,
  TOPIC_CONFIGURATION_XML,
  type GetBucketTaggingTag,
  type Grant,
  type PutBucketTaggingTag,
  type ReplicationRule,
  type RoutingRule,
  type StorageClass,
  type TopicConfiguration,
} from "../types.js";

/** The input of DELETE Bucket Custom Domain. */
export interface DeleteBucketCustomDomainInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Custom domain name of a bucket.
   *
   * Query parameter: `customdomain`.
   */
  domainName: string;
}

/** The output of DELETE Bucket Custom Domain. */
export interface DeleteBucketCustomDomainOutput {
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

/** The DELETE Bucket Custom Domain input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_CUSTOM_DOMAIN_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketCustomDomainInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket Custom Domain request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketCustomDomainRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketCustomDomainInput> {
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

  // query: customdomain
  const domainName = queryValue(source.query, "customdomain");
  if (domainName === undefined || domainName === "") {
    fail("InvalidArgument", 400, "customdomain", "customdomain is required.");
  } else {
    if (codePointLength(domainName) < 1) {
      fail("InvalidArgument", 400, "customdomain", "customdomain must be at least 1 characters long.");
    } else if (codePointLength(domainName) > 253) {
      fail("InvalidArgument", 400, "customdomain", "customdomain must be at most 253 characters long.");
    } else if (
      !/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u.test(domainName)
    ) {
      fail(
        "InvalidArgument",
        400,
        "customdomain",
        "customdomain must match ^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$.",
      );
    }
  }

  if (errors.length > 0 || bucket === undefined || domainName === undefined) return { ok: false, errors };
  const value: DeleteBucketCustomDomainInput = {
    bucket,
    domainName,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of DELETE Bucket Encryption. */
export interface DeleteBucketEncryptionInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket Encryption. */
export interface DeleteBucketEncryptionOutput {
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

/** The DELETE Bucket Encryption input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_ENCRYPTION_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketEncryptionInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket Encryption request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketEncryptionRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketEncryptionInput> {
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
  const value: DeleteBucketEncryptionInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of DELETE Bucket Replication. */
export interface DeleteBucketReplicationInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket Replication. */
export interface DeleteBucketReplicationOutput {
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

/** The DELETE Bucket Replication input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_REPLICATION_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketReplicationInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket Replication request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketReplicationRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketReplicationInput> {
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
  const value: DeleteBucketReplicationInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of DELETE Bucket tagging. */
export interface DeleteBucketTaggingInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket tagging. */
export interface DeleteBucketTaggingOutput {
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

/** The DELETE Bucket tagging input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_TAGGING_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketTaggingInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket tagging request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketTaggingRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketTaggingInput> {
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
  const value: DeleteBucketTaggingInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of DELETE Bucket website. */
export interface DeleteBucketWebsiteInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket website. */
export interface DeleteBucketWebsiteOutput {
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

/** The DELETE Bucket website input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_WEBSITE_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketWebsiteInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket website request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketWebsiteRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketWebsiteInput> {
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
  const value: DeleteBucketWebsiteInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket Custom Domain. */
export interface GetBucketCustomDomainInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket Custom Domain. */
export interface GetBucketCustomDomainOutput {
  /**
   * Element indicating the custom domain name.
   *
   * XML: repeated `<Domains>` elements.
   */
  domains: { domainName: string; createTime: Date }[];
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

/** How the GET Bucket Custom Domain response body is written and read. */
export const GET_BUCKET_CUSTOM_DOMAIN_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketCustomDomainOutput, "domains">> = {
  root: "ListBucketCustomDomainsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "domains",
      xml: "Domains",
      list: { item: "Domains", wrapped: false },
      shape: {
        kind: "structure",
        members: [
          { member: "domainName", xml: "DomainName", required: true, shape: { kind: "string" } },
          { member: "createTime", xml: "CreateTime", required: true, shape: { kind: "timestamp" } },
        ],
      },
    },
  ],
};
/** The GET Bucket Custom Domain input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_CUSTOM_DOMAIN_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketCustomDomainInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket Custom Domain request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketCustomDomainRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketCustomDomainInput> {
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
  const value: GetBucketCustomDomainInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket Encryption. */
export interface GetBucketEncryptionInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket Encryption. */
export interface GetBucketEncryptionOutput {
  /**
   * Sub-element of the default encryption configuration of a bucket.
   *
   * XML: `<Rule>`.
   */
  rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms"; kmsMasterKeyID?: string } };
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

/** How the GET Bucket Encryption response body is written and read. */
export const GET_BUCKET_ENCRYPTION_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketEncryptionOutput, "rule">> = {
  root: "ServerSideEncryptionConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "rule",
      xml: "Rule",
      required: true,
      shape: {
        kind: "structure",
        members: [
          {
            member: "applyServerSideEncryptionByDefault",
            xml: "ApplyServerSideEncryptionByDefault",
            required: true,
            shape: {
              kind: "structure",
              members: [
                {
                  member: "sseAlgorithm",
                  xml: "SSEAlgorithm",
                  required: true,
                  shape: { kind: "string", enum: ["aws:kms"] },
                },
                { member: "kmsMasterKeyID", xml: "KMSMasterKeyID", shape: { kind: "string" } },
              ],
            },
          },
        ],
      },
    },
  ],
};
/** The GET Bucket Encryption input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_ENCRYPTION_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketEncryptionInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket Encryption request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketEncryptionRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketEncryptionInput> {
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
  const value: GetBucketEncryptionInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket logging. */
export interface GetBucketLoggingInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket logging. */
export interface GetBucketLoggingOutput {
  /**
   * Indicates the container for logging information. This element is present when you are enabling logging (and not present when you are disabling logging).
   *
   * XML: `<LoggingEnabled>`.
   */
  loggingEnabled?: { targetBucket: string; targetPrefix: string; targetGrants: Grant[] } | undefined;
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

/** How the GET Bucket logging response body is written and read. */
export const GET_BUCKET_LOGGING_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketLoggingOutput, "loggingEnabled">> = {
  root: "BucketLoggingStatus",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "loggingEnabled",
      xml: "LoggingEnabled",
      shape: {
        kind: "structure",
        members: [
          { member: "targetBucket", xml: "TargetBucket", required: true, shape: { kind: "string" } },
          { member: "targetPrefix", xml: "TargetPrefix", required: true, shape: { kind: "string" } },
          { member: "targetGrants", xml: "TargetGrants", list: { item: "Grant", wrapped: true }, shape: GRANT_XML },
        ],
      },
    },
  ],
};
/** The GET Bucket logging input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_LOGGING_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketLoggingInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket logging request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketLoggingRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketLoggingInput> {
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
  const value: GetBucketLoggingInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket Notification. */
export interface GetBucketNotificationInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket Notification. */
export interface GetBucketNotificationOutput {
  /**
   * Container for configuring the event notification topic.
   *
   * XML: repeated `<TopicConfiguration>` elements.
   */
  topicConfigurations: TopicConfiguration[];
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

/** How the GET Bucket Notification response body is written and read. */
export const GET_BUCKET_NOTIFICATION_OUTPUT_XML: XmlDocumentShape<
  Pick<GetBucketNotificationOutput, "topicConfigurations">
> = {
  root: "NotificationConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "topicConfigurations",
      xml: "TopicConfiguration",
      list: { item: "TopicConfiguration", wrapped: false },
      shape: TOPIC_CONFIGURATION_XML,
    },
  ],
};
/** The GET Bucket Notification input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_NOTIFICATION_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketNotificationInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket Notification request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketNotificationRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketNotificationInput> {
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
  const value: GetBucketNotificationInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket quota. */
export interface GetBucketQuotaInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket quota. */
export interface GetBucketQuotaOutput {
  /**
   * Indicates the bucket quota, in bytes; 0 is no upper limit.
   *
   * XML: `<StorageQuota>`.
   */
  storageQuota: number;
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

/** How the GET Bucket quota response body is written and read. */
export const GET_BUCKET_QUOTA_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketQuotaOutput, "storageQuota">> = {
  root: "Quota",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "storageQuota",
      xml: "StorageQuota",
      required: true,
      shape: { kind: "integer", minimum: 0, maximum: 9007199254740991 },
    },
  ],
};
/** The GET Bucket quota input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_QUOTA_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketQuotaInput> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket quota request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketQuotaRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketQuotaInput> {
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
  const value: GetBucketQuotaInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket Replication. */
export interface GetBucketReplicationInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket Replication. */
export interface GetBucketReplicationOutput {
  /**
   * Name of the agency with a maximum length of 64 characters.
   *
   * XML: `<Agency>`.
   */
  agency: string;
  /**
   * Container of a specified replication rule.
   *
   * XML: repeated `<Rule>` elements.
   */
  rules: ReplicationRule[];
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

/** How the GET Bucket Replication response body is written and read. */
export const GET_BUCKET_REPLICATION_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketReplicationOutput, "agency" | "rules">> =
  {
    root: "ReplicationConfiguration",
    namespace: "http://obs.example.com/doc/2015-06-30/",
    kind: "structure",
    members: [
      { member: "agency", xml: "Agency", required: true, shape: { kind: "string", maxLength: 64 } },
      {
        member: "rules",
        xml: "Rule",
        required: true,
        list: { item: "Rule", wrapped: false, minItems: 1, maxItems: 100 },
        shape: REPLICATION_RULE_XML,
      },
    ],
  };
/** The GET Bucket Replication input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_REPLICATION_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketReplicationInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket Replication request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketReplicationRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketReplicationInput> {
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
  const value: GetBucketReplicationInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket request payment. */
export interface GetBucketRequestPaymentInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket request payment. */
export interface GetBucketRequestPaymentOutput {
  /**
   * Specifies who pays for accessing resources in the bucket: BucketOwner (the bucket owner pays all fees) or Requester (the requester pays for data transfer and API calls).
   *
   * XML: `<Payer>`.
   */
  payer: "BucketOwner" | "Requester";
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

/** How the GET Bucket request payment response body is written and read. */
export const GET_BUCKET_REQUEST_PAYMENT_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketRequestPaymentOutput, "payer">> = {
  root: "RequestPaymentConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "payer", xml: "Payer", required: true, shape: { kind: "string", enum: ["BucketOwner", "Requester"] } },
  ],
};
/** The GET Bucket request payment input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_REQUEST_PAYMENT_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketRequestPaymentInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket request payment request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketRequestPaymentRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketRequestPaymentInput> {
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
  const value: GetBucketRequestPaymentInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket storage. */
export interface GetBucketStorageInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket storage. */
export interface GetBucketStorageOutput {
  /**
   * The bytes of the bucket's objects.
   *
   * XML: `<Size>`.
   */
  size: number;
  /**
   * The number of objects in the bucket.
   *
   * XML: `<ObjectNumber>`.
   */
  objectNumber: number;
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

/** How the GET Bucket storage response body is written and read. */
export const GET_BUCKET_STORAGE_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketStorageOutput, "size" | "objectNumber">> = {
  root: "GetBucketStorageInfoResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "size", xml: "Size", required: true, shape: { kind: "integer", minimum: 0 } },
    { member: "objectNumber", xml: "ObjectNumber", required: true, shape: { kind: "integer", minimum: 0 } },
  ],
};
/** The GET Bucket storage input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_STORAGE_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketStorageInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket storage request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketStorageRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketStorageInput> {
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
  const value: GetBucketStorageInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket storage class. */
export interface GetBucketStorageClassInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket storage class. */
export interface GetBucketStorageClassOutput {
  /**
   * Indicates the default bucket storage class: STANDARD (OBS Standard), STANDARD_IA (OBS Warm) or GLACIER (OBS Cold), case-sensitive.
   *
   * XML: `<DefaultStorageClass>`.
   */
  defaultStorageClass: StorageClass;
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

/** How the GET Bucket storage class response body is written and read. */
export const GET_BUCKET_STORAGE_CLASS_OUTPUT_XML: XmlDocumentShape<
  Pick<GetBucketStorageClassOutput, "defaultStorageClass">
> = {
  root: "StoragePolicy",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "defaultStorageClass",
      xml: "DefaultStorageClass",
      required: true,
      shape: { kind: "string", enum: ["STANDARD", "STANDARD_IA", "GLACIER"] },
    },
  ],
};
/** The GET Bucket storage class input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_STORAGE_CLASS_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketStorageClassInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket storage class request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketStorageClassRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketStorageClassInput> {
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
  const value: GetBucketStorageClassInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket tagging. */
export interface GetBucketTaggingInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket tagging. */
export interface GetBucketTaggingOutput {
  /**
   * Container for a set of tags (at most 20 per bucket)
   *
   * XML: `<TagSet>` holding `<Tag>` elements.
   */
  tagSet: GetBucketTaggingTag[];
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

/** How the GET Bucket tagging response body is written and read. */
export const GET_BUCKET_TAGGING_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketTaggingOutput, "tagSet">> = {
  root: "Tagging",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "tagSet",
      xml: "TagSet",
      required: true,
      list: { item: "Tag", wrapped: true },
      shape: GET_BUCKET_TAGGING_TAG_XML,
    },
  ],
};
/** The GET Bucket tagging input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_TAGGING_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketTaggingInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket tagging request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketTaggingRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketTaggingInput> {
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
  const value: GetBucketTaggingInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket versioning. */
export interface GetBucketVersioningInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket versioning. */
export interface GetBucketVersioningOutput {
  /**
   * Specifies the versioning state of the bucket: Enabled or Suspended (absent when never set).
   *
   * XML: `<Status>`.
   */
  status?: string | undefined;
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

/** How the GET Bucket versioning response body is written and read. */
export const GET_BUCKET_VERSIONING_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketVersioningOutput, "status">> = {
  root: "VersioningConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [{ member: "status", xml: "Status", shape: { kind: "string" } }],
};
/** The GET Bucket versioning input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_VERSIONING_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketVersioningInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket versioning request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketVersioningRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketVersioningInput> {
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
  const value: GetBucketVersioningInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket website. */
export interface GetBucketWebsiteInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket website. */
export interface GetBucketWebsiteOutput {
  /**
   * Describes the redirection behavior for every request to this bucket's website endpoint. If this element is present, no other siblings are allowed.
   *
   * XML: `<RedirectAllRequestsTo>`.
   */
  redirectAllRequestsTo?: { hostName: string; protocol?: "http" | "https" } | undefined;
  /**
   * Indicates the container for the Suffix element.
   *
   * XML: `<IndexDocument>`.
   */
  indexDocument?: { suffix: string } | undefined;
  /**
   * Indicates the container for the Key element.
   *
   * XML: `<ErrorDocument>`.
   */
  errorDocument?: { key: string } | undefined;
  /**
   * Indicates the container for the RoutingRule element.
   *
   * XML: `<RoutingRules>` holding `<RoutingRule>` elements.
   */
  routingRules: RoutingRule[];
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

/** How the GET Bucket website response body is written and read. */
export const GET_BUCKET_WEBSITE_OUTPUT_XML: XmlDocumentShape<
  Pick<GetBucketWebsiteOutput, "redirectAllRequestsTo" | "indexDocument" | "errorDocument" | "routingRules">
> = {
  root: "WebsiteConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "redirectAllRequestsTo",
      xml: "RedirectAllRequestsTo",
      shape: {
        kind: "structure",
        members: [
          { member: "hostName", xml: "HostName", required: true, shape: { kind: "string" } },
          { member: "protocol", xml: "Protocol", shape: { kind: "string", enum: ["http", "https"] } },
        ],
      },
    },
    {
      member: "indexDocument",
      xml: "IndexDocument",
      shape: {
        kind: "structure",
        members: [{ member: "suffix", xml: "Suffix", required: true, shape: { kind: "string", pattern: "^[^/]+$" } }],
      },
    },
    {
      member: "errorDocument",
      xml: "ErrorDocument",
      shape: { kind: "structure", members: [{ member: "key", xml: "Key", required: true, shape: { kind: "string" } }] },
    },
    {
      member: "routingRules",
      xml: "RoutingRules",
      list: { item: "RoutingRule", wrapped: true },
      shape: ROUTING_RULE_XML,
    },
  ],
};
/** The GET Bucket website input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_WEBSITE_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketWebsiteInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket website request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketWebsiteRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketWebsiteInput> {
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
  const value: GetBucketWebsiteInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket Custom Domain. */
export interface PutBucketCustomDomainInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Custom domain name of a bucket.
   *
   * Query parameter: `customdomain`.
   */
  domainName: string;
}

/** The output of PUT Bucket Custom Domain. */
export interface PutBucketCustomDomainOutput {
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

/** The PUT Bucket Custom Domain input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_CUSTOM_DOMAIN_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketCustomDomainInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket Custom Domain request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketCustomDomainRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketCustomDomainInput> {
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

  // query: customdomain
  const domainName = queryValue(source.query, "customdomain");
  if (domainName === undefined || domainName === "") {
    fail("InvalidArgument", 400, "customdomain", "customdomain is required.");
  } else {
    if (codePointLength(domainName) < 1) {
      fail("InvalidArgument", 400, "customdomain", "customdomain must be at least 1 characters long.");
    } else if (codePointLength(domainName) > 253) {
      fail("InvalidArgument", 400, "customdomain", "customdomain must be at most 253 characters long.");
    } else if (
      !/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u.test(domainName)
    ) {
      fail(
        "InvalidArgument",
        400,
        "customdomain",
        "customdomain must match ^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$.",
      );
    }
  }

  if (errors.length > 0 || bucket === undefined || domainName === undefined) return { ok: false, errors };
  const value: PutBucketCustomDomainInput = {
    bucket,
    domainName,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket Encryption. */
export interface PutBucketEncryptionInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Sub-element of the default encryption configuration of a bucket.
   *
   * XML: `<Rule>`.
   */
  rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms"; kmsMasterKeyID?: string } };
}

/** The output of PUT Bucket Encryption. */
export interface PutBucketEncryptionOutput {
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

/** How the PUT Bucket Encryption request body is read. */
export const PUT_BUCKET_ENCRYPTION_INPUT_XML: XmlDocumentShape<Pick<PutBucketEncryptionInput, "rule">> = {
  root: "ServerSideEncryptionConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "rule",
      xml: "Rule",
      required: true,
      shape: {
        kind: "structure",
        members: [
          {
            member: "applyServerSideEncryptionByDefault",
            xml: "ApplyServerSideEncryptionByDefault",
            required: true,
            shape: {
              kind: "structure",
              members: [
                {
                  member: "sseAlgorithm",
                  xml: "SSEAlgorithm",
                  required: true,
                  shape: { kind: "string", enum: ["aws:kms"] },
                },
                { member: "kmsMasterKeyID", xml: "KMSMasterKeyID", shape: { kind: "string" } },
              ],
            },
          },
        ],
      },
    },
  ],
};
/** The PUT Bucket Encryption input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_ENCRYPTION_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketEncryptionInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket Encryption request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketEncryptionRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketEncryptionInput> {
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

  // Request body: <ServerSideEncryptionConfiguration>
  let payloadValue: Pick<PutBucketEncryptionInput, "rule"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_ENCRYPTION_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketEncryptionInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket logging. */
export interface PutBucketLoggingInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the container for logging information. This element is present when you are enabling logging (and not present when you are disabling logging).
   *
   * XML: `<LoggingEnabled>`.
   */
  loggingEnabled?: { targetBucket: string; targetPrefix: string; targetGrants: Grant[] } | undefined;
}

/** The output of PUT Bucket logging. */
export interface PutBucketLoggingOutput {
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

/** How the PUT Bucket logging request body is read. */
export const PUT_BUCKET_LOGGING_INPUT_XML: XmlDocumentShape<Pick<PutBucketLoggingInput, "loggingEnabled">> = {
  root: "BucketLoggingStatus",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "loggingEnabled",
      xml: "LoggingEnabled",
      shape: {
        kind: "structure",
        members: [
          { member: "targetBucket", xml: "TargetBucket", required: true, shape: { kind: "string" } },
          { member: "targetPrefix", xml: "TargetPrefix", required: true, shape: { kind: "string" } },
          { member: "targetGrants", xml: "TargetGrants", list: { item: "Grant", wrapped: true }, shape: GRANT_XML },
        ],
      },
    },
  ],
};
/** The PUT Bucket logging input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_LOGGING_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketLoggingInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket logging request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketLoggingRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketLoggingInput> {
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

  // Request body: <BucketLoggingStatus>
  let payloadValue: Pick<PutBucketLoggingInput, "loggingEnabled"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_LOGGING_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketLoggingInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket Notification. */
export interface PutBucketNotificationInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Container for configuring the event notification topic.
   *
   * XML: repeated `<TopicConfiguration>` elements.
   */
  topicConfigurations?: TopicConfiguration[] | undefined;
}

/** The output of PUT Bucket Notification. */
export interface PutBucketNotificationOutput {
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

/** How the PUT Bucket Notification request body is read. */
export const PUT_BUCKET_NOTIFICATION_INPUT_XML: XmlDocumentShape<
  Pick<PutBucketNotificationInput, "topicConfigurations">
> = {
  root: "NotificationConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "topicConfigurations",
      xml: "TopicConfiguration",
      list: { item: "TopicConfiguration", wrapped: false },
      shape: TOPIC_CONFIGURATION_XML,
    },
  ],
};
/** The PUT Bucket Notification input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_NOTIFICATION_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketNotificationInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket Notification request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketNotificationRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketNotificationInput> {
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

  // Request body: <NotificationConfiguration>
  let payloadValue: Pick<PutBucketNotificationInput, "topicConfigurations"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_NOTIFICATION_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketNotificationInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket quota. */
export interface PutBucketQuotaInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the bucket quota, in bytes; 0 is no upper limit.
   *
   * XML: `<StorageQuota>`.
   */
  storageQuota: number;
}

/** The output of PUT Bucket quota. */
export interface PutBucketQuotaOutput {
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

/** How the PUT Bucket quota request body is read. */
export const PUT_BUCKET_QUOTA_INPUT_XML: XmlDocumentShape<Pick<PutBucketQuotaInput, "storageQuota">> = {
  root: "Quota",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "storageQuota",
      xml: "StorageQuota",
      required: true,
      shape: { kind: "integer", minimum: 0, maximum: 9007199254740991 },
    },
  ],
};
/** The PUT Bucket quota input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_QUOTA_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketQuotaInput> = new Set(["securityToken"]);

/**
 * Validates a PUT Bucket quota request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketQuotaRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketQuotaInput> {
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

  // Request body: <Quota>
  let payloadValue: Pick<PutBucketQuotaInput, "storageQuota"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedQuotaError", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_QUOTA_INPUT_XML,
      source.payload,
      "MalformedQuotaError",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketQuotaInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket Replication. */
export interface PutBucketReplicationInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Name of the agency with a maximum length of 64 characters.
   *
   * XML: `<Agency>`.
   */
  agency: string;
  /**
   * Container of a specified replication rule.
   *
   * XML: repeated `<Rule>` elements.
   */
  rules: ReplicationRule[];
}

/** The output of PUT Bucket Replication. */
export interface PutBucketReplicationOutput {
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

/** How the PUT Bucket Replication request body is read. */
export const PUT_BUCKET_REPLICATION_INPUT_XML: XmlDocumentShape<Pick<PutBucketReplicationInput, "agency" | "rules">> = {
  root: "ReplicationConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "agency", xml: "Agency", required: true, shape: { kind: "string", maxLength: 64 } },
    {
      member: "rules",
      xml: "Rule",
      required: true,
      list: { item: "Rule", wrapped: false, minItems: 1, maxItems: 100 },
      shape: REPLICATION_RULE_XML,
    },
  ],
};
/** The PUT Bucket Replication input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_REPLICATION_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketReplicationInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket Replication request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketReplicationRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketReplicationInput> {
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

  // Request body: <ReplicationConfiguration>
  let payloadValue: Pick<PutBucketReplicationInput, "agency" | "rules"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_REPLICATION_INPUT_XML,
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
  const value: PutBucketReplicationInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket request payment. */
export interface PutBucketRequestPaymentInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Specifies who pays for accessing resources in the bucket: BucketOwner (the bucket owner pays all fees) or Requester (the requester pays for data transfer and API calls).
   *
   * XML: `<Payer>`.
   */
  payer: "BucketOwner" | "Requester";
}

/** The output of PUT Bucket request payment. */
export interface PutBucketRequestPaymentOutput {
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

/** How the PUT Bucket request payment request body is read. */
export const PUT_BUCKET_REQUEST_PAYMENT_INPUT_XML: XmlDocumentShape<Pick<PutBucketRequestPaymentInput, "payer">> = {
  root: "RequestPaymentConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "payer", xml: "Payer", required: true, shape: { kind: "string", enum: ["BucketOwner", "Requester"] } },
  ],
};
/** The PUT Bucket request payment input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_REQUEST_PAYMENT_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketRequestPaymentInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket request payment request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketRequestPaymentRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketRequestPaymentInput> {
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

  // Request body: <RequestPaymentConfiguration>
  let payloadValue: Pick<PutBucketRequestPaymentInput, "payer"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_REQUEST_PAYMENT_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketRequestPaymentInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket storage class. */
export interface PutBucketStorageClassInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the default bucket storage class: STANDARD (OBS Standard), STANDARD_IA (OBS Warm) or GLACIER (OBS Cold), case-sensitive.
   *
   * XML: `<DefaultStorageClass>`.
   */
  defaultStorageClass: StorageClass;
}

/** The output of PUT Bucket storage class. */
export interface PutBucketStorageClassOutput {
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

/** How the PUT Bucket storage class request body is read. */
export const PUT_BUCKET_STORAGE_CLASS_INPUT_XML: XmlDocumentShape<
  Pick<PutBucketStorageClassInput, "defaultStorageClass">
> = {
  root: "StoragePolicy",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "defaultStorageClass",
      xml: "DefaultStorageClass",
      required: true,
      shape: { kind: "string", enum: ["STANDARD", "STANDARD_IA", "GLACIER"] },
    },
  ],
};
/** The PUT Bucket storage class input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_STORAGE_CLASS_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketStorageClassInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket storage class request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketStorageClassRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketStorageClassInput> {
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

  // Request body: <StoragePolicy>
  let payloadValue: Pick<PutBucketStorageClassInput, "defaultStorageClass"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_STORAGE_CLASS_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketStorageClassInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket tagging. */
export interface PutBucketTaggingInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Container for a set of tags (at most 20 per bucket)
   *
   * XML: `<TagSet>` holding `<Tag>` elements.
   */
  tagSet: PutBucketTaggingTag[];
}

/** The output of PUT Bucket tagging. */
export interface PutBucketTaggingOutput {
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

/** How the PUT Bucket tagging request body is read. */
export const PUT_BUCKET_TAGGING_INPUT_XML: XmlDocumentShape<Pick<PutBucketTaggingInput, "tagSet">> = {
  root: "Tagging",
  kind: "structure",
  members: [
    {
      member: "tagSet",
      xml: "TagSet",
      required: true,
      list: { item: "Tag", wrapped: true, maxItems: 20 },
      shape: PUT_BUCKET_TAGGING_TAG_XML,
    },
  ],
};
/** The PUT Bucket tagging input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_TAGGING_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketTaggingInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket tagging request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketTaggingRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketTaggingInput> {
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

  // Request body: <Tagging>
  let payloadValue: Pick<PutBucketTaggingInput, "tagSet"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_TAGGING_INPUT_XML,
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
  const value: PutBucketTaggingInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket versioning. */
export interface PutBucketVersioningInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Specifies the versioning state of the bucket.
   *
   * XML: `<Status>`.
   */
  status: "Enabled" | "Suspended";
}

/** The output of PUT Bucket versioning. */
export interface PutBucketVersioningOutput {
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

/** How the PUT Bucket versioning request body is read. */
export const PUT_BUCKET_VERSIONING_INPUT_XML: XmlDocumentShape<Pick<PutBucketVersioningInput, "status">> = {
  root: "VersioningConfiguration",
  kind: "structure",
  members: [
    { member: "status", xml: "Status", required: true, shape: { kind: "string", enum: ["Enabled", "Suspended"] } },
  ],
};
/** The PUT Bucket versioning input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_VERSIONING_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketVersioningInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket versioning request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketVersioningRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketVersioningInput> {
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

  // Request body: <VersioningConfiguration>
  let payloadValue: Pick<PutBucketVersioningInput, "status"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_VERSIONING_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketVersioningInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket website. */
export interface PutBucketWebsiteInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Describes the redirection behavior for every request to this bucket's website endpoint. If this element is present, no other siblings are allowed.
   *
   * XML: `<RedirectAllRequestsTo>`.
   */
  redirectAllRequestsTo?: { hostName: string; protocol?: "http" | "https" } | undefined;
  /**
   * Indicates the container for the Suffix element.
   *
   * XML: `<IndexDocument>`.
   */
  indexDocument?: { suffix: string } | undefined;
  /**
   * Indicates the container for the Key element.
   *
   * XML: `<ErrorDocument>`.
   */
  errorDocument?: { key: string } | undefined;
  /**
   * Indicates the container for the RoutingRule element.
   *
   * XML: `<RoutingRules>` holding `<RoutingRule>` elements.
   */
  routingRules?: RoutingRule[] | undefined;
}

/** The output of PUT Bucket website. */
export interface PutBucketWebsiteOutput {
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

/** How the PUT Bucket website request body is read. */
export const PUT_BUCKET_WEBSITE_INPUT_XML: XmlDocumentShape<
  Pick<PutBucketWebsiteInput, "redirectAllRequestsTo" | "indexDocument" | "errorDocument" | "routingRules">
> = {
  root: "WebsiteConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "redirectAllRequestsTo",
      xml: "RedirectAllRequestsTo",
      shape: {
        kind: "structure",
        members: [
          { member: "hostName", xml: "HostName", required: true, shape: { kind: "string" } },
          { member: "protocol", xml: "Protocol", shape: { kind: "string", enum: ["http", "https"] } },
        ],
      },
    },
    {
      member: "indexDocument",
      xml: "IndexDocument",
      shape: {
        kind: "structure",
        members: [{ member: "suffix", xml: "Suffix", required: true, shape: { kind: "string", pattern: "^[^/]+$" } }],
      },
    },
    {
      member: "errorDocument",
      xml: "ErrorDocument",
      shape: { kind: "structure", members: [{ member: "key", xml: "Key", required: true, shape: { kind: "string" } }] },
    },
    {
      member: "routingRules",
      xml: "RoutingRules",
      list: { item: "RoutingRule", wrapped: true },
      shape: ROUTING_RULE_XML,
    },
  ],
};
/** The PUT Bucket website input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_WEBSITE_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketWebsiteInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket website request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketWebsiteRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketWebsiteInput> {
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

  // Request body: <WebsiteConfiguration>
  let payloadValue:
    | Pick<PutBucketWebsiteInput, "redirectAllRequestsTo" | "indexDocument" | "errorDocument" | "routingRules">
    | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_WEBSITE_INPUT_XML,
      source.payload,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketWebsiteInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
