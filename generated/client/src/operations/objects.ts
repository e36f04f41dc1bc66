// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  COPY_OBJECT_OUTPUT_XML,
  DELETE_OBJECTS_INPUT_XML,
  DELETE_OBJECTS_OUTPUT_XML,
  LIST_OBJECT_VERSIONS_OUTPUT_XML,
  LIST_OBJECTS_OUTPUT_XML,
  LIST_OBJECTS_V2_OUTPUT_XML,
  POST_OBJECT_201_XML,
  RESTORE_OBJECT_INPUT_XML,
  xmlTreeOf,
  type CopyObjectInput,
  type CopyObjectOutput,
  type DeleteObjectInput,
  type DeleteObjectOutput,
  type DeleteObjectsInput,
  type DeleteObjectsOutput,
  type GetObjectInput,
  type GetObjectOutput,
  type HeadObjectInput,
  type HeadObjectOutput,
  type ListObjectsInput,
  type ListObjectsOutput,
  type ListObjectsV2Input,
  type ListObjectsV2Output,
  type ListObjectVersionsInput,
  type ListObjectVersionsOutput,
  type PostObjectInput,
  type PostObjectOutput,
  type PutObjectInput,
  type PutObjectOutput,
  type RestoreObjectInput,
  type RestoreObjectOutput,
} from "@obs-toolkit/validator";
import { formBody } from "../runtime/form.js";
import {
  answerStatus,
  readXmlResponse,
  responseHeader,
  responsePrefixHeaders,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
  type WithBodySource,
} from "../runtime/transport.js";

/** `ObsClient`'s method for PUT Object - Copy (the class implements this interface, which carries the method's documentation). */
export interface CopyObjectMethod {
  /**
   * PUT Object - Copy.
   *
   * You can use this operation to create a copy of an object in OBS: a PUT on the destination
   * with x-amz-copy-source naming the source. The copy's metadata is the source's
   * (x-amz-metadata-directive COPY, the default) or the request's (REPLACE); its ACL, storage
   * class and encryption are the request's.
   *
   * The source conditions (x-amz-copy-source-if-*) answer 412 when they do not hold. An object
   * stored with SSE-C is copied with its key (x-amz-copy-source-server-side-encryption-customer-*).
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  copyObject(input: CopyObjectInput, options?: CallOptions): Promise<CopyObjectOutput>;
}

/** The HTTP request of PUT Object - Copy for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeCopyObjectRequest(input: CopyObjectInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-copy-source": input.copySource,
    "x-amz-copy-source-if-match": input.copySourceIfMatch,
    "x-amz-copy-source-if-none-match": input.copySourceIfNoneMatch,
    "x-amz-copy-source-if-unmodified-since": input.copySourceIfUnmodifiedSince,
    "x-amz-copy-source-if-modified-since": input.copySourceIfModifiedSince,
    "x-amz-copy-source-server-side-encryption-customer-algorithm": input.copySourceSseCustomerAlgorithm,
    "x-amz-copy-source-server-side-encryption-customer-key": input.copySourceSseCustomerKey,
    "x-amz-copy-source-server-side-encryption-customer-key-md5": input.copySourceSseCustomerKeyMd5,
    "x-amz-metadata-directive": input.metadataDirective,
    "x-amz-acl": input.acl,
    "x-amz-storage-class": input.storageClass,
    "x-amz-website-redirect-location": input.websiteRedirectLocation,
    "x-amz-server-side-encryption": input.serverSideEncryption,
    "x-amz-server-side-encryption-aws-kms-key-id": input.sseKmsKeyId,
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
    "x-amz-object-lock-mode": input.objectLockMode,
    "x-amz-object-lock-retain-until-date": input.objectLockRetainUntilDate,
    "content-type": input.contentType,
    "x-amz-security-token": input.securityToken,
  };
  for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {},
    headers,
  };
}

/**
 * The output of PUT Object - Copy from a successful response: the `CopyObjectResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeCopyObjectResponse(response: IncomingResponse): CopyObjectOutput {
  return {
    ...readXmlResponse(response, COPY_OBJECT_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    copySourceVersionId: responseHeader(response, "x-amz-copy-source-version-id", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}

/** `ObsClient`'s method for DELETE Object (the class implements this interface, which carries the method's documentation). */
export interface DeleteObjectMethod {
  /**
   * DELETE Object.
   *
   * You can use this operation to delete an object. The requester needs the write permission for
   * the bucket. Deleting an object that does not exist answers 204 all the same, as S3 does.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteObject(input: DeleteObjectInput, options?: CallOptions): Promise<DeleteObjectOutput>;
}

/** The HTTP request of DELETE Object for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteObjectRequest(input: DeleteObjectInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: { versionId: input.versionId },
    headers,
  };
}

/**
 * The output of DELETE Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteObjectResponse(response: IncomingResponse): DeleteObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    deleteMarker: responseHeader(response, "x-amz-delete-marker", "boolean", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
  };
}

/** `ObsClient`'s method for DELETE Multiple Objects (the class implements this interface, which carries the method's documentation). */
export interface DeleteObjectsMethod {
  /**
   * DELETE Multiple Objects.
   *
   * This operation is used to batch delete objects from a bucket: up to 1000 keys in one XML
   * request. The result of each deletion is answered: in verbose mode (the default) every key
   * deleted and every key that could not be; in quiet mode only the failures.
   *
   * The request must carry Content-MD5, and its body is checked against it.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteObjects(input: DeleteObjectsInput, options?: CallOptions): Promise<DeleteObjectsOutput>;
}

/** The HTTP request of DELETE Multiple Objects for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeDeleteObjectsRequest(input: DeleteObjectsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "POST",
    bucket: input.bucket,
    key: undefined,
    subresources: ["delete"],
    query: {},
    headers,
    payload: { root: "Delete", namespace: undefined, content: xmlTreeOf(DELETE_OBJECTS_INPUT_XML, input) },
    contentMd5: true,
  };
}

/**
 * The output of DELETE Multiple Objects from a successful response: the `DeleteResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteObjectsResponse(response: IncomingResponse): DeleteObjectsOutput {
  return {
    ...readXmlResponse(response, DELETE_OBJECTS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

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
    restore: responseHeader(response, "x-amz-restore", "string", false),
    checksumCrc32: responseHeader(response, "x-amz-checksum-crc32", "string", false),
    checksumCrc32c: responseHeader(response, "x-amz-checksum-crc32c", "string", false),
    checksumCrc64Nvme: responseHeader(response, "x-amz-checksum-crc64nvme", "string", false),
    checksumSha1: responseHeader(response, "x-amz-checksum-sha1", "string", false),
    checksumSha256: responseHeader(response, "x-amz-checksum-sha256", "string", false),
    contentRange: responseHeader(response, "content-range", "string", false),
    metadata: responsePrefixHeaders(response, "x-amz-meta-"),
  };
}

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
    restore: responseHeader(response, "x-amz-restore", "string", false),
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

/** `ObsClient`'s method for GET Bucket (List Objects) (the class implements this interface, which carries the method's documentation). */
export interface ListObjectsMethod {
  /**
   * GET Bucket (List Objects).
   *
   * If you have the read permission for a bucket, you can use this operation to list the objects
   * in it, in the dictionary order of their keys, a page at a time: at most max-keys keys (1000 by
   * default), from after marker.
   *
   * With a delimiter, the keys that contain it after the prefix are rolled up into CommonPrefixes,
   * each counting as one key of the page.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listObjects(input: ListObjectsInput, options?: CallOptions): Promise<ListObjectsOutput>;
}

/** The HTTP request of GET Bucket (List Objects) for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectsRequest(input: ListObjectsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {
      prefix: input.prefix,
      delimiter: input.delimiter,
      "max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
      "encoding-type": input.encodingType,
      marker: input.marker,
    },
    headers,
  };
}

/**
 * The output of GET Bucket (List Objects) from a successful response: the `ListBucketResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListObjectsResponse(response: IncomingResponse): ListObjectsOutput {
  return {
    ...readXmlResponse(response, LIST_OBJECTS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    region: responseHeader(response, "x-amz-bucket-region", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket V2 (List Objects V2) (the class implements this interface, which carries the method's documentation). */
export interface ListObjectsV2Method {
  /**
   * GET Bucket V2 (List Objects V2).
   *
   * If you have the read permission for a bucket, you can use this operation to list the objects
   * in it, in alphabetical order of their keys, a page at a time: at most max-keys keys (1000 by
   * default), after start-after or from the continuation token of the page before.
   *
   * With a delimiter, the keys that contain it after the prefix are rolled up into CommonPrefixes,
   * each counting as one key of the page. KeyCount is the number of keys and common prefixes the
   * page holds.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listObjectsV2(input: ListObjectsV2Input, options?: CallOptions): Promise<ListObjectsV2Output>;
}

/** The HTTP request of GET Bucket V2 (List Objects V2) for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectsV2Request(input: ListObjectsV2Input): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {
      "list-type": input.listType,
      prefix: input.prefix,
      delimiter: input.delimiter,
      "max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
      "encoding-type": input.encodingType,
      "start-after": input.startAfter,
      "continuation-token": input.continuationToken,
      "fetch-owner": input.fetchOwner === undefined ? undefined : String(input.fetchOwner),
    },
    headers,
  };
}

/**
 * The output of GET Bucket V2 (List Objects V2) from a successful response: the `ListBucketResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListObjectsV2Response(response: IncomingResponse): ListObjectsV2Output {
  return {
    ...readXmlResponse(response, LIST_OBJECTS_V2_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    region: responseHeader(response, "x-amz-bucket-location", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket Object versions (the class implements this interface, which carries the method's documentation). */
export interface ListObjectVersionsMethod {
  /**
   * GET Bucket Object versions.
   *
   * If you have the read permission for a bucket, you can use this operation to list the versions
   * of the objects in it, by key and then from the newest version, a page at a time, with the
   * delete markers among them.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listObjectVersions(input: ListObjectVersionsInput, options?: CallOptions): Promise<ListObjectVersionsOutput>;
}

/** The HTTP request of GET Bucket Object versions for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListObjectVersionsRequest(input: ListObjectVersionsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["versions"],
    query: {
      prefix: input.prefix,
      "key-marker": input.keyMarker,
      "max-keys": input.maxKeys === undefined ? undefined : String(input.maxKeys),
      delimiter: input.delimiter,
      "version-id-marker": input.versionIdMarker,
      "encoding-type": input.encodingType,
    },
    headers,
  };
}

/**
 * The output of GET Bucket Object versions from a successful response: the `ListVersionsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListObjectVersionsResponse(response: IncomingResponse): ListObjectVersionsOutput {
  return {
    ...readXmlResponse(response, LIST_OBJECT_VERSIONS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for POST Object (the class implements this interface, which carries the method's documentation). */
export interface PostObjectMethod {
  /**
   * POST Object.
   *
   * You can use this operation to upload an object to an existing bucket with an HTML form
   * (browser-based upload).
   *
   * Uploading an object adds it to a bucket. This operation requires the write permission. If
   * objects with the same object key exist in the bucket, the new object overwrites them (or adds a
   * version, in a bucket with versioning enabled).
   *
   * The form's fields stand in for the headers of PUT Object (the ACL, the storage class, metadata,
   * server-side encryption, WORM retention); the file is the last field. A signed form carries a
   * policy, the access key and the policy's signature (V2: AWSAccessKeyId and signature; V4:
   * x-amz-algorithm, x-amz-credential, x-amz-date and x-amz-signature); an unsigned form is
   * anonymous.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  postObject(input: WithBodySource<PostObjectInput, "file">, options?: CallOptions): Promise<PostObjectOutput>;
}

/** The HTTP request of POST Object for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePostObjectRequest(input: WithBodySource<PostObjectInput, "file">): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "POST",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: {},
    headers,
    payload: formBody(
      [
        ["key", input.key],
        ["awsaccesskeyid", input.awsAccessKeyId],
        ["policy", input.policy],
        ["signature", input.signature],
        ["x-amz-algorithm", input.algorithm],
        ["x-amz-credential", input.credential],
        ["x-amz-date", input.amzDate],
        ["x-amz-signature", input.amzSignature],
        ["x-amz-security-token", input.formSecurityToken],
        ["acl", input.acl],
        ["x-amz-storage-class", input.storageClass],
        ["cache-control", input.cacheControl],
        ["content-type", input.contentType],
        ["content-disposition", input.contentDisposition],
        ["content-encoding", input.contentEncoding],
        ["expires", input.expires],
        ["success_action_redirect", input.successActionRedirect],
        ["success_action_status", input.successActionStatus],
        ["x-amz-website-redirect-location", input.websiteRedirectLocation],
        ["x-amz-server-side-encryption", input.serverSideEncryption],
        ["x-amz-server-side-encryption-aws-kms-key-id", input.sseKmsKeyId],
        ["x-amz-server-side-encryption-customer-algorithm", input.sseCustomerAlgorithm],
        ["x-amz-server-side-encryption-customer-key", input.sseCustomerKey],
        ["x-amz-server-side-encryption-customer-key-md5", input.sseCustomerKeyMd5],
        ["x-amz-object-lock-mode", input.objectLockMode],
        ["x-amz-object-lock-retain-until-date", input.objectLockRetainUntilDate],
      ],
      [["x-amz-meta-", input.metadata]],
      input.fields,
      input.file,
    ),
    answers: [303],
  };
}

/**
 * The output of POST Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePostObjectResponse(response: IncomingResponse): PostObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    location: responseHeader(response, "location", "string", false),
    eTag: responseHeader(response, "etag", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
    status: answerStatus(response, [204, 200, 201, 303] as const),
    postResponse: response.status === 201 ? readXmlResponse(response, POST_OBJECT_201_XML) : undefined,
  };
}

/** `ObsClient`'s method for PUT Object (the class implements this interface, which carries the method's documentation). */
export interface PutObjectMethod {
  /**
   * PUT Object.
   *
   * After creating a bucket in OBS, you can use this operation to upload an object to the bucket.
   *
   * Uploading an object adds it to a bucket. This operation requires users to have the write
   * permission.
   *
   * The objects uploaded by users are stored in buckets. Only the users with the write permission
   * can upload objects to buckets. The names of objects in the same bucket must be unique.
   *
   * If objects with the same object keys exist in a specified bucket, the new objects uploaded by a
   * user will overwrite the original objects.
   *
   * To prevent data from being damaged during the transfer process, users can add Content-MD5 to
   * request headers. After OBS receives the objects that are uploaded, it executes MD5 verification
   * and returns an error if inconsistency is detected.
   *
   * Users can specify the x-amz-acl parameter and set a permission control policy when uploading
   * objects.
   *
   * This operation supports server-side encryption.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putObject(input: WithBodySource<PutObjectInput, "body">, options?: CallOptions): Promise<PutObjectOutput>;
}

/** The HTTP request of PUT Object for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutObjectRequest(input: WithBodySource<PutObjectInput, "body">): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-acl": input.acl,
    "x-amz-storage-class": input.storageClass,
    "x-amz-website-redirect-location": input.websiteRedirectLocation,
    "x-amz-server-side-encryption": input.serverSideEncryption,
    "x-amz-server-side-encryption-aws-kms-key-id": input.sseKmsKeyId,
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
    "x-amz-security-token": input.securityToken,
    "x-amz-object-lock-mode": input.objectLockMode,
    "x-amz-object-lock-retain-until-date": input.objectLockRetainUntilDate,
    "content-type": input.contentType,
    "content-encoding": input.contentEncoding,
    "cache-control": input.cacheControl,
    "content-disposition": input.contentDisposition,
    "content-language": input.contentLanguage,
    expires: input.expires,
    "if-none-match": input.ifNoneMatch,
    "if-match": input.ifMatch,
  };
  for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {},
    headers,
    payload: input.body,
  };
}

/**
 * The output of PUT Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutObjectResponse(response: IncomingResponse): PutObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    eTag: responseHeader(response, "etag", "string", true),
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
  };
}

/** `ObsClient`'s method for POST Object restore (the class implements this interface, which carries the method's documentation). */
export interface RestoreObjectMethod {
  /**
   * POST Object restore.
   *
   * If you want to obtain the content of a Cold object, restore the object first. Then, you can
   * download the object for the number of days the restore asks. By default the latest version is
   * restored; versionId names another.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  restoreObject(input: RestoreObjectInput, options?: CallOptions): Promise<RestoreObjectOutput>;
}

/** The HTTP request of POST Object restore for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeRestoreObjectRequest(input: RestoreObjectInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "POST",
    bucket: input.bucket,
    key: input.key,
    subresources: ["restore"],
    query: { versionId: input.versionId },
    headers,
    payload: {
      root: "RestoreRequest",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(RESTORE_OBJECT_INPUT_XML, input),
    },
    contentMd5: true,
  };
}

/**
 * The output of POST Object restore from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeRestoreObjectResponse(response: IncomingResponse): RestoreObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
