// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  COPY_OBJECT_OUTPUT_XML,
  DELETE_OBJECTS_OUTPUT_XML,
  LIST_OBJECT_VERSIONS_OUTPUT_XML,
  LIST_OBJECTS_OUTPUT_XML,
  LIST_OBJECTS_V2_OUTPUT_XML,
  POST_OBJECT_201_XML,
  renderXmlTree,
  validateCopyObjectRequest,
  validateDeleteObjectRequest,
  validateDeleteObjectsRequest,
  validateGetObjectRequest,
  validateHeadObjectRequest,
  validateListObjectsRequest,
  validateListObjectsV2Request,
  validateListObjectVersionsRequest,
  validatePostObjectRequest,
  validatePutObjectRequest,
  validateRestoreObjectRequest,
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
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a PUT Object - Copy handler returns; the server adds the request ID, host ID and Date. */
export type CopyObjectHandlerOutput = Omit<CopyObjectOutput, "requestId" | "hostId">;

/** The PUT Object - Copy member of `ObsHandlers`. */
export interface CopyObjectHandler {
  /** PUT Object - Copy: You can use this operation to create a copy of an object in OBS: a PUT on the destination */
  copyObject?: (
    input: CopyObjectInput,
    context: RequestContext,
  ) => Promise<CopyObjectHandlerOutput> | CopyObjectHandlerOutput;
}

/** The PUT Object - Copy member of `ObsBackend`. */
export interface CopyObjectBackend {
  /** PUT Object - Copy, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  copyObject(input: CopyObjectInput, options: BackendCallOptions): Promise<CopyObjectHandlerOutput>;
}

/** The 200 response of PUT Object - Copy: the `CopyObjectResult` document, and the response headers. */
export function renderCopyObjectResponse(output: CopyObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-copy-source-version-id": output.copySourceVersionId,
      "x-amz-version-id": output.versionId,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: renderXmlTree(
      "CopyObjectResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(COPY_OBJECT_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers PUT Object - Copy (`PUT /{BucketName}/{ObjectName} + x-amz-copy-source`). */
export const copyObjectRoute: Route<ObsHandlers> = {
  id: "CopyObject",
  method: "PUT",
  selectors: [],
  headerSelectors: ["x-amz-copy-source"],
  parameters: [],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.copyObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.copyObject;
    if (!handler) throw notImplemented("PUT Object - Copy");
    const checked = validateCopyObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderCopyObjectResponse(await handler(checked.value, context));
  },
};
/** What a DELETE Object handler returns; the server adds the request ID, host ID and Date. */
export type DeleteObjectHandlerOutput = Omit<DeleteObjectOutput, "requestId" | "hostId">;

/** The DELETE Object member of `ObsHandlers`. */
export interface DeleteObjectHandler {
  /** DELETE Object: You can use this operation to delete an object. The requester needs the write permission for */
  deleteObject?: (
    input: DeleteObjectInput,
    context: RequestContext,
  ) => Promise<DeleteObjectHandlerOutput> | DeleteObjectHandlerOutput;
}

/** The DELETE Object member of `ObsBackend`. */
export interface DeleteObjectBackend {
  /** DELETE Object, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteObject(input: DeleteObjectInput, options: BackendCallOptions): Promise<DeleteObjectHandlerOutput>;
}

/** The 204 response of DELETE Object: and the response headers. */
export function renderDeleteObjectResponse(output: DeleteObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {
      "x-amz-delete-marker": output.deleteMarker === undefined ? undefined : String(output.deleteMarker),
      "x-amz-version-id": output.versionId,
    },
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Object (`DELETE /{BucketName}/{ObjectName}`). */
export const deleteObjectRoute: Route<ObsHandlers> = {
  id: "DeleteObject",
  method: "DELETE",
  selectors: [],
  headerSelectors: [],
  parameters: ["versionId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteObject;
    if (!handler) throw notImplemented("DELETE Object");
    const checked = validateDeleteObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderDeleteObjectResponse(await handler(checked.value, context));
  },
};
/** What a DELETE Multiple Objects handler returns; the server adds the request ID, host ID and Date. */
export type DeleteObjectsHandlerOutput = Omit<DeleteObjectsOutput, "requestId" | "hostId">;

/** The DELETE Multiple Objects member of `ObsHandlers`. */
export interface DeleteObjectsHandler {
  /** DELETE Multiple Objects: This operation is used to batch delete objects from a bucket: up to 1000 keys in one XML */
  deleteObjects?: (
    input: DeleteObjectsInput,
    context: RequestContext,
  ) => Promise<DeleteObjectsHandlerOutput> | DeleteObjectsHandlerOutput;
}

/** The DELETE Multiple Objects member of `ObsBackend`. */
export interface DeleteObjectsBackend {
  /** DELETE Multiple Objects, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteObjects(input: DeleteObjectsInput, options: BackendCallOptions): Promise<DeleteObjectsHandlerOutput>;
}

/** The 200 response of DELETE Multiple Objects: the `DeleteResult` document, and the response headers. */
export function renderDeleteObjectsResponse(output: DeleteObjectsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "DeleteResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(DELETE_OBJECTS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers DELETE Multiple Objects (`POST /{BucketName}?delete`). */
export const deleteObjectsRoute: Route<ObsHandlers> = {
  id: "DeleteObjects",
  method: "POST",
  selectors: ["delete"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.deleteObjects !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteObjects;
    if (!handler) throw notImplemented("DELETE Multiple Objects");
    const checked = validateDeleteObjectsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderDeleteObjectsResponse(await handler(checked.value, context));
  },
};
/** What a GET Object handler returns; the server adds the request ID, host ID and Date. */
export type GetObjectHandlerOutput = Omit<Omit<GetObjectOutput, "requestId" | "hostId">, "body"> & {
  body: Uint8Array | string | AsyncIterable<Uint8Array>;
};

/** The GET Object member of `ObsHandlers`. */
export interface GetObjectHandler {
  /** GET Object: You can use this operation to download an object: its bytes are streamed, whole or one range, */
  getObject?: (
    input: GetObjectInput,
    context: RequestContext,
  ) => Promise<GetObjectHandlerOutput> | GetObjectHandlerOutput;
}

/** The GET Object member of `ObsBackend`. */
export interface GetObjectBackend {
  /** GET Object, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getObject(input: GetObjectInput, options: BackendCallOptions): Promise<GetObjectHandlerOutput>;
}

/** The 200 or 206 response of GET Object: the byte stream, and the response headers. */
export function renderGetObjectResponse(output: GetObjectHandlerOutput): RouteOutcome {
  const headers: Record<string, string | undefined> = {
    "content-length": output.contentLength === undefined ? undefined : String(output.contentLength),
    "content-type": output.contentType,
    etag: output.eTag,
    "last-modified": output.lastModified?.toUTCString(),
    "accept-ranges": output.acceptRanges,
    "cache-control": output.cacheControl,
    "content-disposition": output.contentDisposition,
    "content-encoding": output.contentEncoding,
    "content-language": output.contentLanguage,
    expires: output.expires,
    "x-amz-website-redirect-location": output.websiteRedirectLocation,
    "x-amz-version-id": output.versionId,
    "x-amz-server-side-encryption": output.serverSideEncryption,
    "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
    "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    "x-amz-storage-class": output.storageClass,
    "x-amz-restore": output.restore,
    "x-amz-checksum-crc32": output.checksumCrc32,
    "x-amz-checksum-crc32c": output.checksumCrc32c,
    "x-amz-checksum-crc64nvme": output.checksumCrc64Nvme,
    "x-amz-checksum-sha1": output.checksumSha1,
    "x-amz-checksum-sha256": output.checksumSha256,
    "content-range": output.contentRange,
  };
  for (const [name, value] of Object.entries(output.metadata ?? {}))
    headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    ok: true,
    status: output.contentRange !== undefined ? 206 : 200,
    headers: headers,
    body: output.body,
  };
}

/** How the server routes, validates and answers GET Object (`GET /{BucketName}/{ObjectName}`). */
export const getObjectRoute: Route<ObsHandlers> = {
  id: "GetObject",
  method: "GET",
  selectors: [],
  headerSelectors: [],
  parameters: [
    "response-content-type",
    "response-content-language",
    "response-expires",
    "response-cache-control",
    "response-content-disposition",
    "response-content-encoding",
    "versionId",
  ],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getObject;
    if (!handler) throw notImplemented("GET Object");
    const checked = validateGetObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderGetObjectResponse(await handler(checked.value, context));
  },
};
/** What a HEAD Object handler returns; the server adds the request ID, host ID and Date. */
export type HeadObjectHandlerOutput = Omit<HeadObjectOutput, "requestId" | "hostId">;

/** The HEAD Object member of `ObsHandlers`. */
export interface HeadObjectHandler {
  /** HEAD Object: You can use this operation to obtain an object's metadata without its bytes: the same headers */
  headObject?: (
    input: HeadObjectInput,
    context: RequestContext,
  ) => Promise<HeadObjectHandlerOutput> | HeadObjectHandlerOutput;
}

/** The HEAD Object member of `ObsBackend`. */
export interface HeadObjectBackend {
  /** HEAD Object, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  headObject(input: HeadObjectInput, options: BackendCallOptions): Promise<HeadObjectHandlerOutput>;
}

/** The 200 or 206 response of HEAD Object: and the response headers. */
export function renderHeadObjectResponse(output: HeadObjectHandlerOutput): RouteOutcome {
  const headers: Record<string, string | undefined> = {
    "content-length": output.contentLength === undefined ? undefined : String(output.contentLength),
    "content-type": output.contentType,
    etag: output.eTag,
    "last-modified": output.lastModified?.toUTCString(),
    "accept-ranges": output.acceptRanges,
    "cache-control": output.cacheControl,
    "content-disposition": output.contentDisposition,
    "content-encoding": output.contentEncoding,
    "content-language": output.contentLanguage,
    expires: output.expires,
    "x-amz-website-redirect-location": output.websiteRedirectLocation,
    "x-amz-version-id": output.versionId,
    "x-amz-server-side-encryption": output.serverSideEncryption,
    "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
    "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    "x-amz-storage-class": output.storageClass,
    "x-amz-restore": output.restore,
    "x-amz-checksum-crc32": output.checksumCrc32,
    "x-amz-checksum-crc32c": output.checksumCrc32c,
    "x-amz-checksum-crc64nvme": output.checksumCrc64Nvme,
    "x-amz-checksum-sha1": output.checksumSha1,
    "x-amz-checksum-sha256": output.checksumSha256,
    "content-range": output.contentRange,
    "x-amz-object-lock-mode": output.objectLockMode,
    "x-amz-object-lock-retain-until-date": output.objectLockRetainUntilDate,
  };
  for (const [name, value] of Object.entries(output.metadata ?? {}))
    headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    ok: true,
    status: output.contentRange !== undefined ? 206 : 200,
    headers: headers,
    body: "",
  };
}

/** How the server routes, validates and answers HEAD Object (`HEAD /{BucketName}/{ObjectName}`). */
export const headObjectRoute: Route<ObsHandlers> = {
  id: "HeadObject",
  method: "HEAD",
  selectors: [],
  headerSelectors: [],
  parameters: ["versionId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.headObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.headObject;
    if (!handler) throw notImplemented("HEAD Object");
    const checked = validateHeadObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderHeadObjectResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket (List Objects) handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectsHandlerOutput = Omit<ListObjectsOutput, "requestId" | "hostId">;

/** The GET Bucket (List Objects) member of `ObsHandlers`. */
export interface ListObjectsHandler {
  /** GET Bucket (List Objects): If you have the read permission for a bucket, you can use this operation to list the objects */
  listObjects?: (
    input: ListObjectsInput,
    context: RequestContext,
  ) => Promise<ListObjectsHandlerOutput> | ListObjectsHandlerOutput;
}

/** The GET Bucket (List Objects) member of `ObsBackend`. */
export interface ListObjectsBackend {
  /** GET Bucket (List Objects), done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  listObjects(input: ListObjectsInput, options: BackendCallOptions): Promise<ListObjectsHandlerOutput>;
}

/** The 200 response of GET Bucket (List Objects): the `ListBucketResult` document, and the response headers. */
export function renderListObjectsResponse(output: ListObjectsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-bucket-region": output.region,
    },
    body: renderXmlTree(
      "ListBucketResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_OBJECTS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket (List Objects) (`GET /{BucketName}`). */
export const listObjectsRoute: Route<ObsHandlers> = {
  id: "ListObjects",
  method: "GET",
  selectors: [],
  headerSelectors: [],
  parameters: ["prefix", "delimiter", "max-keys", "encoding-type", "marker"],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listObjects !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listObjects;
    if (!handler) throw notImplemented("GET Bucket (List Objects)");
    const checked = validateListObjectsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderListObjectsResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket V2 (List Objects V2) handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectsV2HandlerOutput = Omit<ListObjectsV2Output, "requestId" | "hostId">;

/** The GET Bucket V2 (List Objects V2) member of `ObsHandlers`. */
export interface ListObjectsV2Handler {
  /** GET Bucket V2 (List Objects V2): If you have the read permission for a bucket, you can use this operation to list the objects */
  listObjectsV2?: (
    input: ListObjectsV2Input,
    context: RequestContext,
  ) => Promise<ListObjectsV2HandlerOutput> | ListObjectsV2HandlerOutput;
}

/** The GET Bucket V2 (List Objects V2) member of `ObsBackend`. */
export interface ListObjectsV2Backend {
  /** GET Bucket V2 (List Objects V2), done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  listObjectsV2(input: ListObjectsV2Input, options: BackendCallOptions): Promise<ListObjectsV2HandlerOutput>;
}

/** The 200 response of GET Bucket V2 (List Objects V2): the `ListBucketResult` document, and the response headers. */
export function renderListObjectsV2Response(output: ListObjectsV2HandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-bucket-location": output.region,
    },
    body: renderXmlTree(
      "ListBucketResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_OBJECTS_V2_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket V2 (List Objects V2) (`GET /{BucketName}?list-type`). */
export const listObjectsV2Route: Route<ObsHandlers> = {
  id: "ListObjectsV2",
  method: "GET",
  selectors: ["list-type"],
  headerSelectors: [],
  parameters: [
    "list-type",
    "prefix",
    "delimiter",
    "max-keys",
    "encoding-type",
    "start-after",
    "continuation-token",
    "fetch-owner",
  ],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listObjectsV2 !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listObjectsV2;
    if (!handler) throw notImplemented("GET Bucket V2 (List Objects V2)");
    const checked = validateListObjectsV2Request(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderListObjectsV2Response(await handler(checked.value, context));
  },
};
/** What a GET Bucket Object versions handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectVersionsHandlerOutput = Omit<ListObjectVersionsOutput, "requestId" | "hostId">;

/** The GET Bucket Object versions member of `ObsHandlers`. */
export interface ListObjectVersionsHandler {
  /** GET Bucket Object versions: If you have the read permission for a bucket, you can use this operation to list the versions */
  listObjectVersions?: (
    input: ListObjectVersionsInput,
    context: RequestContext,
  ) => Promise<ListObjectVersionsHandlerOutput> | ListObjectVersionsHandlerOutput;
}

/** The GET Bucket Object versions member of `ObsBackend`. */
export interface ListObjectVersionsBackend {
  /** GET Bucket Object versions, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  listObjectVersions(
    input: ListObjectVersionsInput,
    options: BackendCallOptions,
  ): Promise<ListObjectVersionsHandlerOutput>;
}

/** The 200 response of GET Bucket Object versions: the `ListVersionsResult` document, and the response headers. */
export function renderListObjectVersionsResponse(output: ListObjectVersionsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListVersionsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_OBJECT_VERSIONS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket Object versions (`GET /{BucketName}?versions`). */
export const listObjectVersionsRoute: Route<ObsHandlers> = {
  id: "ListObjectVersions",
  method: "GET",
  selectors: ["versions"],
  headerSelectors: [],
  parameters: ["prefix", "key-marker", "max-keys", "delimiter", "version-id-marker", "encoding-type"],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listObjectVersions !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listObjectVersions;
    if (!handler) throw notImplemented("GET Bucket Object versions");
    const checked = validateListObjectVersionsRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderListObjectVersionsResponse(await handler(checked.value, context));
  },
};
/** What a POST Object handler returns; the server adds the request ID, host ID and Date. */
export type PostObjectHandlerOutput = Omit<PostObjectOutput, "requestId" | "hostId">;

/** The POST Object member of `ObsHandlers`. */
export interface PostObjectHandler {
  /** POST Object: You can use this operation to upload an object to an existing bucket with an HTML form */
  postObject?: (
    input: PostObjectInput,
    context: RequestContext,
  ) => Promise<PostObjectHandlerOutput> | PostObjectHandlerOutput;
}

/** The POST Object member of `ObsBackend`. */
export interface PostObjectBackend {
  /** POST Object, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  postObject(input: PostObjectInput, options: BackendCallOptions): Promise<PostObjectHandlerOutput>;
}

/** The 204 or 200 or 201 or 303 response of POST Object: and the response headers. */
export function renderPostObjectResponse(output: PostObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: output.status ?? 204,
    headers: {
      location: output.location,
      etag: output.eTag,
      "x-amz-version-id": output.versionId,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body:
      output.status === 201 && output.postResponse !== undefined
        ? renderXmlTree("PostResponse", undefined, xmlTreeOf(POST_OBJECT_201_XML, output.postResponse))
        : "",
  };
}

/** How the server routes, validates and answers POST Object (`POST /{BucketName}`). */
export const postObjectRoute: Route<ObsHandlers> = {
  id: "PostObject",
  method: "POST",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: {
    kind: "form",
    file: "file",
    error: "MalformedPOSTRequest",
    maxBytes: 5368709120,
    tooLarge: "EntityTooLarge",
  },
  anonymous: true,
  implemented: (handlers) => handlers.postObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.postObject;
    if (!handler) throw notImplemented("POST Object");
    const checked = validatePostObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPostObjectResponse(await handler(checked.value, context));
  },
};
/** What a PUT Object handler returns; the server adds the request ID, host ID and Date. */
export type PutObjectHandlerOutput = Omit<PutObjectOutput, "requestId" | "hostId">;

/** The PUT Object member of `ObsHandlers`. */
export interface PutObjectHandler {
  /** PUT Object: After creating a bucket in OBS, you can use this operation to upload an object to the bucket. */
  putObject?: (
    input: PutObjectInput,
    context: RequestContext,
  ) => Promise<PutObjectHandlerOutput> | PutObjectHandlerOutput;
}

/** The PUT Object member of `ObsBackend`. */
export interface PutObjectBackend {
  /** PUT Object, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putObject(input: PutObjectInput, options: BackendCallOptions): Promise<PutObjectHandlerOutput>;
}

/** The 200 response of PUT Object: and the response headers. */
export function renderPutObjectResponse(output: PutObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      etag: output.eTag,
      "x-amz-version-id": output.versionId,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
      "x-amz-storage-class": output.storageClass,
      "x-amz-checksum-crc32": output.checksumCrc32,
      "x-amz-checksum-crc32c": output.checksumCrc32c,
      "x-amz-checksum-crc64nvme": output.checksumCrc64Nvme,
      "x-amz-checksum-sha1": output.checksumSha1,
      "x-amz-checksum-sha256": output.checksumSha256,
    },
    body: "",
  };
}

/** How the server routes, validates and answers PUT Object (`PUT /{BucketName}/{ObjectName}`). */
export const putObjectRoute: Route<ObsHandlers> = {
  id: "PutObject",
  method: "PUT",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "object",
  payload: { kind: "blob", maxBytes: 5368709120, tooLarge: "EntityTooLarge" },
  implemented: (handlers) => handlers.putObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putObject;
    if (!handler) throw notImplemented("PUT Object");
    const checked = validatePutObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPutObjectResponse(await handler(checked.value, context));
  },
};
/** What a POST Object restore handler returns; the server adds the request ID, host ID and Date. */
export type RestoreObjectHandlerOutput = Omit<RestoreObjectOutput, "requestId" | "hostId">;

/** The POST Object restore member of `ObsHandlers`. */
export interface RestoreObjectHandler {
  /** POST Object restore: If you want to obtain the content of a Cold object, restore the object first. Then, you can */
  restoreObject?: (
    input: RestoreObjectInput,
    context: RequestContext,
  ) => Promise<RestoreObjectHandlerOutput> | RestoreObjectHandlerOutput;
}

/** The POST Object restore member of `ObsBackend`. */
export interface RestoreObjectBackend {
  /** POST Object restore, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  restoreObject(input: RestoreObjectInput, options: BackendCallOptions): Promise<RestoreObjectHandlerOutput>;
}

/** The 202 response of POST Object restore: and the response headers. */
export function renderRestoreObjectResponse(output: RestoreObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 202,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers POST Object restore (`POST /{BucketName}/{ObjectName}?restore`). */
export const restoreObjectRoute: Route<ObsHandlers> = {
  id: "RestoreObject",
  method: "POST",
  selectors: ["restore"],
  headerSelectors: [],
  parameters: ["versionId"],
  level: "object",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.restoreObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.restoreObject;
    if (!handler) throw notImplemented("POST Object restore");
    const checked = validateRestoreObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderRestoreObjectResponse(await handler(checked.value, context));
  },
};
