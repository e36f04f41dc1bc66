// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML,
  INITIATE_MULTIPART_UPLOAD_OUTPUT_XML,
  LIST_MULTIPART_UPLOADS_OUTPUT_XML,
  LIST_PARTS_OUTPUT_XML,
  renderXmlTree,
  UPLOAD_PART_COPY_OUTPUT_XML,
  validateAbortMultipartUploadRequest,
  validateCompleteMultipartUploadRequest,
  validateInitiateMultipartUploadRequest,
  validateListMultipartUploadsRequest,
  validateListPartsRequest,
  validateUploadPartCopyRequest,
  validateUploadPartRequest,
  xmlTreeOf,
  type AbortMultipartUploadInput,
  type AbortMultipartUploadOutput,
  type CompleteMultipartUploadInput,
  type CompleteMultipartUploadOutput,
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
  type ListMultipartUploadsInput,
  type ListMultipartUploadsOutput,
  type ListPartsInput,
  type ListPartsOutput,
  type UploadPartCopyInput,
  type UploadPartCopyOutput,
  type UploadPartInput,
  type UploadPartOutput,
} from "@obs-toolkit/validator";
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a Abort Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type AbortMultipartUploadHandlerOutput = Omit<AbortMultipartUploadOutput, "requestId" | "hostId">;

/** The Abort Multipart Upload member of `ObsHandlers`. */
export interface AbortMultipartUploadHandler {
  /** Abort Multipart Upload: You can use this operation to abort a multipart upload. After the request is sent, parts associated to the multipart upload cannot be uploaded or listed. */
  abortMultipartUpload?: (
    input: AbortMultipartUploadInput,
    context: RequestContext,
  ) => Promise<AbortMultipartUploadHandlerOutput> | AbortMultipartUploadHandlerOutput;
}

/** The Abort Multipart Upload member of `ObsBackend`. */
export interface AbortMultipartUploadBackend {
  /** Abort Multipart Upload, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  abortMultipartUpload(
    input: AbortMultipartUploadInput,
    options: BackendCallOptions,
  ): Promise<AbortMultipartUploadHandlerOutput>;
}

/** The 204 response of Abort Multipart Upload: and the response headers. */
export function renderAbortMultipartUploadResponse(output: AbortMultipartUploadHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers Abort Multipart Upload (`DELETE /{BucketName}/{ObjectName}?uploadId`). */
export const abortMultipartUploadRoute: Route<ObsHandlers> = {
  id: "AbortMultipartUpload",
  method: "DELETE",
  selectors: ["uploadId"],
  headerSelectors: [],
  parameters: ["uploadId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.abortMultipartUpload !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.abortMultipartUpload;
    if (!handler) throw notImplemented("Abort Multipart Upload");
    const checked = validateAbortMultipartUploadRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderAbortMultipartUploadResponse(await handler(checked.value, context));
  },
};
/** What a Complete Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type CompleteMultipartUploadHandlerOutput = Omit<CompleteMultipartUploadOutput, "requestId" | "hostId">;

/** The Complete Multipart Upload member of `ObsHandlers`. */
export interface CompleteMultipartUploadHandler {
  /** Complete Multipart Upload: After uploading all parts for a multipart upload, you can use this operation to complete the multipart upload. */
  completeMultipartUpload?: (
    input: CompleteMultipartUploadInput,
    context: RequestContext,
  ) => Promise<CompleteMultipartUploadHandlerOutput> | CompleteMultipartUploadHandlerOutput;
}

/** The Complete Multipart Upload member of `ObsBackend`. */
export interface CompleteMultipartUploadBackend {
  /** Complete Multipart Upload, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  completeMultipartUpload(
    input: CompleteMultipartUploadInput,
    options: BackendCallOptions,
  ): Promise<CompleteMultipartUploadHandlerOutput>;
}

/** The 200 response of Complete Multipart Upload: the `CompleteMultipartUploadResult` document, and the response headers. */
export function renderCompleteMultipartUploadResponse(output: CompleteMultipartUploadHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-version-id": output.versionId,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
    },
    body: renderXmlTree(
      "CompleteMultipartUploadResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers Complete Multipart Upload (`POST /{BucketName}/{ObjectName}?uploadId`). */
export const completeMultipartUploadRoute: Route<ObsHandlers> = {
  id: "CompleteMultipartUpload",
  method: "POST",
  selectors: ["uploadId"],
  headerSelectors: [],
  parameters: ["uploadId"],
  level: "object",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.completeMultipartUpload !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.completeMultipartUpload;
    if (!handler) throw notImplemented("Complete Multipart Upload");
    const checked = validateCompleteMultipartUploadRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderCompleteMultipartUploadResponse(await handler(checked.value, context));
  },
};
/** What a Initiate Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type InitiateMultipartUploadHandlerOutput = Omit<InitiateMultipartUploadOutput, "requestId" | "hostId">;

/** The Initiate Multipart Upload member of `ObsHandlers`. */
export interface InitiateMultipartUploadHandler {
  /** Initiate Multipart Upload: You can use this operation to obtain a globally unique upload ID. */
  initiateMultipartUpload?: (
    input: InitiateMultipartUploadInput,
    context: RequestContext,
  ) => Promise<InitiateMultipartUploadHandlerOutput> | InitiateMultipartUploadHandlerOutput;
}

/** The Initiate Multipart Upload member of `ObsBackend`. */
export interface InitiateMultipartUploadBackend {
  /** Initiate Multipart Upload, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  initiateMultipartUpload(
    input: InitiateMultipartUploadInput,
    options: BackendCallOptions,
  ): Promise<InitiateMultipartUploadHandlerOutput>;
}

/** The 200 response of Initiate Multipart Upload: the `InitiateMultipartUploadResult` document, and the response headers. */
export function renderInitiateMultipartUploadResponse(output: InitiateMultipartUploadHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: renderXmlTree(
      "InitiateMultipartUploadResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(INITIATE_MULTIPART_UPLOAD_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers Initiate Multipart Upload (`POST /{BucketName}/{ObjectName}?uploads`). */
export const initiateMultipartUploadRoute: Route<ObsHandlers> = {
  id: "InitiateMultipartUpload",
  method: "POST",
  selectors: ["uploads"],
  headerSelectors: [],
  parameters: [],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.initiateMultipartUpload !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.initiateMultipartUpload;
    if (!handler) throw notImplemented("Initiate Multipart Upload");
    const checked = validateInitiateMultipartUploadRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderInitiateMultipartUploadResponse(await handler(checked.value, context));
  },
};
/** What a List Multipart Uploads handler returns; the server adds the request ID, host ID and Date. */
export type ListMultipartUploadsHandlerOutput = Omit<ListMultipartUploadsOutput, "requestId" | "hostId">;

/** The List Multipart Uploads member of `ObsHandlers`. */
export interface ListMultipartUploadsHandler {
  /** List Multipart Uploads: You can use this operation to query all in-progress multipart uploads that have been initiated but not been combined or aborted. */
  listMultipartUploads?: (
    input: ListMultipartUploadsInput,
    context: RequestContext,
  ) => Promise<ListMultipartUploadsHandlerOutput> | ListMultipartUploadsHandlerOutput;
}

/** The List Multipart Uploads member of `ObsBackend`. */
export interface ListMultipartUploadsBackend {
  /** List Multipart Uploads, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  listMultipartUploads(
    input: ListMultipartUploadsInput,
    options: BackendCallOptions,
  ): Promise<ListMultipartUploadsHandlerOutput>;
}

/** The 200 response of List Multipart Uploads: the `ListMultipartUploadsResult` document, and the response headers. */
export function renderListMultipartUploadsResponse(output: ListMultipartUploadsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListMultipartUploadsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_MULTIPART_UPLOADS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers List Multipart Uploads (`GET /{BucketName}?uploads`). */
export const listMultipartUploadsRoute: Route<ObsHandlers> = {
  id: "ListMultipartUploads",
  method: "GET",
  selectors: ["uploads"],
  headerSelectors: [],
  parameters: ["delimiter", "prefix", "max-uploads", "key-marker", "upload-id-marker"],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listMultipartUploads !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listMultipartUploads;
    if (!handler) throw notImplemented("List Multipart Uploads");
    const checked = validateListMultipartUploadsRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderListMultipartUploadsResponse(await handler(checked.value, context));
  },
};
/** What a List Parts handler returns; the server adds the request ID, host ID and Date. */
export type ListPartsHandlerOutput = Omit<ListPartsOutput, "requestId" | "hostId">;

/** The List Parts member of `ObsHandlers`. */
export interface ListPartsHandler {
  /** List Parts: You can use this operation to query all parts associated to a multipart upload. */
  listParts?: (
    input: ListPartsInput,
    context: RequestContext,
  ) => Promise<ListPartsHandlerOutput> | ListPartsHandlerOutput;
}

/** The List Parts member of `ObsBackend`. */
export interface ListPartsBackend {
  /** List Parts, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  listParts(input: ListPartsInput, options: BackendCallOptions): Promise<ListPartsHandlerOutput>;
}

/** The 200 response of List Parts: the `ListPartsResult` document, and the response headers. */
export function renderListPartsResponse(output: ListPartsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListPartsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_PARTS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers List Parts (`GET /{BucketName}/{ObjectName}?uploadId`). */
export const listPartsRoute: Route<ObsHandlers> = {
  id: "ListParts",
  method: "GET",
  selectors: ["uploadId"],
  headerSelectors: [],
  parameters: ["uploadId", "max-parts", "part-number-marker"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listParts !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listParts;
    if (!handler) throw notImplemented("List Parts");
    const checked = validateListPartsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderListPartsResponse(await handler(checked.value, context));
  },
};
/** What a Upload Part handler returns; the server adds the request ID, host ID and Date. */
export type UploadPartHandlerOutput = Omit<UploadPartOutput, "requestId" | "hostId">;

/** The Upload Part member of `ObsHandlers`. */
export interface UploadPartHandler {
  /** Upload Part: After initiating a multipart upload, you can use this operation to upload parts for the multipart upload using its uploadId. */
  uploadPart?: (
    input: UploadPartInput,
    context: RequestContext,
  ) => Promise<UploadPartHandlerOutput> | UploadPartHandlerOutput;
}

/** The Upload Part member of `ObsBackend`. */
export interface UploadPartBackend {
  /** Upload Part, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  uploadPart(input: UploadPartInput, options: BackendCallOptions): Promise<UploadPartHandlerOutput>;
}

/** The 200 response of Upload Part: and the response headers. */
export function renderUploadPartResponse(output: UploadPartHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      etag: output.eTag,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: "",
  };
}

/** How the server routes, validates and answers Upload Part (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId`). */
export const uploadPartRoute: Route<ObsHandlers> = {
  id: "UploadPart",
  method: "PUT",
  selectors: ["partNumber", "uploadId"],
  headerSelectors: [],
  parameters: ["partNumber", "uploadId"],
  level: "object",
  payload: { kind: "blob", maxBytes: 5368709120, tooLarge: "EntityTooLarge" },
  implemented: (handlers) => handlers.uploadPart !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.uploadPart;
    if (!handler) throw notImplemented("Upload Part");
    const checked = validateUploadPartRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderUploadPartResponse(await handler(checked.value, context));
  },
};
/** What a Upload Part - Copy handler returns; the server adds the request ID, host ID and Date. */
export type UploadPartCopyHandlerOutput = Omit<UploadPartCopyOutput, "requestId" | "hostId">;

/** The Upload Part - Copy member of `ObsHandlers`. */
export interface UploadPartCopyHandler {
  /** Upload Part - Copy: After initiating a multipart upload, you can use this operation to copy a part of an */
  uploadPartCopy?: (
    input: UploadPartCopyInput,
    context: RequestContext,
  ) => Promise<UploadPartCopyHandlerOutput> | UploadPartCopyHandlerOutput;
}

/** The Upload Part - Copy member of `ObsBackend`. */
export interface UploadPartCopyBackend {
  /** Upload Part - Copy, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  uploadPartCopy(input: UploadPartCopyInput, options: BackendCallOptions): Promise<UploadPartCopyHandlerOutput>;
}

/** The 200 response of Upload Part - Copy: the `CopyPartResult` document, and the response headers. */
export function renderUploadPartCopyResponse(output: UploadPartCopyHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: renderXmlTree(
      "CopyPartResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(UPLOAD_PART_COPY_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers Upload Part - Copy (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId + x-amz-copy-source`). */
export const uploadPartCopyRoute: Route<ObsHandlers> = {
  id: "UploadPartCopy",
  method: "PUT",
  selectors: ["partNumber", "uploadId"],
  headerSelectors: ["x-amz-copy-source"],
  parameters: ["partNumber", "uploadId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.uploadPartCopy !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.uploadPartCopy;
    if (!handler) throw notImplemented("Upload Part - Copy");
    const checked = validateUploadPartCopyRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderUploadPartCopyResponse(await handler(checked.value, context));
  },
};
