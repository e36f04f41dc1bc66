// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
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
import { OWNER_XML, PART_XML, type Owner, type Part, type StorageClass } from "./types.js";

/** The input of List Parts. */
export interface ListPartsInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Indicates the ID of the multipart upload whose parts are to be listed.
   *
   * Query parameter: `uploadId`.
   */
  uploadId: string;
  /**
   * Sets the maximum number of parts to be listed.
   *
   * Query parameter: `max-parts`. Default: `1000`.
   */
  maxParts?: number | undefined;
  /**
   * Specifies the part after which the part listing begins. The OBS lists only parts with greater numbers than that specified by this parameter.
   *
   * Query parameter: `part-number-marker`.
   */
  partNumberMarker?: number | undefined;
}

/** The output of List Parts. */
export interface ListPartsOutput {
  /**
   * Name of the bucket to which the multipart upload was initiated
   *
   * XML: `<Bucket>`.
   */
  bucket: string;
  /**
   * Key of the object for which the multipart upload was initiated
   *
   * XML: `<Key>`.
   */
  key: string;
  /**
   * ID that identifies the multipart upload whose parts are listed
   *
   * XML: `<UploadId>`.
   */
  uploadId: string;
  /**
   * Container element that identifies who initiated the multipart upload
   *
   * XML: `<Initiator>`.
   */
  initiator?: Owner | undefined;
  /**
   * Container element that identifies the object owner; the same as Initiator.
   *
   * XML: `<Owner>`.
   */
  owner?: Owner | undefined;
  /**
   * The storage class of an object.
   *
   * XML: `<StorageClass>`.
   */
  storageClass?: StorageClass | undefined;
  /**
   * Part number after which the part listing begins
   *
   * XML: `<PartNumberMarker>`.
   */
  partNumberMarker?: number | undefined;
  /**
   * Value of PartNumberMarker in a subsequent request after a part list is truncated.
   *
   * XML: `<NextPartNumberMarker>`.
   */
  nextPartNumberMarker?: number | undefined;
  /**
   * Maximum number of parts that are returned
   *
   * XML: `<MaxParts>`.
   */
  maxParts: number;
  /**
   * Indicates whether the returned part list is truncated. true indicates that the list was truncated and false indicates that the list was not truncated.
   *
   * XML: `<IsTruncated>`.
   */
  isTruncated: boolean;
  /**
   * Container for elements related to a particular part
   *
   * XML: repeated `<Part>` elements.
   */
  parts: Part[];
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

/** How the List Parts response body is written and read. */
export const LIST_PARTS_OUTPUT_XML: XmlDocumentShape<
  Pick<
    ListPartsOutput,
    | "bucket"
    | "key"
    | "uploadId"
    | "initiator"
    | "owner"
    | "storageClass"
    | "partNumberMarker"
    | "nextPartNumberMarker"
    | "maxParts"
    | "isTruncated"
    | "parts"
  >
> = {
  root: "ListPartsResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "uploadId", xml: "UploadId", required: true, shape: { kind: "string" } },
    { member: "initiator", xml: "Initiator", shape: OWNER_XML },
    { member: "owner", xml: "Owner", shape: OWNER_XML },
    {
      member: "storageClass",
      xml: "StorageClass",
      shape: { kind: "string", enum: ["STANDARD", "STANDARD_IA", "GLACIER"] },
    },
    { member: "partNumberMarker", xml: "PartNumberMarker", shape: { kind: "integer" } },
    { member: "nextPartNumberMarker", xml: "NextPartNumberMarker", shape: { kind: "integer" } },
    { member: "maxParts", xml: "MaxParts", required: true, shape: { kind: "integer" } },
    { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
    { member: "parts", xml: "Part", list: { item: "Part", wrapped: false }, shape: PART_XML },
  ],
};
/** The List Parts input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_PARTS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListPartsInput> = new Set(["securityToken"]);

/**
 * Validates a List Parts request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateListPartsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<ListPartsInput> {
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
  if (uploadId === undefined || uploadId === "") {
    fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
  }

  // query: max-parts
  const maxPartsText = queryValue(source.query, "max-parts");
  let maxParts: number | undefined;
  if (maxPartsText !== undefined) {
    maxParts = parseDecimalInteger(maxPartsText);
    if (maxParts === undefined) {
      fail("InvalidArgument", 400, "max-parts", "max-parts must be an integer.");
    } else if (maxParts < 0) {
      fail("InvalidArgument", 400, "max-parts", "max-parts must be at least 0.");
    }
  }

  // Outside 1–1000 (or absent) the default applies.
  if (maxParts === undefined || maxParts < 1 || maxParts > 1000) maxParts = 1000;

  // query: part-number-marker
  const partNumberMarkerText = queryValue(source.query, "part-number-marker");
  let partNumberMarker: number | undefined;
  if (partNumberMarkerText !== undefined) {
    partNumberMarker = parseDecimalInteger(partNumberMarkerText);
    if (partNumberMarker === undefined) {
      fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be an integer.");
    } else if (partNumberMarker < 0) {
      fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be at least 0.");
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: ListPartsInput = {
    bucket: bucket as string,
    key: key as string,
    uploadId: uploadId as string,
  };
  value.maxParts = maxParts as number;
  if (partNumberMarker !== undefined) value.partNumberMarker = partNumberMarker;
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
