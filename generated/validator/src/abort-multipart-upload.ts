// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { checkUploadId, type UploadIdParameter } from "./components/upload-id.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";

/** The input of Abort Multipart Upload. */
export interface AbortMultipartUploadInput
  extends BucketNameParameter, ObjectNameParameter, UploadIdParameter, SecurityTokenParameter {}

/** The output of Abort Multipart Upload. */
export interface AbortMultipartUploadOutput {
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

/** The Abort Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const ABORT_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof AbortMultipartUploadInput> = new Set([
  "securityToken",
]);

/**
 * Validates an Abort Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateAbortMultipartUploadRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<AbortMultipartUploadInput> {
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

  // query: uploadId
  const uploadId = queryValue(source.query, "uploadId");
  checkUploadId(uploadId, fail);

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: AbortMultipartUploadInput = {
    bucket: bucket as string,
    key: key as string,
    uploadId: uploadId as string,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
