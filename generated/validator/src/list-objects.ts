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
  LIST_OBJECTS_COMMON_PREFIX_XML,
  LIST_OBJECTS_CONTENTS_XML,
  type ListObjectsCommonPrefix,
  type ListObjectsContents,
} from "./types.js";

/** The input of GET Bucket (List Objects). */
export interface ListObjectsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Limits the response to object keys that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Indicates a character or a sequence of characters used to group object keys.
   *
   * All object keys that contain the same string between the prefix, if specified, and the first occurrence of delimiter after the prefix are grouped under a single result element, CommonPrefixes.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Sets the maximum number of object keys returned in the response body. The value ranges from 1 to 1000. If the value is not in this range, 1000 is returned by default.
   *
   * Query parameter: `max-keys`. Default: `1000`.
   */
  maxKeys?: number | undefined;
  /**
   * Encodes some elements in the response based on the specified type. If Delimiter, Marker (or KeyMarker), Prefix, NextMarker (or NextKeyMarker), and Key contain control characters that are not supported by XML 1.0 standards, you can configure encoding-type to encode Delimiter, Marker (or KeyMarker), Prefix (including the Prefix in CommonPrefixes), NextMarker (or NextKeyMarker), and Key in the response.
   *
   * Optional value: url
   *
   * Query parameter: `encoding-type`.
   */
  encodingType?: "url" | undefined;
  /**
   * Indicates the object key to start with when listing objects in a bucket. All objects are listed in the dictionary order.
   *
   * Query parameter: `marker`.
   */
  marker?: string | undefined;
}

/** The output of GET Bucket (List Objects). */
export interface ListObjectsOutput {
  /**
   * Name of the requested bucket
   *
   * XML: `<Name>`.
   */
  name: string;
  /**
   * Prefix of an object key. Only objects whose keys have this prefix are listed.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Start point for listing objects
   *
   * XML: `<Marker>`.
   */
  marker?: string | undefined;
  /**
   * A marker for the last returned object in the list. NextMarker is returned when not all the objects are listed. You can set the Marker value to list the remaining objects in follow-up requests.
   *
   * XML: `<NextMarker>`.
   */
  nextMarker?: string | undefined;
  /**
   * The maximum objects returned.
   *
   * XML: `<MaxKeys>`.
   */
  maxKeys: number;
  /**
   * The delimiter parameter specified in a request
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * `url` when the request asked for it: keys, prefixes, markers and the delimiter are then percent-encoded.
   *
   * XML: `<EncodingType>`.
   */
  encodingType?: string | undefined;
  /**
   * Determines whether the returned list is truncated. true indicates that the result is incomplete while false indicates that the result is complete.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Metadata of the objects
   *
   * XML: repeated `<Contents>` elements.
   */
  contents: ListObjectsContents[];
  /**
   * Grouping information. If you specify a delimiter in the request, the response contains grouping information in CommonPrefixes.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListObjectsCommonPrefix[];
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
}

/** How the GET Bucket (List Objects) response body is written and read. */
export const LIST_OBJECTS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListObjectsOutput,
    | "name"
    | "prefix"
    | "marker"
    | "nextMarker"
    | "maxKeys"
    | "delimiter"
    | "encodingType"
    | "isTruncated"
    | "contents"
    | "commonPrefixes"
  >
> = {
  root: "ListBucketResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "name", xml: "Name", required: true, shape: { kind: "string" } },
    { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
    { member: "marker", xml: "Marker", shape: { kind: "string" } },
    { member: "nextMarker", xml: "NextMarker", shape: { kind: "string" } },
    { member: "maxKeys", xml: "MaxKeys", required: true, shape: { kind: "integer" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "encodingType", xml: "EncodingType", shape: { kind: "string" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    {
      member: "contents",
      xml: "Contents",
      list: { item: "Contents", wrapped: false },
      shape: LIST_OBJECTS_CONTENTS_XML,
    },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_OBJECTS_COMMON_PREFIX_XML,
    },
  ],
};
const ENCODING_TYPE_VALUES: ReadonlySet<string> = new Set(["url"]);
/** The GET Bucket (List Objects) input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECTS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListObjectsInput> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket (List Objects) request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListObjectsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListObjectsInput> {
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

  // query: delimiter
  const delimiter = queryValue(source.query, "delimiter");

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

  // query: encoding-type
  const encodingType = queryValue(source.query, "encoding-type");
  if (encodingType !== undefined) {
    if (!ENCODING_TYPE_VALUES.has(encodingType)) {
      fail("InvalidArgument", 400, "encoding-type", "encoding-type must be one of url (case-sensitive).");
    }
  }

  // query: marker
  const marker = queryValue(source.query, "marker");

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: ListObjectsInput = {
    bucket: bucket as string,
  };
  if (prefix !== undefined) value.prefix = prefix;
  if (delimiter !== undefined) value.delimiter = delimiter;
  value.maxKeys = maxKeys as number;
  if (encodingType !== undefined) value.encodingType = encodingType as "url";
  if (marker !== undefined) value.marker = marker;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
