// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type HeadObjectInput, type HeadObjectOutput } from "@obs-toolkit/validator";
import {
  responseHeader,
  responsePrefixHeaders,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for HEAD Object (the class implements this interface, which carries the method's documentation). */
export interface HeadObjectMethod {
  /**
   * HEAD Object.
   *
   * You can use this operation to obtain an object's metadata without its bytes: the same headers
   * GET Object answers (its real Content-Length, ETag, Last-Modified, user metadata…) and no body.
   * The requester needs the read permission for the object.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  headObject(input: HeadObjectInput, options?: CallOptions): Promise<HeadObjectOutput>;
}

/** The HTTP request of HEAD Object for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeHeadObjectRequest(input: HeadObjectInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    range: input.range,
    "if-modified-since": input.ifModifiedSince,
    "if-unmodified-since": input.ifUnmodifiedSince,
    "if-match": input.ifMatch,
    "if-none-match": input.ifNoneMatch,
    "x-amz-checksum-mode": input.checksumMode,
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "HEAD",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: { versionId: input.versionId },
    headers,

    bodilessErrors: { 304: "NotModified", 412: "PreconditionFailed", 500: "InternalError", 416: "InvalidRange" },
  };
}

/**
 * The output of HEAD Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeHeadObjectResponse(response: IncomingResponse): HeadObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false) as string | undefined,
    hostId: responseHeader(response, "x-amz-id-2", "string", false) as string | undefined,
    contentLength: responseHeader(response, "content-length", "integer", true) as number,
    contentType: responseHeader(response, "content-type", "string", false) as string | undefined,
    eTag: responseHeader(response, "etag", "string", true) as string,
    lastModified: responseHeader(response, "last-modified", "timestamp", true) as Date,
    acceptRanges: responseHeader(response, "accept-ranges", "string", false) as string | undefined,
    cacheControl: responseHeader(response, "cache-control", "string", false) as string | undefined,
    contentDisposition: responseHeader(response, "content-disposition", "string", false) as string | undefined,
    contentEncoding: responseHeader(response, "content-encoding", "string", false) as string | undefined,
    contentLanguage: responseHeader(response, "content-language", "string", false) as string | undefined,
    expires: responseHeader(response, "expires", "string", false) as string | undefined,
    websiteRedirectLocation: responseHeader(response, "x-amz-website-redirect-location", "string", false) as
      | string
      | undefined,
    versionId: responseHeader(response, "x-amz-version-id", "string", false) as string | undefined,
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false) as
      | string
      | undefined,
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false) as
      | string
      | undefined,
    sseCustomerAlgorithm: responseHeader(
      response,
      "x-amz-server-side-encryption-customer-algorithm",
      "string",
      false,
    ) as string | undefined,
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false) as
      | string
      | undefined,
    storageClass: responseHeader(response, "x-amz-storage-class", "string", false) as string | undefined,
    checksumCrc32: responseHeader(response, "x-amz-checksum-crc32", "string", false) as string | undefined,
    checksumCrc32c: responseHeader(response, "x-amz-checksum-crc32c", "string", false) as string | undefined,
    checksumCrc64Nvme: responseHeader(response, "x-amz-checksum-crc64nvme", "string", false) as string | undefined,
    checksumSha1: responseHeader(response, "x-amz-checksum-sha1", "string", false) as string | undefined,
    checksumSha256: responseHeader(response, "x-amz-checksum-sha256", "string", false) as string | undefined,
    contentRange: responseHeader(response, "content-range", "string", false) as string | undefined,
    objectLockMode: responseHeader(response, "x-amz-object-lock-mode", "string", false) as string | undefined,
    objectLockRetainUntilDate: responseHeader(response, "x-amz-object-lock-retain-until-date", "string", false) as
      | string
      | undefined,
    metadata: responsePrefixHeaders(response, "x-amz-meta-"),
  };
}
