// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_OBJECT_LOCK_OUTPUT_XML,
  renderXmlTree,
  validateGetBucketObjectLockRequest,
  validatePutBucketObjectLockRequest,
  validatePutObjectRetentionRequest,
  xmlTreeOf,
  type GetBucketObjectLockInput,
  type GetBucketObjectLockOutput,
  type PutBucketObjectLockInput,
  type PutBucketObjectLockOutput,
  type PutObjectRetentionInput,
  type PutObjectRetentionOutput,
} from "@obs-toolkit/validator";
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a Obtaining the Default WORM Policy of a Bucket handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketObjectLockHandlerOutput = Omit<GetBucketObjectLockOutput, "requestId" | "hostId">;

/** The Obtaining the Default WORM Policy of a Bucket member of `ObsHandlers`. */
export interface GetBucketObjectLockHandler {
  /** Obtaining the Default WORM Policy of a Bucket: This operation returns the default WORM policy of a bucket. A bucket without WORM answers */
  getBucketObjectLock?: (
    input: GetBucketObjectLockInput,
    context: RequestContext,
  ) => Promise<GetBucketObjectLockHandlerOutput> | GetBucketObjectLockHandlerOutput;
}

/** The Obtaining the Default WORM Policy of a Bucket member of `ObsBackend`. */
export interface GetBucketObjectLockBackend {
  /** Obtaining the Default WORM Policy of a Bucket, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketObjectLock(
    input: GetBucketObjectLockInput,
    options: BackendCallOptions,
  ): Promise<GetBucketObjectLockHandlerOutput>;
}

/** The 200 response of Obtaining the Default WORM Policy of a Bucket: the `ObjectLockConfiguration` document, and the response headers. */
export function renderGetBucketObjectLockResponse(output: GetBucketObjectLockHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ObjectLockConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_OBJECT_LOCK_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers Obtaining the Default WORM Policy of a Bucket (`GET /{BucketName}?object-lock`). */
export const getBucketObjectLockRoute: Route<ObsHandlers> = {
  id: "GetBucketObjectLock",
  method: "GET",
  selectors: ["object-lock"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketObjectLock !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketObjectLock;
    if (!handler) throw notImplemented("Obtaining the Default WORM Policy of a Bucket");
    const checked = validateGetBucketObjectLockRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketObjectLockResponse(await handler(checked.value, context));
  },
};
/** What a Configuring a Default WORM Policy for a Bucket handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketObjectLockHandlerOutput = Omit<PutBucketObjectLockOutput, "requestId" | "hostId">;

/** The Configuring a Default WORM Policy for a Bucket member of `ObsHandlers`. */
export interface PutBucketObjectLockHandler {
  /** Configuring a Default WORM Policy for a Bucket: This operation allows you to configure the default WORM policy and a retention period for a */
  putBucketObjectLock?: (
    input: PutBucketObjectLockInput,
    context: RequestContext,
  ) => Promise<PutBucketObjectLockHandlerOutput> | PutBucketObjectLockHandlerOutput;
}

/** The Configuring a Default WORM Policy for a Bucket member of `ObsBackend`. */
export interface PutBucketObjectLockBackend {
  /** Configuring a Default WORM Policy for a Bucket, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketObjectLock(
    input: PutBucketObjectLockInput,
    options: BackendCallOptions,
  ): Promise<PutBucketObjectLockHandlerOutput>;
}

/** The 200 response of Configuring a Default WORM Policy for a Bucket: and the response headers. */
export function renderPutBucketObjectLockResponse(output: PutBucketObjectLockHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers Configuring a Default WORM Policy for a Bucket (`PUT /{BucketName}?object-lock`). */
export const putBucketObjectLockRoute: Route<ObsHandlers> = {
  id: "PutBucketObjectLock",
  method: "PUT",
  selectors: ["object-lock"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketObjectLock !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketObjectLock;
    if (!handler) throw notImplemented("Configuring a Default WORM Policy for a Bucket");
    const checked = validatePutBucketObjectLockRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketObjectLockResponse(await handler(checked.value, context));
  },
};
/** What a Configuring WORM Retention for an Object handler returns; the server adds the request ID, host ID and Date. */
export type PutObjectRetentionHandlerOutput = Omit<PutObjectRetentionOutput, "requestId" | "hostId">;

/** The Configuring WORM Retention for an Object member of `ObsHandlers`. */
export interface PutObjectRetentionHandler {
  /** Configuring WORM Retention for an Object: This operation configures or updates the retention period for objects uploaded to a bucket with */
  putObjectRetention?: (
    input: PutObjectRetentionInput,
    context: RequestContext,
  ) => Promise<PutObjectRetentionHandlerOutput> | PutObjectRetentionHandlerOutput;
}

/** The Configuring WORM Retention for an Object member of `ObsBackend`. */
export interface PutObjectRetentionBackend {
  /** Configuring WORM Retention for an Object, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putObjectRetention(
    input: PutObjectRetentionInput,
    options: BackendCallOptions,
  ): Promise<PutObjectRetentionHandlerOutput>;
}

/** The 200 response of Configuring WORM Retention for an Object: and the response headers. */
export function renderPutObjectRetentionResponse(output: PutObjectRetentionHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers Configuring WORM Retention for an Object (`PUT /{BucketName}/{ObjectName}?retention`). */
export const putObjectRetentionRoute: Route<ObsHandlers> = {
  id: "PutObjectRetention",
  method: "PUT",
  selectors: ["retention"],
  headerSelectors: [],
  parameters: ["versionId"],
  level: "object",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putObjectRetention !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putObjectRetention;
    if (!handler) throw notImplemented("Configuring WORM Retention for an Object");
    const checked = validatePutObjectRetentionRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutObjectRetentionResponse(await handler(checked.value, context));
  },
};
