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
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    contentLength: responseHeader(response, "content-length", "integer", true),
    contentType: responseHeader(response, "content-type", "string", false),
    eTag: responseHeader(response, "etag", "string", true),
    lastModified: responseHeader(response, "last-modified", "timestamp", true),
    acceptRanges: responseHeader(response, "accept-ranges", "string", false),
    cacheControl: responseHeader(response, "cache-control", "string", false),
    contentDisposition: responseHeader(response, "content-disposition", "string", false),
    contentEncoding: responseHeader(response, "content-encoding", "string", false),
    contentLanguage: responseHeader(response, "content-language", "string", false),
    expires: responseHeader(response, "expires", "string", false),
    websiteRedirectLocation: responseHeader(response, "x-amz-website-redirect-location", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
    storageClass: responseHeader(response, "x-amz-storage-class", "string", false),
    checksumCrc32: responseHeader(response, "x-amz-checksum-crc32", "string", false),
    checksumCrc32c: responseHeader(response, "x-amz-checksum-crc32c", "string", false),
    checksumCrc64Nvme: responseHeader(response, "x-amz-checksum-crc64nvme", "string", false),
    checksumSha1: responseHeader(response, "x-amz-checksum-sha1", "string", false),
    checksumSha256: responseHeader(response, "x-amz-checksum-sha256", "string", false),
    contentRange: responseHeader(response, "content-range", "string", false),
    objectLockMode: responseHeader(response, "x-amz-object-lock-mode", "string", false),
    objectLockRetainUntilDate: responseHeader(response, "x-amz-object-lock-retain-until-date", "string", false),
    metadata: responsePrefixHeaders(response, "x-amz-meta-"),
  };
}
