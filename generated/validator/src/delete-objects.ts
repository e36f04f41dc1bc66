// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { checkContentMd5AnyOf } from "./components/content-md5-any-of.js";
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
import {
  DELETE_ERROR_XML,
  DELETED_OBJECT_XML,
  OBJECT_TO_DELETE_XML,
  type DeletedObject,
  type DeleteError,
  type ObjectToDelete,
} from "./types.js";

/** The input of DELETE Multiple Objects. */
export interface DeleteObjectsInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Indicates the element to enable quite mode for the request. If the element is specified, OBS returns only the list of objects that failed to be deleted. This element is only valid when its value is true. Otherwise, OBS ignores it.
   *
   * XML: `<Quiet>`.
   */
  quiet?: boolean | undefined;
  /**
   * Indicates an object to be deleted.
   *
   * XML: repeated `<Object>` elements.
   */
  objects: ObjectToDelete[];
}

/** The output of DELETE Multiple Objects. */
export interface DeleteObjectsOutput {
  /**
   * Indicates the container element for a successful deletion.
   *
   * XML: repeated `<Deleted>` elements.
   */
  deleted: DeletedObject[];
  /**
   * Indicates the container for a failed deletion.
   *
   * XML: repeated `<Error>` elements.
   */
  errors: DeleteError[];
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

/** How the DELETE Multiple Objects request body is read. */
export const DELETE_OBJECTS_INPUT_XML: XmlDocumentShape<Pick<DeleteObjectsInput, "quiet" | "objects">> = {
  root: "Delete",
  kind: "structure",
  members: [
    { member: "quiet", xml: "Quiet", shape: { kind: "boolean" } },
    {
      member: "objects",
      xml: "Object",
      required: true,
      list: { item: "Object", wrapped: false, minItems: 1, maxItems: 1000 },
      shape: OBJECT_TO_DELETE_XML,
    },
  ],
};
/** How the DELETE Multiple Objects response body is written and read. */
export const DELETE_OBJECTS_OUTPUT_XML: XmlDocumentShape<Pick<DeleteObjectsOutput, "deleted" | "errors">> = {
  root: "DeleteResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "deleted", xml: "Deleted", list: { item: "Deleted", wrapped: false }, shape: DELETED_OBJECT_XML },
    { member: "errors", xml: "Error", list: { item: "Error", wrapped: false }, shape: DELETE_ERROR_XML },
  ],
};
/** The DELETE Multiple Objects input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const DELETE_OBJECTS_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteObjectsInput> = new Set(["securityToken"]);

/**
 * Validates a DELETE Multiple Objects request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateDeleteObjectsRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<DeleteObjectsInput> {
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

  // Request body: <Delete>
  let payloadValue: Record<string, unknown> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      DELETE_OBJECTS_INPUT_XML,
      source.payload as XmlDocument,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
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

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: DeleteObjectsInput = {
    bucket: bucket as string,
    ...(payloadValue as Pick<DeleteObjectsInput, "quiet" | "objects">),
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
