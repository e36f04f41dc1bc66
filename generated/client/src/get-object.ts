// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type GetObjectInput, type GetObjectOutput } from "@obs-toolkit/validator";
import {
  responseHeader,
  responsePrefixHeaders,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for GET Object (the class implements this interface, which carries the method's documentation). */
export interface GetObjectMethod {
  /**
   * GET Object.
   *
   * You can use this operation to download an object: its bytes are streamed, whole or one range,
   * with the headers it was stored with (Content-Type, Content-Encoding, user metadata…). The
   * requester needs the read permission for the object.
   *
   * The response-* query parameters override what the answer's headers say, and the conditional
   * headers (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since) answer 304 or 412
   * instead of the object when they do not hold. An object stored with SSE-C is read only with the
   * same key.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getObject(input: GetObjectInput, options?: CallOptions): Promise<GetObjectOutput>;
}

/** The HTTP request of GET Object for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetObjectRequest(input: GetObjectInput): OutgoingRequest {
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
    method: "GET",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {
      "response-content-type": input.responseContentType,
      "response-content-language": input.responseContentLanguage,
      "response-expires": input.responseExpires,
      "response-cache-control": input.responseCacheControl,
      "response-content-disposition": input.responseContentDisposition,
      "response-content-encoding": input.responseContentEncoding,
      versionId: input.versionId,
    },
    headers,

    streamResponse: true,
    bodilessErrors: { 304: "NotModified" },
  };
}

/**
 * The output of GET Object from a successful response: the body as a stream and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetObjectResponse(response: IncomingResponse): GetObjectOutput {
  return {
    body: response.stream ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() }),
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
    metadata: responsePrefixHeaders(response, "x-amz-meta-"),
  };
}
