// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkAclExclusive } from "../components/acl-exclusive.js";
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { checkGrantFullControl, type GrantFullControlParameter } from "../components/grant-full-control.js";
import { checkGrantReadAcp, type GrantReadAcpParameter } from "../components/grant-read-acp.js";
import { checkGrantRead, type GrantReadParameter } from "../components/grant-read.js";
import { checkGrantWriteAcp, type GrantWriteAcpParameter } from "../components/grant-write-acp.js";
import { checkGrantWrite, type GrantWriteParameter } from "../components/grant-write.js";
import { checkObjectName, type ObjectNameParameter } from "../components/object-name.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { errorStatus } from "../error-codes.js";
import { readJsonDocument } from "../runtime/json-shapes.js";
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
  BUCKET_POLICY_JSON,
  GRANT_XML,
  isCannedAcl,
  OWNER_XML,
  type BucketPolicy,
  type CannedAcl,
  type Grant,
  type Owner,
} from "../types.js";

/** The input of DELETE Bucket policy. */
export interface DeleteBucketPolicyInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket policy. */
export interface DeleteBucketPolicyOutput {
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

/** The DELETE Bucket policy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_POLICY_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketPolicyInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket policy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketPolicyRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketPolicyInput> {
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
  const value: DeleteBucketPolicyInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket acl. */
export interface GetBucketAclInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket acl. */
export interface GetBucketAclOutput {
  /**
   * Indicates the owner of the bucket or object.
   *
   * XML: `<Owner>`.
   */
  owner: Owner;
  /**
   * Indicates the ACL. This element consists of Grant, Grantee, and Permission.
   *
   * XML: `<AccessControlList>` holding `<Grant>` elements.
   */
  grants: Grant[];
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

/** How the GET Bucket acl response body is written and read. */
export const GET_BUCKET_ACL_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketAclOutput, "owner" | "grants">> = {
  root: "AccessControlPolicy",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "owner", xml: "Owner", required: true, shape: OWNER_XML },
    {
      member: "grants",
      xml: "AccessControlList",
      required: true,
      list: { item: "Grant", wrapped: true, maxItems: 100 },
      shape: GRANT_XML,
    },
  ],
};
/** The GET Bucket acl input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_ACL_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketAclInput> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket acl request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketAclRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketAclInput> {
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
  const value: GetBucketAclInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket policy. */
export interface GetBucketPolicyInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket policy. */
export interface GetBucketPolicyOutput {
  /**
   * A bucket policy: statements, each allowing or denying actions (s3:GetObject, s3:*) on resources (arn:aws:s3:::bucket, arn:aws:s3:::bucket/prefix*) to principals (* or {"AWS": [...]}), under conditions.
   *
   * The response body: a JSON document.
   */
  policy: BucketPolicy;
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

/** The GET Bucket policy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_POLICY_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketPolicyInput> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket policy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketPolicyRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketPolicyInput> {
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
  const value: GetBucketPolicyInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Object acl. */
export interface GetObjectAclInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Indicates the version ID of the specified object.
   *
   * Query parameter: `versionId`.
   */
  versionId?: string | undefined;
}

/** The output of GET Object acl. */
export interface GetObjectAclOutput {
  /**
   * Indicates the owner of the bucket or object.
   *
   * XML: `<Owner>`.
   */
  owner: Owner;
  /**
   * Indicates the ACL. This element consists of Grant, Grantee, and Permission.
   *
   * XML: `<AccessControlList>` holding `<Grant>` elements.
   */
  grants: Grant[];
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
   * Indicates the version ID of the object whose ACL this is.
   *
   * Header: `x-amz-version-id`.
   */
  versionId?: string | undefined;
}

/** How the GET Object acl response body is written and read. */
export const GET_OBJECT_ACL_OUTPUT_XML: XmlDocumentShape<Pick<GetObjectAclOutput, "owner" | "grants">> = {
  root: "AccessControlPolicy",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "owner", xml: "Owner", required: true, shape: OWNER_XML },
    {
      member: "grants",
      xml: "AccessControlList",
      required: true,
      list: { item: "Grant", wrapped: true, maxItems: 100 },
      shape: GRANT_XML,
    },
  ],
};
/** The GET Object acl input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_OBJECT_ACL_SENSITIVE_MEMBERS: ReadonlySet<keyof GetObjectAclInput> = new Set(["securityToken"]);

/**
 * Validates a GET Object acl request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetObjectAclRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetObjectAclInput> {
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
  const value: GetObjectAclInput = {
    bucket,
    key,
  };
  if (versionId !== undefined) value.versionId = versionId;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket acl. */
export interface PutBucketAclInput
  extends
    BucketNameParameter,
    GrantReadParameter,
    GrantWriteParameter,
    GrantReadAcpParameter,
    GrantWriteAcpParameter,
    GrantFullControlParameter,
    SecurityTokenParameter {
  /**
   * A predefined access control policy (canned ACL) for the object, from the ACL page's Table 4. The values are case-sensitive. By default the policy is `private`.
   *
   * Header: `x-amz-acl`.
   */
  acl?: CannedAcl | undefined;
  /**
   * Indicates the owner of the bucket or object.
   *
   * XML: `<Owner>`.
   */
  owner?: Owner | undefined;
  /**
   * Indicates the ACL. This element consists of Grant, Grantee, and Permission.
   *
   * XML: `<AccessControlList>` holding `<Grant>` elements.
   */
  grants?: Grant[] | undefined;
}

/** The output of PUT Bucket acl. */
export interface PutBucketAclOutput {
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

/** How the PUT Bucket acl request body is read. */
export const PUT_BUCKET_ACL_INPUT_XML: XmlDocumentShape<Pick<PutBucketAclInput, "owner" | "grants">> = {
  root: "AccessControlPolicy",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "owner", xml: "Owner", required: true, shape: OWNER_XML },
    {
      member: "grants",
      xml: "AccessControlList",
      required: true,
      list: { item: "Grant", wrapped: true, maxItems: 100 },
      shape: GRANT_XML,
    },
  ],
};
/** The PUT Bucket acl input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_ACL_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketAclInput> = new Set(["securityToken"]);

/**
 * Validates a PUT Bucket acl request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketAclRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketAclInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const aclText = headers["x-amz-acl"];
  const grantRead = headers["x-amz-grant-read"];
  const grantWrite = headers["x-amz-grant-write"];
  const grantReadAcp = headers["x-amz-grant-read-acp"];
  const grantWriteAcp = headers["x-amz-grant-write-acp"];
  const grantFullControl = headers["x-amz-grant-full-control"];
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

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

  checkGrantRead(grantRead, fail);
  checkGrantWrite(grantWrite, fail);
  checkGrantReadAcp(grantReadAcp, fail);
  checkGrantWriteAcp(grantWriteAcp, fail);
  checkGrantFullControl(grantFullControl, fail);

  // Request body: <AccessControlPolicy>
  let payloadValue: Pick<PutBucketAclInput, "owner" | "grants"> | undefined;
  if (source.payload === undefined || source.payload === null) {
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_ACL_INPUT_XML,
      source.payload,
      "MalformedACLError",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  // Rules across headers, query parameters and body elements.
  // Specifying both a canned ACL and header grants is not allowed.
  checkAclExclusive(fail, aclText, grantRead, grantWrite, grantReadAcp, grantWriteAcp, grantFullControl);

  if (errors.length > 0 || bucket === undefined) return { ok: false, errors };
  const value: PutBucketAclInput = {
    bucket,
    ...payloadValue,
  };
  if (acl !== undefined) value.acl = acl;
  if (grantRead !== undefined) value.grantRead = grantRead;
  if (grantWrite !== undefined) value.grantWrite = grantWrite;
  if (grantReadAcp !== undefined) value.grantReadAcp = grantReadAcp;
  if (grantWriteAcp !== undefined) value.grantWriteAcp = grantWriteAcp;
  if (grantFullControl !== undefined) value.grantFullControl = grantFullControl;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket policy. */
export interface PutBucketPolicyInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * The policy, written in JSON.
   *
   * The request body: a JSON document, checked against its schema.
   */
  policy: BucketPolicy;
}

/** The output of PUT Bucket policy. */
export interface PutBucketPolicyOutput {
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

/** The PUT Bucket policy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_POLICY_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketPolicyInput> = new Set(["securityToken"]);

/**
 * Validates a PUT Bucket policy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketPolicyRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketPolicyInput> {
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

  // Request body: a JSON document
  let payloadValue: BucketPolicy | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedPolicy", 400, "body", "The request body is required.");
  } else {
    payloadValue = readJsonDocument(BUCKET_POLICY_JSON, source.payload, "MalformedPolicy", (code, target, message) =>
      fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined || payloadValue === undefined) return { ok: false, errors };
  const value: PutBucketPolicyInput = {
    bucket,
    policy: payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Object acl. */
export interface PutObjectAclInput
  extends
    BucketNameParameter,
    ObjectNameParameter,
    GrantReadParameter,
    GrantWriteParameter,
    GrantReadAcpParameter,
    GrantWriteAcpParameter,
    GrantFullControlParameter,
    SecurityTokenParameter {
  /**
   * Indicates the version ID of an object. The ACL of the object with the version ID specified by this parameter is modified.
   *
   * Query parameter: `versionId`.
   */
  versionId?: string | undefined;
  /**
   * A predefined access control policy (canned ACL) for the object, from the ACL page's Table 4. The values are case-sensitive. By default the policy is `private`.
   *
   * Header: `x-amz-acl`.
   */
  acl?: CannedAcl | undefined;
  /**
   * Indicates the owner of the bucket or object.
   *
   * XML: `<Owner>`.
   */
  owner?: Owner | undefined;
  /**
   * Indicates the ACL. This element consists of Grant, Grantee, and Permission.
   *
   * XML: `<AccessControlList>` holding `<Grant>` elements.
   */
  grants?: Grant[] | undefined;
}

/** The output of PUT Object acl. */
export interface PutObjectAclOutput {
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
   * Indicates the version ID of the object whose ACL this is.
   *
   * Header: `x-amz-version-id`.
   */
  versionId?: string | undefined;
}

/** How the PUT Object acl request body is read. */
export const PUT_OBJECT_ACL_INPUT_XML: XmlDocumentShape<Pick<PutObjectAclInput, "owner" | "grants">> = {
  root: "AccessControlPolicy",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "owner", xml: "Owner", required: true, shape: OWNER_XML },
    {
      member: "grants",
      xml: "AccessControlList",
      required: true,
      list: { item: "Grant", wrapped: true, maxItems: 100 },
      shape: GRANT_XML,
    },
  ],
};
/** The PUT Object acl input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_OBJECT_ACL_SENSITIVE_MEMBERS: ReadonlySet<keyof PutObjectAclInput> = new Set(["securityToken"]);

/**
 * Validates a PUT Object acl request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutObjectAclRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutObjectAclInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const aclText = headers["x-amz-acl"];
  const grantRead = headers["x-amz-grant-read"];
  const grantWrite = headers["x-amz-grant-write"];
  const grantReadAcp = headers["x-amz-grant-read-acp"];
  const grantWriteAcp = headers["x-amz-grant-write-acp"];
  const grantFullControl = headers["x-amz-grant-full-control"];
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // query: versionId
  const versionId = queryValue(source.query, "versionId");

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

  checkGrantRead(grantRead, fail);
  checkGrantWrite(grantWrite, fail);
  checkGrantReadAcp(grantReadAcp, fail);
  checkGrantWriteAcp(grantWriteAcp, fail);
  checkGrantFullControl(grantFullControl, fail);

  // Request body: <AccessControlPolicy>
  let payloadValue: Pick<PutObjectAclInput, "owner" | "grants"> | undefined;
  if (source.payload === undefined || source.payload === null) {
  } else {
    payloadValue = readXmlDocument(
      PUT_OBJECT_ACL_INPUT_XML,
      source.payload,
      "MalformedACLError",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  // Rules across headers, query parameters and body elements.
  // Specifying both a canned ACL and header grants is not allowed.
  checkAclExclusive(fail, aclText, grantRead, grantWrite, grantReadAcp, grantWriteAcp, grantFullControl);

  if (errors.length > 0 || bucket === undefined || key === undefined) return { ok: false, errors };
  const value: PutObjectAclInput = {
    bucket,
    key,
    ...payloadValue,
  };
  if (versionId !== undefined) value.versionId = versionId;
  if (acl !== undefined) value.acl = acl;
  if (grantRead !== undefined) value.grantRead = grantRead;
  if (grantWrite !== undefined) value.grantWrite = grantWrite;
  if (grantReadAcp !== undefined) value.grantReadAcp = grantReadAcp;
  if (grantWriteAcp !== undefined) value.grantWriteAcp = grantWriteAcp;
  if (grantFullControl !== undefined) value.grantFullControl = grantFullControl;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
