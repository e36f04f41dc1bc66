// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName, type BucketNameParameter } from "./components/bucket-name.js";
import { checkObjectName, type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { errorStatus } from "./error-codes.js";
import {
  queryValue,
  requestHeaders,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import { readXmlDocument, type XmlDocument, type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { COMPLETED_PART_XML, type CompletedPart } from "./types.js";

/** The input of Complete Multipart Upload. */
export interface CompleteMultipartUploadInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
  /**
   * Indicates the ID of the multipart upload to be completed.
   *
   * Query parameter: `uploadId`.
   */
  uploadId: string;
  /**
   * The parts to concatenate, in ascending order of part number.
   *
   * XML: repeated `<Part>` elements.
   */
  parts: CompletedPart[];
}

/** The output of Complete Multipart Upload. */
export interface CompleteMultipartUploadOutput {
  /**
   * Indicates the URL of the newly created object.
   *
   * XML: `<Location>`.
   */
  location: string;
  /**
   * Indicates the bucket that contains the newly created object.
   *
   * XML: `<Bucket>`.
   */
  bucket: string;
  /**
   * Indicates the key of the newly created object.
   *
   * XML: `<Key>`.
   */
  key: string;
  /**
   * Indicates the ETag that identifies the metadata of the newly created object. This ETag is calculated using the MD5 values of parts comprising the newly created object.
   *
   * XML: `<ETag>`.
   */
  eTag: string;
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
   * Indicates the version ID of the object created from a multipart upload.
   *
   * Header: `x-amz-version-id`.
   */
  versionId?: string | undefined;
  /**
   * This header is included in a response if SSE-KMS is used.
   *
   * Header: `x-amz-server-side-encryption`.
   */
  serverSideEncryption?: string | undefined;
  /**
   * Indicates the master key ID. This header is included in a response if SSE-KMS is used.
   *
   * Header: `x-amz-server-side-encryption-aws-kms-key-id`.
   */
  sseKmsKeyId?: string | undefined;
  /**
   * Indicates an encryption algorithm. This header is included in a response if SSE-C is used.
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: string | undefined;
}

/** How the Complete Multipart Upload request body is read. */
export const COMPLETE_MULTIPART_UPLOAD_INPUT_XML: XmlDocumentShape<Pick<CompleteMultipartUploadInput, "parts">> = {
  root: "CompleteMultipartUpload",
  kind: "structure",
  members: [
    { member: "parts", xml: "Part", required: true, list: { item: "Part", wrapped: false }, shape: COMPLETED_PART_XML },
  ],
};
/** How the Complete Multipart Upload response body is written and read. */
export const COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML: XmlDocumentShape<
  Pick<CompleteMultipartUploadOutput, "location" | "bucket" | "key" | "eTag">
> = {
  root: "CompleteMultipartUploadResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "location", xml: "Location", required: true, shape: { kind: "string" } },
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
  ],
};
/** The Complete Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const COMPLETE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof CompleteMultipartUploadInput> = new Set([
  "securityToken",
]);

/**
 * Validates a Complete Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateCompleteMultipartUploadRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<CompleteMultipartUploadInput> {
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

  // Request body: <CompleteMultipartUpload>
  let payloadValue: Record<string, unknown> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      COMPLETE_MULTIPART_UPLOAD_INPUT_XML,
      source.payload as XmlDocument,
      "MalformedXML",
      (code, target, message) => fail(code, errorStatus(code), target, message),
    );
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: CompleteMultipartUploadInput = {
    bucket: bucket as string,
    key: key as string,
    uploadId: uploadId as string,
    ...(payloadValue as Pick<CompleteMultipartUploadInput, "parts">),
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
