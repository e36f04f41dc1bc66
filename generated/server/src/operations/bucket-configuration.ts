// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_CUSTOM_DOMAIN_OUTPUT_XML,
  GET_BUCKET_ENCRYPTION_OUTPUT_XML,
  GET_BUCKET_LOGGING_OUTPUT_XML,
  GET_BUCKET_NOTIFICATION_OUTPUT_XML,
  GET_BUCKET_QUOTA_OUTPUT_XML,
  GET_BUCKET_REPLICATION_OUTPUT_XML,
  GET_BUCKET_REQUEST_PAYMENT_OUTPUT_XML,
  GET_BUCKET_STORAGE_CLASS_OUTPUT_XML,
  GET_BUCKET_STORAGE_OUTPUT_XML,
  GET_BUCKET_TAGGING_OUTPUT_XML,
  GET_BUCKET_VERSIONING_OUTPUT_XML,
  GET_BUCKET_WEBSITE_OUTPUT_XML,
  renderXmlTree,
  validateDeleteBucketCustomDomainRequest,
  validateDeleteBucketEncryptionRequest,
  validateDeleteBucketReplicationRequest,
  validateDeleteBucketTaggingRequest,
  validateDeleteBucketWebsiteRequest,
  validateGetBucketCustomDomainRequest,
  validateGetBucketEncryptionRequest,
  validateGetBucketLoggingRequest,
  validateGetBucketNotificationRequest,
  validateGetBucketQuotaRequest,
  validateGetBucketReplicationRequest,
  validateGetBucketRequestPaymentRequest,
  validateGetBucketStorageClassRequest,
  validateGetBucketStorageRequest,
  validateGetBucketTaggingRequest,
  validateGetBucketVersioningRequest,
  validateGetBucketWebsiteRequest,
  validatePutBucketCustomDomainRequest,
  validatePutBucketEncryptionRequest,
  validatePutBucketLoggingRequest,
  validatePutBucketNotificationRequest,
  validatePutBucketQuotaRequest,
  validatePutBucketReplicationRequest,
  validatePutBucketRequestPaymentRequest,
  validatePutBucketStorageClassRequest,
  validatePutBucketTaggingRequest,
  validatePutBucketVersioningRequest,
  validatePutBucketWebsiteRequest,
  xmlTreeOf,
  type DeleteBucketCustomDomainInput,
  type DeleteBucketCustomDomainOutput,
  type DeleteBucketEncryptionInput,
  type DeleteBucketEncryptionOutput,
  type DeleteBucketReplicationInput,
  type DeleteBucketReplicationOutput,
  type DeleteBucketTaggingInput,
  type DeleteBucketTaggingOutput,
  type DeleteBucketWebsiteInput,
  type DeleteBucketWebsiteOutput,
  type GetBucketCustomDomainInput,
  type GetBucketCustomDomainOutput,
  type GetBucketEncryptionInput,
  type GetBucketEncryptionOutput,
  type GetBucketLoggingInput,
  type GetBucketLoggingOutput,
  type GetBucketNotificationInput,
  type GetBucketNotificationOutput,
  type GetBucketQuotaInput,
  type GetBucketQuotaOutput,
  type GetBucketReplicationInput,
  type GetBucketReplicationOutput,
  type GetBucketRequestPaymentInput,
  type GetBucketRequestPaymentOutput,
  type GetBucketStorageClassInput,
  type GetBucketStorageClassOutput,
  type GetBucketStorageInput,
  type GetBucketStorageOutput,
  type GetBucketTaggingInput,
  type GetBucketTaggingOutput,
  type GetBucketVersioningInput,
  type GetBucketVersioningOutput,
  type GetBucketWebsiteInput,
  type GetBucketWebsiteOutput,
  type PutBucketCustomDomainInput,
  type PutBucketCustomDomainOutput,
  type PutBucketEncryptionInput,
  type PutBucketEncryptionOutput,
  type PutBucketLoggingInput,
  type PutBucketLoggingOutput,
  type PutBucketNotificationInput,
  type PutBucketNotificationOutput,
  type PutBucketQuotaInput,
  type PutBucketQuotaOutput,
  type PutBucketReplicationInput,
  type PutBucketReplicationOutput,
  type PutBucketRequestPaymentInput,
  type PutBucketRequestPaymentOutput,
  type PutBucketStorageClassInput,
  type PutBucketStorageClassOutput,
  type PutBucketTaggingInput,
  type PutBucketTaggingOutput,
  type PutBucketVersioningInput,
  type PutBucketVersioningOutput,
  type PutBucketWebsiteInput,
  type PutBucketWebsiteOutput,
} from "@obs-toolkit/validator";
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a DELETE Bucket Custom Domain handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketCustomDomainHandlerOutput = Omit<DeleteBucketCustomDomainOutput, "requestId" | "hostId">;

/** The DELETE Bucket Custom Domain member of `ObsHandlers`. */
export interface DeleteBucketCustomDomainHandler {
  /** DELETE Bucket Custom Domain: This operation deletes a custom domain name of a bucket. */
  deleteBucketCustomDomain?: (
    input: DeleteBucketCustomDomainInput,
    context: RequestContext,
  ) => Promise<DeleteBucketCustomDomainHandlerOutput> | DeleteBucketCustomDomainHandlerOutput;
}

/** The DELETE Bucket Custom Domain member of `ObsBackend`. */
export interface DeleteBucketCustomDomainBackend {
  /** DELETE Bucket Custom Domain, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketCustomDomain(
    input: DeleteBucketCustomDomainInput,
    options: BackendCallOptions,
  ): Promise<DeleteBucketCustomDomainHandlerOutput>;
}

/** The 204 response of DELETE Bucket Custom Domain: and the response headers. */
export function renderDeleteBucketCustomDomainResponse(output: DeleteBucketCustomDomainHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket Custom Domain (`DELETE /{BucketName}?customdomain`). */
export const deleteBucketCustomDomainRoute: Route<ObsHandlers> = {
  id: "DeleteBucketCustomDomain",
  method: "DELETE",
  selectors: ["customdomain"],
  headerSelectors: [],
  parameters: ["customdomain"],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketCustomDomain !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketCustomDomain;
    if (!handler) throw notImplemented("DELETE Bucket Custom Domain");
    const checked = validateDeleteBucketCustomDomainRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketCustomDomainResponse(await handler(checked.value, context));
  },
};
/** What a DELETE Bucket Encryption handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketEncryptionHandlerOutput = Omit<DeleteBucketEncryptionOutput, "requestId" | "hostId">;

/** The DELETE Bucket Encryption member of `ObsHandlers`. */
export interface DeleteBucketEncryptionHandler {
  /** DELETE Bucket Encryption: This operation deletes the default server-side encryption configuration of a bucket; new objects */
  deleteBucketEncryption?: (
    input: DeleteBucketEncryptionInput,
    context: RequestContext,
  ) => Promise<DeleteBucketEncryptionHandlerOutput> | DeleteBucketEncryptionHandlerOutput;
}

/** The DELETE Bucket Encryption member of `ObsBackend`. */
export interface DeleteBucketEncryptionBackend {
  /** DELETE Bucket Encryption, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketEncryption(
    input: DeleteBucketEncryptionInput,
    options: BackendCallOptions,
  ): Promise<DeleteBucketEncryptionHandlerOutput>;
}

/** The 204 response of DELETE Bucket Encryption: and the response headers. */
export function renderDeleteBucketEncryptionResponse(output: DeleteBucketEncryptionHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket Encryption (`DELETE /{BucketName}?encryption`). */
export const deleteBucketEncryptionRoute: Route<ObsHandlers> = {
  id: "DeleteBucketEncryption",
  method: "DELETE",
  selectors: ["encryption"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketEncryption !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketEncryption;
    if (!handler) throw notImplemented("DELETE Bucket Encryption");
    const checked = validateDeleteBucketEncryptionRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketEncryptionResponse(await handler(checked.value, context));
  },
};
/** What a DELETE Bucket Replication handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketReplicationHandlerOutput = Omit<DeleteBucketReplicationOutput, "requestId" | "hostId">;

/** The DELETE Bucket Replication member of `ObsHandlers`. */
export interface DeleteBucketReplicationHandler {
  /** DELETE Bucket Replication: This operation deletes the cross-region replication configuration of a bucket. */
  deleteBucketReplication?: (
    input: DeleteBucketReplicationInput,
    context: RequestContext,
  ) => Promise<DeleteBucketReplicationHandlerOutput> | DeleteBucketReplicationHandlerOutput;
}

/** The DELETE Bucket Replication member of `ObsBackend`. */
export interface DeleteBucketReplicationBackend {
  /** DELETE Bucket Replication, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketReplication(
    input: DeleteBucketReplicationInput,
    options: BackendCallOptions,
  ): Promise<DeleteBucketReplicationHandlerOutput>;
}

/** The 204 response of DELETE Bucket Replication: and the response headers. */
export function renderDeleteBucketReplicationResponse(output: DeleteBucketReplicationHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket Replication (`DELETE /{BucketName}?replication`). */
export const deleteBucketReplicationRoute: Route<ObsHandlers> = {
  id: "DeleteBucketReplication",
  method: "DELETE",
  selectors: ["replication"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketReplication !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketReplication;
    if (!handler) throw notImplemented("DELETE Bucket Replication");
    const checked = validateDeleteBucketReplicationRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketReplicationResponse(await handler(checked.value, context));
  },
};
/** What a DELETE Bucket tagging handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketTaggingHandlerOutput = Omit<DeleteBucketTaggingOutput, "requestId" | "hostId">;

/** The DELETE Bucket tagging member of `ObsHandlers`. */
export interface DeleteBucketTaggingHandler {
  /** DELETE Bucket tagging: This operation removes the tag set of a bucket. Deleting the tags of a bucket that has none */
  deleteBucketTagging?: (
    input: DeleteBucketTaggingInput,
    context: RequestContext,
  ) => Promise<DeleteBucketTaggingHandlerOutput> | DeleteBucketTaggingHandlerOutput;
}

/** The DELETE Bucket tagging member of `ObsBackend`. */
export interface DeleteBucketTaggingBackend {
  /** DELETE Bucket tagging, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketTagging(
    input: DeleteBucketTaggingInput,
    options: BackendCallOptions,
  ): Promise<DeleteBucketTaggingHandlerOutput>;
}

/** The 204 response of DELETE Bucket tagging: and the response headers. */
export function renderDeleteBucketTaggingResponse(output: DeleteBucketTaggingHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket tagging (`DELETE /{BucketName}?tagging`). */
export const deleteBucketTaggingRoute: Route<ObsHandlers> = {
  id: "DeleteBucketTagging",
  method: "DELETE",
  selectors: ["tagging"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketTagging !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketTagging;
    if (!handler) throw notImplemented("DELETE Bucket tagging");
    const checked = validateDeleteBucketTaggingRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketTaggingResponse(await handler(checked.value, context));
  },
};
/** What a DELETE Bucket website handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketWebsiteHandlerOutput = Omit<DeleteBucketWebsiteOutput, "requestId" | "hostId">;

/** The DELETE Bucket website member of `ObsHandlers`. */
export interface DeleteBucketWebsiteHandler {
  /** DELETE Bucket website: You can use this operation to delete the website configuration of a bucket. */
  deleteBucketWebsite?: (
    input: DeleteBucketWebsiteInput,
    context: RequestContext,
  ) => Promise<DeleteBucketWebsiteHandlerOutput> | DeleteBucketWebsiteHandlerOutput;
}

/** The DELETE Bucket website member of `ObsBackend`. */
export interface DeleteBucketWebsiteBackend {
  /** DELETE Bucket website, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketWebsite(
    input: DeleteBucketWebsiteInput,
    options: BackendCallOptions,
  ): Promise<DeleteBucketWebsiteHandlerOutput>;
}

/** The 204 response of DELETE Bucket website: and the response headers. */
export function renderDeleteBucketWebsiteResponse(output: DeleteBucketWebsiteHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket website (`DELETE /{BucketName}?website`). */
export const deleteBucketWebsiteRoute: Route<ObsHandlers> = {
  id: "DeleteBucketWebsite",
  method: "DELETE",
  selectors: ["website"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketWebsite !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketWebsite;
    if (!handler) throw notImplemented("DELETE Bucket website");
    const checked = validateDeleteBucketWebsiteRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketWebsiteResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket Custom Domain handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketCustomDomainHandlerOutput = Omit<GetBucketCustomDomainOutput, "requestId" | "hostId">;

/** The GET Bucket Custom Domain member of `ObsHandlers`. */
export interface GetBucketCustomDomainHandler {
  /** GET Bucket Custom Domain: This operation obtains the custom domain names of a bucket. */
  getBucketCustomDomain?: (
    input: GetBucketCustomDomainInput,
    context: RequestContext,
  ) => Promise<GetBucketCustomDomainHandlerOutput> | GetBucketCustomDomainHandlerOutput;
}

/** The GET Bucket Custom Domain member of `ObsBackend`. */
export interface GetBucketCustomDomainBackend {
  /** GET Bucket Custom Domain, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketCustomDomain(
    input: GetBucketCustomDomainInput,
    options: BackendCallOptions,
  ): Promise<GetBucketCustomDomainHandlerOutput>;
}

/** The 200 response of GET Bucket Custom Domain: the `ListBucketCustomDomainsResult` document, and the response headers. */
export function renderGetBucketCustomDomainResponse(output: GetBucketCustomDomainHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListBucketCustomDomainsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_CUSTOM_DOMAIN_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket Custom Domain (`GET /{BucketName}?customdomain`). */
export const getBucketCustomDomainRoute: Route<ObsHandlers> = {
  id: "GetBucketCustomDomain",
  method: "GET",
  selectors: ["customdomain"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketCustomDomain !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketCustomDomain;
    if (!handler) throw notImplemented("GET Bucket Custom Domain");
    const checked = validateGetBucketCustomDomainRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketCustomDomainResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket Encryption handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketEncryptionHandlerOutput = Omit<GetBucketEncryptionOutput, "requestId" | "hostId">;

/** The GET Bucket Encryption member of `ObsHandlers`. */
export interface GetBucketEncryptionHandler {
  /** GET Bucket Encryption: This operation obtains the default server-side encryption configuration of a bucket. A bucket */
  getBucketEncryption?: (
    input: GetBucketEncryptionInput,
    context: RequestContext,
  ) => Promise<GetBucketEncryptionHandlerOutput> | GetBucketEncryptionHandlerOutput;
}

/** The GET Bucket Encryption member of `ObsBackend`. */
export interface GetBucketEncryptionBackend {
  /** GET Bucket Encryption, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketEncryption(
    input: GetBucketEncryptionInput,
    options: BackendCallOptions,
  ): Promise<GetBucketEncryptionHandlerOutput>;
}

/** The 200 response of GET Bucket Encryption: the `ServerSideEncryptionConfiguration` document, and the response headers. */
export function renderGetBucketEncryptionResponse(output: GetBucketEncryptionHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ServerSideEncryptionConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_ENCRYPTION_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket Encryption (`GET /{BucketName}?encryption`). */
export const getBucketEncryptionRoute: Route<ObsHandlers> = {
  id: "GetBucketEncryption",
  method: "GET",
  selectors: ["encryption"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketEncryption !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketEncryption;
    if (!handler) throw notImplemented("GET Bucket Encryption");
    const checked = validateGetBucketEncryptionRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketEncryptionResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket logging handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketLoggingHandlerOutput = Omit<GetBucketLoggingOutput, "requestId" | "hostId">;

/** The GET Bucket logging member of `ObsHandlers`. */
export interface GetBucketLoggingHandler {
  /** GET Bucket logging: This operation is used to obtain the logging status of a bucket: an empty BucketLoggingStatus */
  getBucketLogging?: (
    input: GetBucketLoggingInput,
    context: RequestContext,
  ) => Promise<GetBucketLoggingHandlerOutput> | GetBucketLoggingHandlerOutput;
}

/** The GET Bucket logging member of `ObsBackend`. */
export interface GetBucketLoggingBackend {
  /** GET Bucket logging, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketLogging(input: GetBucketLoggingInput, options: BackendCallOptions): Promise<GetBucketLoggingHandlerOutput>;
}

/** The 200 response of GET Bucket logging: the `BucketLoggingStatus` document, and the response headers. */
export function renderGetBucketLoggingResponse(output: GetBucketLoggingHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "BucketLoggingStatus",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_LOGGING_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket logging (`GET /{BucketName}?logging`). */
export const getBucketLoggingRoute: Route<ObsHandlers> = {
  id: "GetBucketLogging",
  method: "GET",
  selectors: ["logging"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketLogging !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketLogging;
    if (!handler) throw notImplemented("GET Bucket logging");
    const checked = validateGetBucketLoggingRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketLoggingResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket Notification handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketNotificationHandlerOutput = Omit<GetBucketNotificationOutput, "requestId" | "hostId">;

/** The GET Bucket Notification member of `ObsHandlers`. */
export interface GetBucketNotificationHandler {
  /** GET Bucket Notification: This operation is used to obtain the event notification configuration of a bucket; an empty */
  getBucketNotification?: (
    input: GetBucketNotificationInput,
    context: RequestContext,
  ) => Promise<GetBucketNotificationHandlerOutput> | GetBucketNotificationHandlerOutput;
}

/** The GET Bucket Notification member of `ObsBackend`. */
export interface GetBucketNotificationBackend {
  /** GET Bucket Notification, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketNotification(
    input: GetBucketNotificationInput,
    options: BackendCallOptions,
  ): Promise<GetBucketNotificationHandlerOutput>;
}

/** The 200 response of GET Bucket Notification: the `NotificationConfiguration` document, and the response headers. */
export function renderGetBucketNotificationResponse(output: GetBucketNotificationHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "NotificationConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_NOTIFICATION_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket Notification (`GET /{BucketName}?notification`). */
export const getBucketNotificationRoute: Route<ObsHandlers> = {
  id: "GetBucketNotification",
  method: "GET",
  selectors: ["notification"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketNotification !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketNotification;
    if (!handler) throw notImplemented("GET Bucket Notification");
    const checked = validateGetBucketNotificationRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketNotificationResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket quota handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketQuotaHandlerOutput = Omit<GetBucketQuotaOutput, "requestId" | "hostId">;

/** The GET Bucket quota member of `ObsHandlers`. */
export interface GetBucketQuotaHandler {
  /** GET Bucket quota: Using this operation, an active bucket owner can obtain its quota. A bucket quota is expressed */
  getBucketQuota?: (
    input: GetBucketQuotaInput,
    context: RequestContext,
  ) => Promise<GetBucketQuotaHandlerOutput> | GetBucketQuotaHandlerOutput;
}

/** The GET Bucket quota member of `ObsBackend`. */
export interface GetBucketQuotaBackend {
  /** GET Bucket quota, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketQuota(input: GetBucketQuotaInput, options: BackendCallOptions): Promise<GetBucketQuotaHandlerOutput>;
}

/** The 200 response of GET Bucket quota: the `Quota` document, and the response headers. */
export function renderGetBucketQuotaResponse(output: GetBucketQuotaHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "Quota",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_QUOTA_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket quota (`GET /{BucketName}?quota`). */
export const getBucketQuotaRoute: Route<ObsHandlers> = {
  id: "GetBucketQuota",
  method: "GET",
  selectors: ["quota"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketQuota !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketQuota;
    if (!handler) throw notImplemented("GET Bucket quota");
    const checked = validateGetBucketQuotaRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketQuotaResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket Replication handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketReplicationHandlerOutput = Omit<GetBucketReplicationOutput, "requestId" | "hostId">;

/** The GET Bucket Replication member of `ObsHandlers`. */
export interface GetBucketReplicationHandler {
  /** GET Bucket Replication: This operation obtains the cross-region replication configuration of a bucket. A bucket without */
  getBucketReplication?: (
    input: GetBucketReplicationInput,
    context: RequestContext,
  ) => Promise<GetBucketReplicationHandlerOutput> | GetBucketReplicationHandlerOutput;
}

/** The GET Bucket Replication member of `ObsBackend`. */
export interface GetBucketReplicationBackend {
  /** GET Bucket Replication, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketReplication(
    input: GetBucketReplicationInput,
    options: BackendCallOptions,
  ): Promise<GetBucketReplicationHandlerOutput>;
}

/** The 200 response of GET Bucket Replication: the `ReplicationConfiguration` document, and the response headers. */
export function renderGetBucketReplicationResponse(output: GetBucketReplicationHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ReplicationConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_REPLICATION_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket Replication (`GET /{BucketName}?replication`). */
export const getBucketReplicationRoute: Route<ObsHandlers> = {
  id: "GetBucketReplication",
  method: "GET",
  selectors: ["replication"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketReplication !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketReplication;
    if (!handler) throw notImplemented("GET Bucket Replication");
    const checked = validateGetBucketReplicationRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketReplicationResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket request payment handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketRequestPaymentHandlerOutput = Omit<GetBucketRequestPaymentOutput, "requestId" | "hostId">;

/** The GET Bucket request payment member of `ObsHandlers`. */
export interface GetBucketRequestPaymentHandler {
  /** GET Bucket request payment: This API obtains the requester-pays configuration information of a bucket: BucketOwner until PUT */
  getBucketRequestPayment?: (
    input: GetBucketRequestPaymentInput,
    context: RequestContext,
  ) => Promise<GetBucketRequestPaymentHandlerOutput> | GetBucketRequestPaymentHandlerOutput;
}

/** The GET Bucket request payment member of `ObsBackend`. */
export interface GetBucketRequestPaymentBackend {
  /** GET Bucket request payment, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketRequestPayment(
    input: GetBucketRequestPaymentInput,
    options: BackendCallOptions,
  ): Promise<GetBucketRequestPaymentHandlerOutput>;
}

/** The 200 response of GET Bucket request payment: the `RequestPaymentConfiguration` document, and the response headers. */
export function renderGetBucketRequestPaymentResponse(output: GetBucketRequestPaymentHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "RequestPaymentConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_REQUEST_PAYMENT_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket request payment (`GET /{BucketName}?requestPayment`). */
export const getBucketRequestPaymentRoute: Route<ObsHandlers> = {
  id: "GetBucketRequestPayment",
  method: "GET",
  selectors: ["requestPayment"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketRequestPayment !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketRequestPayment;
    if (!handler) throw notImplemented("GET Bucket request payment");
    const checked = validateGetBucketRequestPaymentRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketRequestPaymentResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket storage handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketStorageHandlerOutput = Omit<GetBucketStorageOutput, "requestId" | "hostId">;

/** The GET Bucket storage member of `ObsHandlers`. */
export interface GetBucketStorageHandler {
  /** GET Bucket storage: Using this operation, the bucket owner can obtain the bucket's storage information such as the */
  getBucketStorage?: (
    input: GetBucketStorageInput,
    context: RequestContext,
  ) => Promise<GetBucketStorageHandlerOutput> | GetBucketStorageHandlerOutput;
}

/** The GET Bucket storage member of `ObsBackend`. */
export interface GetBucketStorageBackend {
  /** GET Bucket storage, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketStorage(input: GetBucketStorageInput, options: BackendCallOptions): Promise<GetBucketStorageHandlerOutput>;
}

/** The 200 response of GET Bucket storage: the `GetBucketStorageInfoResult` document, and the response headers. */
export function renderGetBucketStorageResponse(output: GetBucketStorageHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "GetBucketStorageInfoResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_STORAGE_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket storage (`GET /{BucketName}?storageinfo`). */
export const getBucketStorageRoute: Route<ObsHandlers> = {
  id: "GetBucketStorage",
  method: "GET",
  selectors: ["storageinfo"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketStorage !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketStorage;
    if (!handler) throw notImplemented("GET Bucket storage");
    const checked = validateGetBucketStorageRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketStorageResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket storage class handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketStorageClassHandlerOutput = Omit<GetBucketStorageClassOutput, "requestId" | "hostId">;

/** The GET Bucket storage class member of `ObsHandlers`. */
export interface GetBucketStorageClassHandler {
  /** GET Bucket storage class: You can use this operation to obtain the default storage class of a bucket: STANDARD until PUT */
  getBucketStorageClass?: (
    input: GetBucketStorageClassInput,
    context: RequestContext,
  ) => Promise<GetBucketStorageClassHandlerOutput> | GetBucketStorageClassHandlerOutput;
}

/** The GET Bucket storage class member of `ObsBackend`. */
export interface GetBucketStorageClassBackend {
  /** GET Bucket storage class, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketStorageClass(
    input: GetBucketStorageClassInput,
    options: BackendCallOptions,
  ): Promise<GetBucketStorageClassHandlerOutput>;
}

/** The 200 response of GET Bucket storage class: the `StoragePolicy` document, and the response headers. */
export function renderGetBucketStorageClassResponse(output: GetBucketStorageClassHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "StoragePolicy",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_STORAGE_CLASS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket storage class (`GET /{BucketName}?storagePolicy`). */
export const getBucketStorageClassRoute: Route<ObsHandlers> = {
  id: "GetBucketStorageClass",
  method: "GET",
  selectors: ["storagePolicy"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketStorageClass !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketStorageClass;
    if (!handler) throw notImplemented("GET Bucket storage class");
    const checked = validateGetBucketStorageClassRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketStorageClassResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket tagging handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketTaggingHandlerOutput = Omit<GetBucketTaggingOutput, "requestId" | "hostId">;

/** The GET Bucket tagging member of `ObsHandlers`. */
export interface GetBucketTaggingHandler {
  /** GET Bucket tagging: You can use this operation to obtain the tags of a bucket. A bucket without tags answers */
  getBucketTagging?: (
    input: GetBucketTaggingInput,
    context: RequestContext,
  ) => Promise<GetBucketTaggingHandlerOutput> | GetBucketTaggingHandlerOutput;
}

/** The GET Bucket tagging member of `ObsBackend`. */
export interface GetBucketTaggingBackend {
  /** GET Bucket tagging, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketTagging(input: GetBucketTaggingInput, options: BackendCallOptions): Promise<GetBucketTaggingHandlerOutput>;
}

/** The 200 response of GET Bucket tagging: the `Tagging` document, and the response headers. */
export function renderGetBucketTaggingResponse(output: GetBucketTaggingHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "Tagging",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_TAGGING_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket tagging (`GET /{BucketName}?tagging`). */
export const getBucketTaggingRoute: Route<ObsHandlers> = {
  id: "GetBucketTagging",
  method: "GET",
  selectors: ["tagging"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketTagging !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketTagging;
    if (!handler) throw notImplemented("GET Bucket tagging");
    const checked = validateGetBucketTaggingRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketTaggingResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket versioning handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketVersioningHandlerOutput = Omit<GetBucketVersioningOutput, "requestId" | "hostId">;

/** The GET Bucket versioning member of `ObsHandlers`. */
export interface GetBucketVersioningHandler {
  /** GET Bucket versioning: You can use this operation to obtain the versioning state of a bucket: Enabled, Suspended, */
  getBucketVersioning?: (
    input: GetBucketVersioningInput,
    context: RequestContext,
  ) => Promise<GetBucketVersioningHandlerOutput> | GetBucketVersioningHandlerOutput;
}

/** The GET Bucket versioning member of `ObsBackend`. */
export interface GetBucketVersioningBackend {
  /** GET Bucket versioning, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketVersioning(
    input: GetBucketVersioningInput,
    options: BackendCallOptions,
  ): Promise<GetBucketVersioningHandlerOutput>;
}

/** The 200 response of GET Bucket versioning: the `VersioningConfiguration` document, and the response headers. */
export function renderGetBucketVersioningResponse(output: GetBucketVersioningHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "VersioningConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_VERSIONING_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket versioning (`GET /{BucketName}?versioning`). */
export const getBucketVersioningRoute: Route<ObsHandlers> = {
  id: "GetBucketVersioning",
  method: "GET",
  selectors: ["versioning"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketVersioning !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketVersioning;
    if (!handler) throw notImplemented("GET Bucket versioning");
    const checked = validateGetBucketVersioningRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketVersioningResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket website handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketWebsiteHandlerOutput = Omit<GetBucketWebsiteOutput, "requestId" | "hostId">;

/** The GET Bucket website member of `ObsHandlers`. */
export interface GetBucketWebsiteHandler {
  /** GET Bucket website: You can use this operation to obtain the website configuration of a bucket. A bucket without one */
  getBucketWebsite?: (
    input: GetBucketWebsiteInput,
    context: RequestContext,
  ) => Promise<GetBucketWebsiteHandlerOutput> | GetBucketWebsiteHandlerOutput;
}

/** The GET Bucket website member of `ObsBackend`. */
export interface GetBucketWebsiteBackend {
  /** GET Bucket website, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketWebsite(input: GetBucketWebsiteInput, options: BackendCallOptions): Promise<GetBucketWebsiteHandlerOutput>;
}

/** The 200 response of GET Bucket website: the `WebsiteConfiguration` document, and the response headers. */
export function renderGetBucketWebsiteResponse(output: GetBucketWebsiteHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "WebsiteConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_WEBSITE_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket website (`GET /{BucketName}?website`). */
export const getBucketWebsiteRoute: Route<ObsHandlers> = {
  id: "GetBucketWebsite",
  method: "GET",
  selectors: ["website"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketWebsite !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketWebsite;
    if (!handler) throw notImplemented("GET Bucket website");
    const checked = validateGetBucketWebsiteRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketWebsiteResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket Custom Domain handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketCustomDomainHandlerOutput = Omit<PutBucketCustomDomainOutput, "requestId" | "hostId">;

/** The PUT Bucket Custom Domain member of `ObsHandlers`. */
export interface PutBucketCustomDomainHandler {
  /** PUT Bucket Custom Domain: OBS uses buckets to store objects. You can configure a custom domain name for a bucket, so that */
  putBucketCustomDomain?: (
    input: PutBucketCustomDomainInput,
    context: RequestContext,
  ) => Promise<PutBucketCustomDomainHandlerOutput> | PutBucketCustomDomainHandlerOutput;
}

/** The PUT Bucket Custom Domain member of `ObsBackend`. */
export interface PutBucketCustomDomainBackend {
  /** PUT Bucket Custom Domain, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketCustomDomain(
    input: PutBucketCustomDomainInput,
    options: BackendCallOptions,
  ): Promise<PutBucketCustomDomainHandlerOutput>;
}

/** The 200 response of PUT Bucket Custom Domain: and the response headers. */
export function renderPutBucketCustomDomainResponse(output: PutBucketCustomDomainHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket Custom Domain (`PUT /{BucketName}?customdomain`). */
export const putBucketCustomDomainRoute: Route<ObsHandlers> = {
  id: "PutBucketCustomDomain",
  method: "PUT",
  selectors: ["customdomain"],
  headerSelectors: [],
  parameters: ["customdomain"],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.putBucketCustomDomain !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketCustomDomain;
    if (!handler) throw notImplemented("PUT Bucket Custom Domain");
    const checked = validatePutBucketCustomDomainRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketCustomDomainResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket Encryption handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketEncryptionHandlerOutput = Omit<PutBucketEncryptionOutput, "requestId" | "hostId">;

/** The PUT Bucket Encryption member of `ObsHandlers`. */
export interface PutBucketEncryptionHandler {
  /** PUT Bucket Encryption: This operation creates or updates the default server-side encryption configuration of a bucket: */
  putBucketEncryption?: (
    input: PutBucketEncryptionInput,
    context: RequestContext,
  ) => Promise<PutBucketEncryptionHandlerOutput> | PutBucketEncryptionHandlerOutput;
}

/** The PUT Bucket Encryption member of `ObsBackend`. */
export interface PutBucketEncryptionBackend {
  /** PUT Bucket Encryption, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketEncryption(
    input: PutBucketEncryptionInput,
    options: BackendCallOptions,
  ): Promise<PutBucketEncryptionHandlerOutput>;
}

/** The 200 response of PUT Bucket Encryption: and the response headers. */
export function renderPutBucketEncryptionResponse(output: PutBucketEncryptionHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket Encryption (`PUT /{BucketName}?encryption`). */
export const putBucketEncryptionRoute: Route<ObsHandlers> = {
  id: "PutBucketEncryption",
  method: "PUT",
  selectors: ["encryption"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketEncryption !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketEncryption;
    if (!handler) throw notImplemented("PUT Bucket Encryption");
    const checked = validatePutBucketEncryptionRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketEncryptionResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket logging handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketLoggingHandlerOutput = Omit<PutBucketLoggingOutput, "requestId" | "hostId">;

/** The PUT Bucket logging member of `ObsHandlers`. */
export interface PutBucketLoggingHandler {
  /** PUT Bucket logging: This operation is used to enable or disable logging for a bucket: with LoggingEnabled, access */
  putBucketLogging?: (
    input: PutBucketLoggingInput,
    context: RequestContext,
  ) => Promise<PutBucketLoggingHandlerOutput> | PutBucketLoggingHandlerOutput;
}

/** The PUT Bucket logging member of `ObsBackend`. */
export interface PutBucketLoggingBackend {
  /** PUT Bucket logging, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketLogging(input: PutBucketLoggingInput, options: BackendCallOptions): Promise<PutBucketLoggingHandlerOutput>;
}

/** The 200 response of PUT Bucket logging: and the response headers. */
export function renderPutBucketLoggingResponse(output: PutBucketLoggingHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket logging (`PUT /{BucketName}?logging`). */
export const putBucketLoggingRoute: Route<ObsHandlers> = {
  id: "PutBucketLogging",
  method: "PUT",
  selectors: ["logging"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketLogging !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketLogging;
    if (!handler) throw notImplemented("PUT Bucket logging");
    const checked = validatePutBucketLoggingRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketLoggingResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket Notification handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketNotificationHandlerOutput = Omit<PutBucketNotificationOutput, "requestId" | "hostId">;

/** The PUT Bucket Notification member of `ObsHandlers`. */
export interface PutBucketNotificationHandler {
  /** PUT Bucket Notification: This operation is used to configure event notification for a bucket, so that you can receive */
  putBucketNotification?: (
    input: PutBucketNotificationInput,
    context: RequestContext,
  ) => Promise<PutBucketNotificationHandlerOutput> | PutBucketNotificationHandlerOutput;
}

/** The PUT Bucket Notification member of `ObsBackend`. */
export interface PutBucketNotificationBackend {
  /** PUT Bucket Notification, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketNotification(
    input: PutBucketNotificationInput,
    options: BackendCallOptions,
  ): Promise<PutBucketNotificationHandlerOutput>;
}

/** The 200 response of PUT Bucket Notification: and the response headers. */
export function renderPutBucketNotificationResponse(output: PutBucketNotificationHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket Notification (`PUT /{BucketName}?notification`). */
export const putBucketNotificationRoute: Route<ObsHandlers> = {
  id: "PutBucketNotification",
  method: "PUT",
  selectors: ["notification"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketNotification !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketNotification;
    if (!handler) throw notImplemented("PUT Bucket Notification");
    const checked = validatePutBucketNotificationRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketNotificationResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket quota handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketQuotaHandlerOutput = Omit<PutBucketQuotaOutput, "requestId" | "hostId">;

/** The PUT Bucket quota member of `ObsHandlers`. */
export interface PutBucketQuotaHandler {
  /** PUT Bucket quota: Using this operation, an active bucket owner can modify the bucket quota. A bucket quota must be */
  putBucketQuota?: (
    input: PutBucketQuotaInput,
    context: RequestContext,
  ) => Promise<PutBucketQuotaHandlerOutput> | PutBucketQuotaHandlerOutput;
}

/** The PUT Bucket quota member of `ObsBackend`. */
export interface PutBucketQuotaBackend {
  /** PUT Bucket quota, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketQuota(input: PutBucketQuotaInput, options: BackendCallOptions): Promise<PutBucketQuotaHandlerOutput>;
}

/** The 200 response of PUT Bucket quota: and the response headers. */
export function renderPutBucketQuotaResponse(output: PutBucketQuotaHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket quota (`PUT /{BucketName}?quota`). */
export const putBucketQuotaRoute: Route<ObsHandlers> = {
  id: "PutBucketQuota",
  method: "PUT",
  selectors: ["quota"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedQuotaError" },
  implemented: (handlers) => handlers.putBucketQuota !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketQuota;
    if (!handler) throw notImplemented("PUT Bucket quota");
    const checked = validatePutBucketQuotaRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketQuotaResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket Replication handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketReplicationHandlerOutput = Omit<PutBucketReplicationOutput, "requestId" | "hostId">;

/** The PUT Bucket Replication member of `ObsHandlers`. */
export interface PutBucketReplicationHandler {
  /** PUT Bucket Replication: This operation configures cross-region replication for a bucket: objects under a rule's prefix */
  putBucketReplication?: (
    input: PutBucketReplicationInput,
    context: RequestContext,
  ) => Promise<PutBucketReplicationHandlerOutput> | PutBucketReplicationHandlerOutput;
}

/** The PUT Bucket Replication member of `ObsBackend`. */
export interface PutBucketReplicationBackend {
  /** PUT Bucket Replication, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketReplication(
    input: PutBucketReplicationInput,
    options: BackendCallOptions,
  ): Promise<PutBucketReplicationHandlerOutput>;
}

/** The 200 response of PUT Bucket Replication: and the response headers. */
export function renderPutBucketReplicationResponse(output: PutBucketReplicationHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket Replication (`PUT /{BucketName}?replication`). */
export const putBucketReplicationRoute: Route<ObsHandlers> = {
  id: "PutBucketReplication",
  method: "PUT",
  selectors: ["replication"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketReplication !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketReplication;
    if (!handler) throw notImplemented("PUT Bucket Replication");
    const checked = validatePutBucketReplicationRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketReplicationResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket request payment handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketRequestPaymentHandlerOutput = Omit<PutBucketRequestPaymentOutput, "requestId" | "hostId">;

/** The PUT Bucket request payment member of `ObsHandlers`. */
export interface PutBucketRequestPaymentHandler {
  /** PUT Bucket request payment: The requester-pays configuration allows the requester to pay for data transfer and API calls */
  putBucketRequestPayment?: (
    input: PutBucketRequestPaymentInput,
    context: RequestContext,
  ) => Promise<PutBucketRequestPaymentHandlerOutput> | PutBucketRequestPaymentHandlerOutput;
}

/** The PUT Bucket request payment member of `ObsBackend`. */
export interface PutBucketRequestPaymentBackend {
  /** PUT Bucket request payment, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketRequestPayment(
    input: PutBucketRequestPaymentInput,
    options: BackendCallOptions,
  ): Promise<PutBucketRequestPaymentHandlerOutput>;
}

/** The 200 response of PUT Bucket request payment: and the response headers. */
export function renderPutBucketRequestPaymentResponse(output: PutBucketRequestPaymentHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket request payment (`PUT /{BucketName}?requestPayment`). */
export const putBucketRequestPaymentRoute: Route<ObsHandlers> = {
  id: "PutBucketRequestPayment",
  method: "PUT",
  selectors: ["requestPayment"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketRequestPayment !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketRequestPayment;
    if (!handler) throw notImplemented("PUT Bucket request payment");
    const checked = validatePutBucketRequestPaymentRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketRequestPaymentResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket storage class handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketStorageClassHandlerOutput = Omit<PutBucketStorageClassOutput, "requestId" | "hostId">;

/** The PUT Bucket storage class member of `ObsHandlers`. */
export interface PutBucketStorageClassHandler {
  /** PUT Bucket storage class: You can use this operation to create a default storage class for a bucket or change the default */
  putBucketStorageClass?: (
    input: PutBucketStorageClassInput,
    context: RequestContext,
  ) => Promise<PutBucketStorageClassHandlerOutput> | PutBucketStorageClassHandlerOutput;
}

/** The PUT Bucket storage class member of `ObsBackend`. */
export interface PutBucketStorageClassBackend {
  /** PUT Bucket storage class, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketStorageClass(
    input: PutBucketStorageClassInput,
    options: BackendCallOptions,
  ): Promise<PutBucketStorageClassHandlerOutput>;
}

/** The 200 response of PUT Bucket storage class: and the response headers. */
export function renderPutBucketStorageClassResponse(output: PutBucketStorageClassHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket storage class (`PUT /{BucketName}?storagePolicy`). */
export const putBucketStorageClassRoute: Route<ObsHandlers> = {
  id: "PutBucketStorageClass",
  method: "PUT",
  selectors: ["storagePolicy"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketStorageClass !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketStorageClass;
    if (!handler) throw notImplemented("PUT Bucket storage class");
    const checked = validatePutBucketStorageClassRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketStorageClassResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket tagging handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketTaggingHandlerOutput = Omit<PutBucketTaggingOutput, "requestId" | "hostId">;

/** The PUT Bucket tagging member of `ObsHandlers`. */
export interface PutBucketTaggingHandler {
  /** PUT Bucket tagging: You can use this operation to add tags to an existing bucket, replacing any it had. Each */
  putBucketTagging?: (
    input: PutBucketTaggingInput,
    context: RequestContext,
  ) => Promise<PutBucketTaggingHandlerOutput> | PutBucketTaggingHandlerOutput;
}

/** The PUT Bucket tagging member of `ObsBackend`. */
export interface PutBucketTaggingBackend {
  /** PUT Bucket tagging, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketTagging(input: PutBucketTaggingInput, options: BackendCallOptions): Promise<PutBucketTaggingHandlerOutput>;
}

/** The 204 response of PUT Bucket tagging: and the response headers. */
export function renderPutBucketTaggingResponse(output: PutBucketTaggingHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket tagging (`PUT /{BucketName}?tagging`). */
export const putBucketTaggingRoute: Route<ObsHandlers> = {
  id: "PutBucketTagging",
  method: "PUT",
  selectors: ["tagging"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketTagging !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketTagging;
    if (!handler) throw notImplemented("PUT Bucket tagging");
    const checked = validatePutBucketTaggingRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketTaggingResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket versioning handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketVersioningHandlerOutput = Omit<PutBucketVersioningOutput, "requestId" | "hostId">;

/** The PUT Bucket versioning member of `ObsHandlers`. */
export interface PutBucketVersioningHandler {
  /** PUT Bucket versioning: You can use this operation to enable or suspend versioning for an existing bucket: the state */
  putBucketVersioning?: (
    input: PutBucketVersioningInput,
    context: RequestContext,
  ) => Promise<PutBucketVersioningHandlerOutput> | PutBucketVersioningHandlerOutput;
}

/** The PUT Bucket versioning member of `ObsBackend`. */
export interface PutBucketVersioningBackend {
  /** PUT Bucket versioning, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketVersioning(
    input: PutBucketVersioningInput,
    options: BackendCallOptions,
  ): Promise<PutBucketVersioningHandlerOutput>;
}

/** The 200 response of PUT Bucket versioning: and the response headers. */
export function renderPutBucketVersioningResponse(output: PutBucketVersioningHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket versioning (`PUT /{BucketName}?versioning`). */
export const putBucketVersioningRoute: Route<ObsHandlers> = {
  id: "PutBucketVersioning",
  method: "PUT",
  selectors: ["versioning"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketVersioning !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketVersioning;
    if (!handler) throw notImplemented("PUT Bucket versioning");
    const checked = validatePutBucketVersioningRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketVersioningResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket website handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketWebsiteHandlerOutput = Omit<PutBucketWebsiteOutput, "requestId" | "hostId">;

/** The PUT Bucket website member of `ObsHandlers`. */
export interface PutBucketWebsiteHandler {
  /** PUT Bucket website: You can use this operation to create or update the website configuration of a bucket: its index */
  putBucketWebsite?: (
    input: PutBucketWebsiteInput,
    context: RequestContext,
  ) => Promise<PutBucketWebsiteHandlerOutput> | PutBucketWebsiteHandlerOutput;
}

/** The PUT Bucket website member of `ObsBackend`. */
export interface PutBucketWebsiteBackend {
  /** PUT Bucket website, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketWebsite(input: PutBucketWebsiteInput, options: BackendCallOptions): Promise<PutBucketWebsiteHandlerOutput>;
}

/** The 200 response of PUT Bucket website: and the response headers. */
export function renderPutBucketWebsiteResponse(output: PutBucketWebsiteHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket website (`PUT /{BucketName}?website`). */
export const putBucketWebsiteRoute: Route<ObsHandlers> = {
  id: "PutBucketWebsite",
  method: "PUT",
  selectors: ["website"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketWebsite !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketWebsite;
    if (!handler) throw notImplemented("PUT Bucket website");
    const checked = validatePutBucketWebsiteRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketWebsiteResponse(await handler(checked.value, context));
  },
};
