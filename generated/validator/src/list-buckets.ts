// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type SecurityTokenParameter } from "./components/security-token.js";
import {
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { BUCKET_XML, OWNER_XML, type Bucket, type Owner } from "./types.js";

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
  // Every value was checked above; the casts narrow the values to their types.
  const value: ListBucketsInput = {};
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
