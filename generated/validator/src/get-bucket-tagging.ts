// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import {
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { GET_BUCKET_TAGGING_TAG_XML, type GetBucketTaggingTag } from "./types.js";

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

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: GetBucketTaggingInput = {
    bucket: bucket as string,
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
