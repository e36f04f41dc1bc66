// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { errorStatus } from "../error-codes.js";
import { isOneOf, parseBooleanText } from "../runtime/checks.js";
import {
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/request.js";
import { readXmlDocument, type XmlDocumentShape } from "../runtime/xml-shapes.js";
import {
  BUCKET_XML,
  isCannedAcl,
  isStorageClass,
  OWNER_XML,
  type Bucket,
  type CannedAcl,
  type Owner,
  type StorageClass,
} from "../types.js";

/** The input of DELETE Bucket. */
export interface DeleteBucketInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket. */
export interface DeleteBucketOutput {
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

/** The DELETE Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketInput> = new Set(["securityToken"]);

/**
 * Validates a DELETE Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketInput> {
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
  const value: DeleteBucketInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket location. */
export interface GetBucketLocationInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket location. */
export interface GetBucketLocationOutput {
  /**
   * Indicates information about a bucket's Region.
   *
   * XML: the text of `<LocationConstraint>`.
   */
  locationConstraint: string;
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

/** How the GET Bucket location response body is written and read. */
export const GET_BUCKET_LOCATION_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketLocationOutput, "locationConstraint">> = {
  root: "LocationConstraint",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  text: { member: "locationConstraint" },
  kind: "structure",
  members: [],
};
/** The GET Bucket location input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_LOCATION_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketLocationInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket location request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketLocationRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketLocationInput> {
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
  const value: GetBucketLocationInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of HEAD Bucket. */
export interface HeadBucketInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of HEAD Bucket. */
export interface HeadBucketOutput {
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
  /**
   * Indicates the default storage class of the current bucket. There are three storage classes: STANDARD (OBS Standard), STANDARD_IA (OBS Warm), and GLACIER (OBS Cold).
   *
   * Header: `x-default-storage-class`.
   */
  defaultStorageClass?: string | undefined;
}

/** The HEAD Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const HEAD_BUCKET_SENSITIVE_MEMBERS: ReadonlySet<keyof HeadBucketInput> = new Set(["securityToken"]);

/**
 * Validates a HEAD Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateHeadBucketRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<HeadBucketInput> {
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
  const value: HeadBucketInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of List Buckets. */
export interface ListBucketsInput extends SecurityTokenParameter {}

/** The output of List Buckets. */
export interface ListBucketsOutput {
  /**
   * Indicates the user information such as the user ID and user name or domain ID and domain name.
   *
   * XML: `<Owner>`.
   */
  owner: Owner;
  /**
   * Indicates the buckets that a user owns.
   *
   * XML: `<Buckets>` holding `<Bucket>` elements.
   */
  buckets: Bucket[];
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

/** How the List Buckets response body is written and read. */
export const LIST_BUCKETS_OUTPUT_XML: XmlDocumentShape<Pick<ListBucketsOutput, "owner" | "buckets">> = {
  root: "ListAllMyBucketsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "owner", xml: "Owner", required: true, shape: OWNER_XML },
    { member: "buckets", xml: "Buckets", list: { item: "Bucket", wrapped: true }, shape: BUCKET_XML },
  ],
};
/** The List Buckets input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_BUCKETS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListBucketsInput> = new Set(["securityToken"]);

/**
 * Validates a List Buckets request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListBucketsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListBucketsInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const securityToken = headers["x-amz-security-token"];

  if (errors.length > 0) return { ok: false, errors };
  const value: ListBucketsInput = {};
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket. */
export interface PutBucketInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the ACL of a bucket. Possible values are private, public-read, public-read-write, authenticated-read, bucket-owner-read, and bucket-owner-full-control. For details, see Table 4 (the ACL page; log-delivery-write is accepted too).
   *
   * Header: `x-amz-acl`.
   */
  acl?: CannedAcl | undefined;
  /**
   * When creating a bucket, you can add this header in the request to set the bucket's default storage class, which can be STANDARD (OBS Standard), STANDARD_IA (OBS Warm), and GLACIER (OBS Cold). If this header is not specified in the request, the storage class of the bucket created is OBS Standard.
   *
   * Header: `x-default-storage-class`.
   */
  defaultStorageClass?: StorageClass | undefined;
  /**
   * When creating a bucket, you can use this header to enable WORM for the bucket.
   *
   * Header: `x-amz-bucket-object-lock-enabled`.
   */
  objectLockEnabled?: boolean | undefined;
  /**
   * You can add this header to specify what type of bucket you will create. You can choose to create a bucket or a parallel file system. OBJECT: a bucket; POSIX: a parallel file system. If the header is specified, the value must be manually entered. There is no default value. If the header is not specified, OBJECT is used by default.
   *
   * Header: `x-amz-bucket-type`.
   */
  bucketType?: "OBJECT" | "POSIX" | undefined;
  /**
   * Indicates the Region where a bucket will be created. This element is contained in CreateBucketConfiguration.
   *
   * XML: `<LocationConstraint>`.
   */
  locationConstraint?: string | undefined;
}

/** The output of PUT Bucket. */
export interface PutBucketOutput {
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
   * The bucket's path, `/bucketname`.
   *
   * Header: `location`.
   */
  location?: string | undefined;
}

/** How the PUT Bucket request body is read. */
export const PUT_BUCKET_INPUT_XML: XmlDocumentShape<Pick<PutBucketInput, "locationConstraint">> = {
  root: "CreateBucketConfiguration",
  kind: "structure",
  members: [{ member: "locationConstraint", xml: "LocationConstraint", shape: { kind: "string" } }],
};
const PUT_BUCKET_BUCKET_TYPE_VALUES: ReadonlySet<"OBJECT" | "POSIX"> = new Set(["OBJECT", "POSIX"]);
/** The PUT Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketInput> = new Set(["securityToken"]);

/**
 * Validates a PUT Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const aclText = headers["x-amz-acl"];
  const defaultStorageClassText = headers["x-default-storage-class"];
  const objectLockEnabledText = headers["x-amz-bucket-object-lock-enabled"];
  const bucketTypeText = headers["x-amz-bucket-type"];
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

  // x-default-storage-class
  let defaultStorageClass: StorageClass | undefined;
  if (defaultStorageClassText !== undefined) {
    if (!isStorageClass(defaultStorageClassText)) {
      fail(
        "InvalidStorageClass",
        400,
        "x-default-storage-class",
        "x-default-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).",
      );
    } else {
      defaultStorageClass = defaultStorageClassText;
    }
  }

  // x-amz-bucket-object-lock-enabled
  let objectLockEnabled: boolean | undefined;
  if (objectLockEnabledText !== undefined) {
    objectLockEnabled = parseBooleanText(objectLockEnabledText);
    if (objectLockEnabled === undefined) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-bucket-object-lock-enabled",
        "x-amz-bucket-object-lock-enabled must be true or false.",
      );
    }
  }

  // x-amz-bucket-type
  let bucketType: "OBJECT" | "POSIX" | undefined;
  if (bucketTypeText !== undefined) {
    if (!isOneOf(PUT_BUCKET_BUCKET_TYPE_VALUES, bucketTypeText)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-bucket-type",
        "x-amz-bucket-type must be one of OBJECT, POSIX (case-sensitive).",
      );
    } else {
      bucketType = bucketTypeText;
    }
  }

  // Request body: <CreateBucketConfiguration>
  let payloadValue: Pick<PutBucketInput, "locationConstraint"> | undefined;
  if (source.payload === undefined || source.payload === null) {
  } else {
    payloadValue = readXmlDocument(PUT_BUCKET_INPUT_XML, source.payload, "MalformedXML", (code, target, message) =>
      fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0 || bucket === undefined) return { ok: false, errors };
  const value: PutBucketInput = {
    bucket,
    ...payloadValue,
  };
  if (acl !== undefined) value.acl = acl;
  if (defaultStorageClass !== undefined) value.defaultStorageClass = defaultStorageClass;
  if (objectLockEnabled !== undefined) value.objectLockEnabled = objectLockEnabled;
  if (bucketType !== undefined) value.bucketType = bucketType;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
