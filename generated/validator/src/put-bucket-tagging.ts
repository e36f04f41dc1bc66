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
import { PUT_BUCKET_TAGGING_TAG_XML, type PutBucketTaggingTag } from "./types.js";

/** The input of PUT Bucket tagging. */
export interface PutBucketTaggingInput extends BucketNameParameter, SecurityTokenParameter {
  /**
   * Container for a set of tags (at most 20 per bucket)
   *
   * XML: `<TagSet>` holding `<Tag>` elements.
   */
  tagSet: PutBucketTaggingTag[];
}

/** The output of PUT Bucket tagging. */
export interface PutBucketTaggingOutput {
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

/** How the PUT Bucket tagging request body is read. */
export const PUT_BUCKET_TAGGING_INPUT_XML: XmlDocumentShape<Pick<PutBucketTaggingInput, "tagSet">> = {
  root: "Tagging",
  kind: "structure",
  members: [
    {
      member: "tagSet",
      xml: "TagSet",
      required: true,
      list: { item: "Tag", wrapped: true, maxItems: 20 },
      shape: PUT_BUCKET_TAGGING_TAG_XML,
    },
  ],
};
/** The PUT Bucket tagging input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_TAGGING_SENSITIVE_MEMBERS: ReadonlySet<keyof PutBucketTaggingInput> = new Set([
  "securityToken",
]);

/**
 * Validates a PUT Bucket tagging request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers and payload.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validatePutBucketTaggingRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<PutBucketTaggingInput> {
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

  // Request body: <Tagging>
  let payloadValue: Record<string, unknown> | undefined;
  if (source.payload === undefined || source.payload === null) {
    fail("MalformedXML", 400, "body", "The request body is required.");
  } else {
    payloadValue = readXmlDocument(
      PUT_BUCKET_TAGGING_INPUT_XML,
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
  const value: PutBucketTaggingInput = {
    bucket: bucket as string,
    ...(payloadValue as Pick<PutBucketTaggingInput, "tagSet">),
  };
  if (securityToken !== undefined) value.securityToken = securityToken;
  return { ok: true, value };
}
