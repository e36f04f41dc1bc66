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
  DELETE_MARKER_ENTRY_XML,
  LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML,
  VERSION_XML,
  type DeleteMarkerEntry,
  type ListObjectVersionsCommonPrefix,
  type Version,
} from "./types.js";

/** The input of GET Bucket Object versions. */
export interface ListObjectVersionsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Limits the response to object keys that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Indicates the object key to start with when listing objects in a bucket. All objects are listed in the dictionary order.
   *
   * Query parameter: `key-marker`.
   */
  keyMarker?: string | undefined;
  /**
   * Sets the maximum number of object keys returned in the response body. All objects are listed in the dictionary order. The value ranges from 1 to 1000. If the value is not in this range, 1000 is returned by default.
   *
   * Query parameter: `max-keys`. Default: `1000`.
   */
  maxKeys?: number | undefined;
  /**
   * Indicates a character used to group object keys. All object keys that contain the same string between the prefix and the first occurrence of the delimiter after the prefix are grouped under a single result element CommonPrefixes.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Indicates the version ID to start with when listing objects in a bucket. All objects are listed in the dictionary order. This parameter is used together with key-marker.
   *
   * If the value of version-id-marker is not a version ID specified by key-marker, version-id-marker is invalid.
   *
   * Valid Value: object version ID|None
   *
   * Query parameter: `version-id-marker`.
   */
  versionIdMarker?: string | undefined;
  /**
   * `url`: keys, prefixes, markers and the delimiter are percent-encoded in the answer.
   *
   * Query parameter: `encoding-type`.
   */
  encodingType?: "url" | undefined;
}

/** The output of GET Bucket Object versions. */
export interface ListObjectVersionsOutput {
  /**
   * Indicates the bucket name.
   *
   * XML: `<Name>`.
   */
  name: string;
  /**
   * Indicates the prefix of an object key. Only objects whose keys have this prefix are listed.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Indicates the object key to start with when listing objects.
   *
   * XML: `<KeyMarker>`.
   */
  keyMarker?: string | undefined;
  /**
   * Indicates the object version ID to start with when listing objects.
   *
   * XML: `<VersionIdMarker>`.
   */
  versionIdMarker?: string | undefined;
  /**
   * Indicates the key marker for the last returned object in the list. NextKeyMarker is returned when not all the objects are listed.
   *
   * XML: `<NextKeyMarker>`.
   */
  nextKeyMarker?: string | undefined;
  /**
   * Indicates the version ID marker for the last returned object in the list. NextVersionIdMarker is returned when not all the objects are listed.
   *
   * XML: `<NextVersionIdMarker>`.
   */
  nextVersionIdMarker?: string | undefined;
  /**
   * Indicates the maximum objects returned.
   *
   * XML: `<MaxKeys>`.
   */
  maxKeys: number;
  /**
   * The delimiter parameter specified in the request.
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * `url` when the request asked for it.
   *
   * XML: `<EncodingType>`.
   */
  encodingType?: string | undefined;
  /**
   * Determines whether the returned list of objects is truncated. true indicates that the result is incomplete while false indicates that the result is complete.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Indicates the container for version information.
   *
   * XML: repeated `<Version>` elements.
   */
  versions: Version[];
  /**
   * Indicates the container for objects with deletion marks.
   *
   * XML: repeated `<DeleteMarker>` elements.
   */
  deleteMarkers: DeleteMarkerEntry[];
  /**
   * Grouping information. If you specify a delimiter in the request, the response contains grouping information in CommonPrefixes.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListObjectVersionsCommonPrefix[];
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

/** How the GET Bucket Object versions response body is written and read. */
export const LIST_OBJECT_VERSIONS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListObjectVersionsOutput,
    | "name"
    | "prefix"
    | "keyMarker"
    | "versionIdMarker"
    | "nextKeyMarker"
    | "nextVersionIdMarker"
    | "maxKeys"
    | "delimiter"
    | "encodingType"
    | "isTruncated"
    | "versions"
    | "deleteMarkers"
    | "commonPrefixes"
  >
> = {
  root: "ListVersionsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "name", xml: "Name", required: true, shape: { kind: "string" } },
    { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
    { member: "keyMarker", xml: "KeyMarker", shape: { kind: "string" } },
    { member: "versionIdMarker", xml: "VersionIdMarker", shape: { kind: "string" } },
    { member: "nextKeyMarker", xml: "NextKeyMarker", shape: { kind: "string" } },
    { member: "nextVersionIdMarker", xml: "NextVersionIdMarker", shape: { kind: "string" } },
    { member: "maxKeys", xml: "MaxKeys", required: true, shape: { kind: "integer" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "encodingType", xml: "EncodingType", shape: { kind: "string" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    { member: "versions", xml: "Version", list: { item: "Version", wrapped: false }, shape: VERSION_XML },
    {
      member: "deleteMarkers",
      xml: "DeleteMarker",
      list: { item: "DeleteMarker", wrapped: false },
      shape: DELETE_MARKER_ENTRY_XML,
    },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML,
    },
  ],
};
const ENCODING_TYPE_VALUES: ReadonlySet<string> = new Set(["url"]);
/** The GET Bucket Object versions input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECT_VERSIONS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListObjectVersionsInput> = new Set([
  "securityToken",
]);

/**
 * Validates a GET Bucket Object versions request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListObjectVersionsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListObjectVersionsInput> {
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

  // query: prefix
  const prefix = queryValue(source.query, "prefix");

  // query: key-marker
  const keyMarker = queryValue(source.query, "key-marker");

  // query: max-keys
  const maxKeysText = queryValue(source.query, "max-keys");
  let maxKeys: number | undefined;
  if (maxKeysText !== undefined) {
    maxKeys = parseDecimalInteger(maxKeysText);
    if (maxKeys === undefined) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be an integer.");
    } else if (maxKeys < 0) {
      fail("InvalidArgument", 400, "max-keys", "max-keys must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxKeys === undefined || maxKeys < 1 || maxKeys > 1000) maxKeys = 1000;

  // query: delimiter
  const delimiter = queryValue(source.query, "delimiter");

  // query: version-id-marker
  const versionIdMarker = queryValue(source.query, "version-id-marker");

  // query: encoding-type
  const encodingType = queryValue(source.query, "encoding-type");
  if (encodingType !== undefined) {
    if (!ENCODING_TYPE_VALUES.has(encodingType)) {
      fail("InvalidArgument", 400, "encoding-type", "encoding-type must be one of url (case-sensitive).");
    }
  }

  // Rules across headers, query parameters and body elements.
  // version-id-marker is only meaningful together with key-marker.
  if (versionIdMarker !== undefined && keyMarker === undefined) {
    fail(
      "InvalidArgument",
      400,
      "version-id-marker",
      "version-id-marker is only meaningful together with key-marker. Missing: " +
        [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "),
    );
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: ListObjectVersionsInput = {
    bucket: bucket as string,
  };
  if (prefix !== undefined) value.prefix = prefix;
  if (keyMarker !== undefined) value.keyMarker = keyMarker;
  value.maxKeys = maxKeys as number;
  if (delimiter !== undefined) value.delimiter = delimiter;
  if (versionIdMarker !== undefined) value.versionIdMarker = versionIdMarker;
  if (encodingType !== undefined) value.encodingType = encodingType as "url";
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
