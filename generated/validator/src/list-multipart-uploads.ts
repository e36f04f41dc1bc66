// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { parseDecimalInteger } from "./runtime/checks.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import {
  LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML,
  UPLOAD_XML,
  type ListMultipartUploadsCommonPrefix,
  type Upload,
} from "./types.js";

/** The input of List Multipart Uploads. */
export interface ListMultipartUploadsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Character used to group object keys. All keys that contain the same string between prefix, if specified, and the first occurrence of the delimiter after prefix are grouped under a single result element CommonPrefixes.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Lists in-progress uploads only for those object keys that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Sets the maximum number (ranging from 1 to 1000) of multipart uploads to be returned in the response body. If the value is not in this range, 1000 is returned by default.
   *
   * Query parameter: `max-uploads`. Default: `1000`.
   */
  maxUploads?: number | undefined;
  /**
   * Indicates the multipart upload after which the listing begins.
   *
   * Query parameter: `key-marker`.
   */
  keyMarker?: string | undefined;
  /**
   * Indicates the multipart upload after which the listing begins. This parameter is used together with key-marker.
   *
   * Query parameter: `upload-id-marker`.
   */
  uploadIdMarker?: string | undefined;
}

/** The output of List Multipart Uploads. */
export interface ListMultipartUploadsOutput {
  /**
   * Name of the bucket to which the multipart upload was initiated
   *
   * XML: `<Bucket>`.
   */
  bucket: string;
  /**
   * Object keys at or after which the multipart upload listing begins
   *
   * XML: `<KeyMarker>`.
   */
  keyMarker?: string | undefined;
  /**
   * Upload ID after which the multipart upload listing begins
   *
   * XML: `<UploadIdMarker>`.
   */
  uploadIdMarker?: string | undefined;
  /**
   * Value of KeyMarker in a subsequent request after a multipart upload list is truncated
   *
   * XML: `<NextKeyMarker>`.
   */
  nextKeyMarker?: string | undefined;
  /**
   * Value of UploadMarker in a subsequent request after a multipart upload list is truncated
   *
   * XML: `<NextUploadIdMarker>`.
   */
  nextUploadIdMarker?: string | undefined;
  /**
   * Contains the delimiter specified in the request.
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * Contains the prefix specified in the request.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Maximum of multipart uploads to be returned in the response
   *
   * XML: `<MaxUploads>`.
   */
  maxUploads: number;
  /**
   * Indicates whether the returned list of multipart uploads is truncated. true indicates that the list was truncated and false indicates that the list was not truncated.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Container for elements related to a specific multipart upload
   *
   * XML: repeated `<Upload>` elements.
   */
  uploads: Upload[];
  /**
   * If you specify a delimiter in the request, the result returns each distinct key prefix containing the delimiter in a CommonPrefixes element.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListMultipartUploadsCommonPrefix[];
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

/** How the List Multipart Uploads response body is written and read. */
export const LIST_MULTIPART_UPLOADS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListMultipartUploadsOutput,
    | "bucket"
    | "keyMarker"
    | "uploadIdMarker"
    | "nextKeyMarker"
    | "nextUploadIdMarker"
    | "delimiter"
    | "prefix"
    | "maxUploads"
    | "isTruncated"
    | "uploads"
    | "commonPrefixes"
  >
> = {
  root: "ListMultipartUploadsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "keyMarker", xml: "KeyMarker", shape: { kind: "string" } },
    { member: "uploadIdMarker", xml: "UploadIdMarker", shape: { kind: "string" } },
    { member: "nextKeyMarker", xml: "NextKeyMarker", shape: { kind: "string" } },
    { member: "nextUploadIdMarker", xml: "NextUploadIdMarker", shape: { kind: "string" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
    { member: "maxUploads", xml: "MaxUploads", required: true, shape: { kind: "integer" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    { member: "uploads", xml: "Upload", list: { item: "Upload", wrapped: false }, shape: UPLOAD_XML },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML,
    },
  ],
};
/** The List Multipart Uploads input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_MULTIPART_UPLOADS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListMultipartUploadsInput> = new Set([
  "securityToken",
]);

/**
 * Validates a List Multipart Uploads request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListMultipartUploadsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListMultipartUploadsInput> {
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

  // query: delimiter
  const delimiter = queryValue(source.query, "delimiter");

  // query: prefix
  const prefix = queryValue(source.query, "prefix");

  // query: max-uploads
  const maxUploadsText = queryValue(source.query, "max-uploads");
  let maxUploads: number | undefined;
  if (maxUploadsText !== undefined) {
    maxUploads = parseDecimalInteger(maxUploadsText);
    if (maxUploads === undefined) {
      fail("InvalidArgument", 400, "max-uploads", "max-uploads must be an integer.");
    } else if (maxUploads < 0) {
      fail("InvalidArgument", 400, "max-uploads", "max-uploads must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxUploads === undefined || maxUploads < 1 || maxUploads > 1000) maxUploads = 1000;

  // query: key-marker
  const keyMarker = queryValue(source.query, "key-marker");

  // query: upload-id-marker
  const uploadIdMarker = queryValue(source.query, "upload-id-marker");

  // Rules across headers, query parameters and body elements.
  // upload-id-marker is only meaningful together with key-marker.
  if (uploadIdMarker !== undefined && keyMarker === undefined) {
    fail(
      "InvalidArgument",
      400,
      "upload-id-marker",
      "upload-id-marker is only meaningful together with key-marker. Missing: " +
        [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "),
    );
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: ListMultipartUploadsInput = {
    bucket: bucket as string,
  };
  if (delimiter !== undefined) value.delimiter = delimiter;
  if (prefix !== undefined) value.prefix = prefix;
  value.maxUploads = maxUploads as number;
  if (keyMarker !== undefined) value.keyMarker = keyMarker;
  if (uploadIdMarker !== undefined) value.uploadIdMarker = uploadIdMarker;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
