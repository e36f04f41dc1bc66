// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "../components/bucket-name.js";
import { checkContentMd5AnyOf } from "../components/content-md5-any-of.js";
import { checkObjectName, type ObjectNameParameter } from "../components/object-name.js";
import { type SecurityTokenParameter } from "../components/security-token.js";
import { errorStatus } from "../error-codes.js";
import { codePointLength, isOneOf } from "../runtime/checks.js";
import {
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "../runtime/request.js";
import { readXmlDocument, type XmlDocumentShape } from "../runtime/xml-shapes.js";
import { CORSRULE_XML, type CORSRule } from "../types.js";

/** The input of DELETE Bucket CORS. */
export interface DeleteBucketCorsInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of DELETE Bucket CORS. */
export interface DeleteBucketCorsOutput {
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

/** The DELETE Bucket CORS input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_BUCKET_CORS_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteBucketCorsInput> = new Set([
  "securityToken",
]);

/**
 * Validates a DELETE Bucket CORS request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteBucketCorsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteBucketCorsInput> {
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
  const value: DeleteBucketCorsInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of GET Bucket CORS. */
export interface GetBucketCorsInput extends BucketNameParameter, SecurityTokenParameter {}

/** The output of GET Bucket CORS. */
export interface GetBucketCorsOutput {
  /**
   * Indicates a CORS rule. CORSConfiguration can contain a maximum of 100 rules.
   *
   * XML: repeated `<CORSRule>` elements.
   */
  rules: CORSRule[];
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

/** How the GET Bucket CORS response body is written and read. */
export const GET_BUCKET_CORS_OUTPUT_XML: XmlDocumentShape<Pick<GetBucketCorsOutput, "rules">> = {
  root: "CORSConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "rules",
      xml: "CORSRule",
      required: true,
      list: { item: "CORSRule", wrapped: false, maxItems: 100 },
      shape: CORSRULE_XML,
    },
  ],
};
/** The GET Bucket CORS input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const GET_BUCKET_CORS_SENSITIVE_MEMBERS: ReadonlySet<keyof GetBucketCorsInput> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket CORS request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateGetBucketCorsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<GetBucketCorsInput> {
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
  const value: GetBucketCorsInput = {
    bucket,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of OPTIONS Bucket. */
export interface OptionsBucketInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates an origin specified by a pre-request. Generally, it is a domain name.
   *
   * Header: `origin`.
   */
  origin: string;
  /**
   * Indicates an HTTP method that can be used by a request. The request can use multiple method headers. Valid values: GET, PUT, HEAD, POST, and DELETE.
   *
   * Header: `access-control-request-method`.
   */
  requestMethod: "GET" | "PUT" | "HEAD" | "POST" | "DELETE";
  /**
   * Indicates the HTTP headers of a request. The request can use multiple HTTP headers (comma-separated, or the header repeated).
   *
   * Header: `access-control-request-headers`.
   */
  requestHeaders?: string | undefined;
}

/** The output of OPTIONS Bucket. */
export interface OptionsBucketOutput {
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
   * If the origin of a request meets server CORS configuration requirements, the response contains the origin.
   *
   * Header: `access-control-allow-origin`.
   */
  allowOrigin: string;
  /**
   * The methods of the matching rule, comma-separated.
   *
   * Header: `access-control-allow-methods`.
   */
  allowMethods: string;
  /**
   * If the headers of a request meet server CORS configuration requirements, the response contains the headers.
   *
   * Header: `access-control-allow-headers`.
   */
  allowHeaders?: string | undefined;
  /**
   * Indicates MaxAgeSeconds in the CORS configuration of a server.
   *
   * Header: `access-control-max-age`.
   */
  maxAge?: number | undefined;
  /**
   * Indicates ExposeHeader in the CORS configuration of a server.
   *
   * Header: `access-control-expose-headers`.
   */
  exposeHeaders?: string | undefined;
}

const OPTIONS_BUCKET_REQUEST_METHOD_VALUES: ReadonlySet<"GET" | "PUT" | "HEAD" | "POST" | "DELETE"> = new Set([
  "GET",
  "PUT",
  "HEAD",
  "POST",
  "DELETE",
]);
/** The OPTIONS Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const OPTIONS_BUCKET_SENSITIVE_MEMBERS: ReadonlySet<keyof OptionsBucketInput> = new Set(["securityToken"]);

/**
 * Validates an OPTIONS Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateOptionsBucketRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<OptionsBucketInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const origin = headers["origin"];
  const requestMethodText = headers["access-control-request-method"];
  const requestHeaders2 = headers["access-control-request-headers"];
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // origin
  if (origin === undefined || origin === "") {
    fail("InvalidArgument", 400, "origin", "origin is required.");
  } else {
    if (codePointLength(origin) < 1) {
      fail("InvalidArgument", 400, "origin", "origin must be at least 1 characters long.");
    }
  }

  // access-control-request-method
  let requestMethod: "GET" | "PUT" | "HEAD" | "POST" | "DELETE" | undefined;
  if (requestMethodText === undefined || requestMethodText === "") {
    fail("InvalidArgument", 400, "access-control-request-method", "access-control-request-method is required.");
  } else {
    if (!isOneOf(OPTIONS_BUCKET_REQUEST_METHOD_VALUES, requestMethodText)) {
      fail(
        "InvalidArgument",
        400,
        "access-control-request-method",
        "access-control-request-method must be one of GET, PUT, HEAD, POST, DELETE (case-sensitive).",
      );
    } else {
      requestMethod = requestMethodText;
    }
  }

  if (errors.length > 0 || bucket === undefined || origin === undefined || requestMethod === undefined)
    return { ok: false, errors };
  const value: OptionsBucketInput = {
    bucket,
    origin,
    requestMethod,
  };
  if (requestHeaders2 !== undefined) value.requestHeaders = requestHeaders2;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of OPTIONS Object. */
export interface OptionsObjectInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Indicates an origin specified by a pre-request. Generally, it is a domain name.
   *
   * Header: `origin`.
   */
  origin: string;
  /**
   * Indicates an HTTP method that can be used by a request. The request can use multiple method headers. Valid values: GET, PUT, HEAD, POST, and DELETE.
   *
   * Header: `access-control-request-method`.
   */
  requestMethod: "GET" | "PUT" | "HEAD" | "POST" | "DELETE";
  /**
   * Indicates the HTTP headers of a request. The request can use multiple HTTP headers (comma-separated, or the header repeated).
   *
   * Header: `access-control-request-headers`.
   */
  requestHeaders?: string | undefined;
}

/** The output of OPTIONS Object. */
export interface OptionsObjectOutput {
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
   * If the origin of a request meets server CORS configuration requirements, the response contains the origin.
   *
   * Header: `access-control-allow-origin`.
   */
  allowOrigin: string;
  /**
   * The methods of the matching rule, comma-separated.
   *
   * Header: `access-control-allow-methods`.
   */
  allowMethods: string;
  /**
   * If the headers of a request meet server CORS configuration requirements, the response contains the headers.
   *
   * Header: `access-control-allow-headers`.
   */
  allowHeaders?: string | undefined;
  /**
   * Indicates MaxAgeSeconds in the CORS configuration of a server.
   *
   * Header: `access-control-max-age`.
   */
  maxAge?: number | undefined;
  /**
   * Indicates ExposeHeader in the CORS configuration of a server.
   *
   * Header: `access-control-expose-headers`.
   */
  exposeHeaders?: string | undefined;
}

const OPTIONS_OBJECT_REQUEST_METHOD_VALUES: ReadonlySet<"GET" | "PUT" | "HEAD" | "POST" | "DELETE"> = new Set([
  "GET",
  "PUT",
  "HEAD",
  "POST",
  "DELETE",
]);
/** The OPTIONS Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const OPTIONS_OBJECT_SENSITIVE_MEMBERS: ReadonlySet<keyof OptionsObjectInput> = new Set(["securityToken"]);

/**
 * Validates an OPTIONS Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateOptionsObjectRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<OptionsObjectInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers by lowercase name, a repeated header's values joined with commas.
  const headers = requestHeaders(source, options);
  const origin = headers["origin"];
  const requestMethodText = headers["access-control-request-method"];
  const requestHeaders2 = headers["access-control-request-headers"];
  const securityToken = headers["x-amz-security-token"];

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  checkBucketName(bucket, fail);

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  checkObjectName(key, fail);

  // origin
  if (origin === undefined || origin === "") {
    fail("InvalidArgument", 400, "origin", "origin is required.");
  } else {
    if (codePointLength(origin) < 1) {
      fail("InvalidArgument", 400, "origin", "origin must be at least 1 characters long.");
    }
  }

  // access-control-request-method
  let requestMethod: "GET" | "PUT" | "HEAD" | "POST" | "DELETE" | undefined;
  if (requestMethodText === undefined || requestMethodText === "") {
    fail("InvalidArgument", 400, "access-control-request-method", "access-control-request-method is required.");
  } else {
    if (!isOneOf(OPTIONS_OBJECT_REQUEST_METHOD_VALUES, requestMethodText)) {
      fail(
        "InvalidArgument",
        400,
        "access-control-request-method",
        "access-control-request-method must be one of GET, PUT, HEAD, POST, DELETE (case-sensitive).",
      );
    } else {
      requestMethod = requestMethodText;
    }
  }

  if (
    errors.length > 0 ||
    bucket === undefined ||
    key === undefined ||
    origin === undefined ||
    requestMethod === undefined
  )
    return { ok: false, errors };
  const value: OptionsObjectInput = {
    bucket,
    key,
    origin,
    requestMethod,
  };
  if (requestHeaders2 !== undefined) value.requestHeaders = requestHeaders2;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}

/** The input of PUT Bucket CORS. */
export interface PutBucketCorsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates a CORS rule. CORSConfiguration can contain a maximum of 100 rules.
   *
   * XML: repeated `<CORSRule>` elements.
   */
  rules: CORSRule[];
}

/** The output of PUT Bucket CORS. */
export interface PutBucketCorsOutput {
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

/** How the PUT Bucket CORS request body is read. */
export const PUT_BUCKET_CORS_INPUT_XML: XmlDocumentShape<Pick<PutBucketCorsInput, "rules">> = {
  root: "CORSConfiguration",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    {
      member: "rules",
      xml: "CORSRule",
      required: true,
      list: { item: "CORSRule", wrapped: false, maxItems: 100 },
      shape: CORSRULE_XML,
    },
  ],
};
/** The PUT Bucket CORS input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_CORS_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketCorsInput> = new Set(["securityToken"]);

/**
 * Validates a PUT Bucket CORS request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketCorsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketCorsInput> {
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

  // Request body: <CORSConfiguration>
  let payloadValue: Pick<PutBucketCorsInput, "rules"> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(PUT_BUCKET_CORS_INPUT_XML, source.payload, "MalformedXML", (code, target, message) =>
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
  const value: PutBucketCorsInput = {
    bucket,
    ...payloadValue,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
