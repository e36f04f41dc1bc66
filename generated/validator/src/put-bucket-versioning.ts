// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { errorStatus } from "./error-codes.js";
import {
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { readXmlDocument, type XmlDocument, type XmlDocumentShape } from "./runtime/xml-shapes.js";

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
  let payloadValue: Record<string, unknown> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_VERSIONING_INPUT_XML,
      source.payload as XmlDocument,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: PutBucketVersioningInput = {
    bucket: bucket as string,
    ...(payloadValue as Pick<PutBucketVersioningInput, "status">),
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
