// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { parseBooleanText, parseDecimalInteger } from "./runtime/checks.js";
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
  LIST_OBJECTS_V2_COMMON_PREFIX_XML,
  LIST_OBJECTS_V2_CONTENTS_XML,
  type ListObjectsV2CommonPrefix,
  type ListObjectsV2Contents,
} from "./types.js";

/** The input of GET Bucket V2 (List Objects V2). */
export interface ListObjectsV2Input extends BucketNameParameter, SecurityTokenParameter {
  /**
   * It can be set to 2 only, indicating that the ListObjectV2 API is used.
   *
   * Query parameter: `list-type`.
   */
  listType: "2";
  /**
   * Lists objects that begin with the specified prefix.
   *
   * Query parameter: `prefix`.
   */
  prefix?: string | undefined;
  /**
   * Separator used to group object names. If a prefix is specified, objects with the same string from the prefix to the first delimiter are grouped into one CommonPrefixes. If no prefix is specified, objects with the same string from the first character to the first delimiter are grouped into one CommonPrefixes.
   *
   * For example, there are three objects (abcd, abcde, and bbcde) in a bucket. If delimiter is set to d and prefix is set to a, objects abcd and abcde are grouped into a CommonPrefixes with abcd as the prefix. If only delimiter is set to d, objects abcd and abcde are grouped into a CommonPrefixes with abcd as the prefix, and bbcde is grouped separately into another CommonPrefixes with bbcd as the prefix.
   *
   * Query parameter: `delimiter`.
   */
  delimiter?: string | undefined;
  /**
   * Sets the maximum number of objects returned (in alphabetical order) in the response. The value ranges from 1 to 1,000. If there are over 1,000 objects, only 1,000 objects are returned by default.
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
   * Specifies a marker when listing objects in a bucket. With a marker configured, objects after this marker will be returned in alphabetical order.
   *
   * Query parameter: `start-after`.
   */
  startAfter?: string | undefined;
  /**
   * Specifies the token after which objects are returned in alphabetical order.
   *
   * Valid value: value of NextContinuationToken in the response body of the last request
   *
   * Query parameter: `continuation-token`.
   */
  continuationToken?: string | undefined;
  /**
   * Specifies whether to return the object owner information.
   *
   * Optional value: true or false
   *
   * Query parameter: `fetch-owner`.
   */
  fetchOwner?: boolean | undefined;
}

/** The output of GET Bucket V2 (List Objects V2). */
export interface ListObjectsV2Output {
  /**
   * Name of the requested bucket
   *
   * XML: `<Name>`.
   */
  name: string;
  /**
   * Prefix of an object name. Only objects whose names have this prefix are listed.
   *
   * XML: `<Prefix>`.
   */
  prefix?: string | undefined;
  /**
   * Parameter StartAfter specified in a request
   *
   * XML: `<StartAfter>`.
   */
  startAfter?: string | undefined;
  /**
   * Parameter ContinuationToken specified in a request
   *
   * XML: `<ContinuationToken>`.
   */
  continuationToken?: string | undefined;
  /**
   * ContinuationToken is returned when not all the objects are listed. The next list requests can be continued with this ContinuationToken.
   *
   * XML: `<NextContinuationToken>`.
   */
  nextContinuationToken?: string | undefined;
  /**
   * Number of objects returned
   *
   * XML: `<KeyCount>`.
   */
  keyCount: number;
  /**
   * Maximum number of objects returned
   *
   * XML: `<MaxKeys>`.
   */
  maxKeys: number;
  /**
   * Parameter delimiter specified in a request
   *
   * XML: `<Delimiter>`.
   */
  delimiter?: string | undefined;
  /**
   * Encodes some elements in the response based on the specified type. If encoding-type is specified in the request, Delimiter, Marker, Prefix (including the Prefix in CommonPrefixes), NextMarker, and Key in the response will be encoded.
   *
   * XML: `<EncodingType>`.
   */
  encodingType?: string | undefined;
  /**
   * Determines whether the returned list of objects is truncated. true: Not all results are returned. false: All results have been returned.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Object metadata
   *
   * XML: repeated `<Contents>` elements.
   */
  contents: ListObjectsV2Contents[];
  /**
   * Group information. If you specify a delimiter in the request, the response contains group information in CommonPrefixes.
   *
   * XML: repeated `<CommonPrefixes>` elements.
   */
  commonPrefixes: ListObjectsV2CommonPrefix[];
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
   * The region of the bucket.
   *
   * Header: `x-amz-bucket-location`.
   */
  region?: string | undefined;
}

/** How the GET Bucket V2 (List Objects V2) response body is written and read. */
export const LIST_OBJECTS_V2_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListObjectsV2Output,
    | "name"
    | "prefix"
    | "startAfter"
    | "continuationToken"
    | "nextContinuationToken"
    | "keyCount"
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
    { member: "startAfter", xml: "StartAfter", shape: { kind: "string" } },
    { member: "continuationToken", xml: "ContinuationToken", shape: { kind: "string" } },
    { member: "nextContinuationToken", xml: "NextContinuationToken", shape: { kind: "string" } },
    { member: "keyCount", xml: "KeyCount", required: true, shape: { kind: "integer" } },
    { member: "maxKeys", xml: "MaxKeys", required: true, shape: { kind: "integer" } },
    { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
    { member: "encodingType", xml: "EncodingType", shape: { kind: "string" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    {
      member: "contents",
      xml: "Contents",
      list: { item: "Contents", wrapped: false },
      shape: LIST_OBJECTS_V2_CONTENTS_XML,
    },
    {
      member: "commonPrefixes",
      xml: "CommonPrefixes",
      list: { item: "CommonPrefixes", wrapped: false },
      shape: LIST_OBJECTS_V2_COMMON_PREFIX_XML,
    },
  ],
};
const LIST_TYPE_VALUES: ReadonlySet<string> = new Set(["2"]);
const ENCODING_TYPE_VALUES: ReadonlySet<string> = new Set(["url"]);
/** The GET Bucket V2 (List Objects V2) input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECTS_V2_SENSITIVE_MEMBERS: ReadonlySet<keyof ListObjectsV2Input> = new Set(["securityToken"]);

/**
 * Validates a GET Bucket V2 (List Objects V2) request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListObjectsV2Request(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListObjectsV2Input> {
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

  // query: list-type
  const listType = queryValue(source.query, "list-type");
  if (listType === undefined || listType === "") {
    fail("InvalidArgument", 400, "list-type", "list-type is required.");
  } else {
    if (!LIST_TYPE_VALUES.has(listType)) {
      fail("InvalidArgument", 400, "list-type", "list-type must be one of 2 (case-sensitive).");
    }
  }

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

  // query: start-after
  const startAfter = queryValue(source.query, "start-after");

  // query: continuation-token
  const continuationToken = queryValue(source.query, "continuation-token");

  // query: fetch-owner
  const fetchOwnerText = queryValue(source.query, "fetch-owner");
  let fetchOwner: boolean | undefined;
  if (fetchOwnerText !== undefined) {
    fetchOwner = parseBooleanText(fetchOwnerText);
    if (fetchOwner === undefined) {
      fail("InvalidArgument", 400, "fetch-owner", "fetch-owner must be true or false.");
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: ListObjectsV2Input = {
    bucket: bucket as string,
    listType: listType as "2",
  };
  if (prefix !== undefined) value.prefix = prefix;
  if (delimiter !== undefined) value.delimiter = delimiter;
  value.maxKeys = maxKeys as number;
  if (encodingType !== undefined) value.encodingType = encodingType as "url";
  if (startAfter !== undefined) value.startAfter = startAfter;
  if (continuationToken !== undefined) value.continuationToken = continuationToken;
  if (fetchOwner !== undefined) value.fetchOwner = fetchOwner;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
