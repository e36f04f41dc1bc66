// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_LIFECYCLE_OUTPUT_XML,
  renderXmlTree,
  validateDeleteBucketLifecycleRequest,
  validateGetBucketLifecycleRequest,
  validatePutBucketLifecycleRequest,
  xmlTreeOf,
  type DeleteBucketLifecycleInput,
  type DeleteBucketLifecycleOutput,
  type GetBucketLifecycleInput,
  type GetBucketLifecycleOutput,
  type PutBucketLifecycleInput,
  type PutBucketLifecycleOutput,
} from "@obs-toolkit/validator";
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a DELETE Bucket lifecycle handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketLifecycleHandlerOutput = Omit<DeleteBucketLifecycleOutput, "requestId" | "hostId">;

/** The DELETE Bucket lifecycle member of `ObsHandlers`. */
export interface DeleteBucketLifecycleHandler {
  /** DELETE Bucket lifecycle: This operation is used to delete the lifecycle rules of a bucket. Once deleted, no rule runs on */
  deleteBucketLifecycle?: (
    input: DeleteBucketLifecycleInput,
    context: RequestContext,
  ) => Promise<DeleteBucketLifecycleHandlerOutput> | DeleteBucketLifecycleHandlerOutput;
}

/** The DELETE Bucket lifecycle member of `ObsBackend`. */
export interface DeleteBucketLifecycleBackend {
  /** DELETE Bucket lifecycle, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketLifecycle(
    input: DeleteBucketLifecycleInput,
    options: BackendCallOptions,
  ): Promise<DeleteBucketLifecycleHandlerOutput>;
}

/** The 204 response of DELETE Bucket lifecycle: and the response headers. */
export function renderDeleteBucketLifecycleResponse(output: DeleteBucketLifecycleHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket lifecycle (`DELETE /{BucketName}?lifecycle`). */
export const deleteBucketLifecycleRoute: Route<ObsHandlers> = {
  id: "DeleteBucketLifecycle",
  method: "DELETE",
  selectors: ["lifecycle"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketLifecycle !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketLifecycle;
    if (!handler) throw notImplemented("DELETE Bucket lifecycle");
    const checked = validateDeleteBucketLifecycleRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketLifecycleResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket lifecycle handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketLifecycleHandlerOutput = Omit<GetBucketLifecycleOutput, "requestId" | "hostId">;

/** The GET Bucket lifecycle member of `ObsHandlers`. */
export interface GetBucketLifecycleHandler {
  /** GET Bucket lifecycle: This operation is used to obtain the lifecycle rules of a bucket. A bucket without them answers */
  getBucketLifecycle?: (
    input: GetBucketLifecycleInput,
    context: RequestContext,
  ) => Promise<GetBucketLifecycleHandlerOutput> | GetBucketLifecycleHandlerOutput;
}

/** The GET Bucket lifecycle member of `ObsBackend`. */
export interface GetBucketLifecycleBackend {
  /** GET Bucket lifecycle, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketLifecycle(
    input: GetBucketLifecycleInput,
    options: BackendCallOptions,
  ): Promise<GetBucketLifecycleHandlerOutput>;
}

/** The 200 response of GET Bucket lifecycle: the `LifecycleConfiguration` document, and the response headers. */
export function renderGetBucketLifecycleResponse(output: GetBucketLifecycleHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "LifecycleConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_LIFECYCLE_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket lifecycle (`GET /{BucketName}?lifecycle`). */
export const getBucketLifecycleRoute: Route<ObsHandlers> = {
  id: "GetBucketLifecycle",
  method: "GET",
  selectors: ["lifecycle"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketLifecycle !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketLifecycle;
    if (!handler) throw notImplemented("GET Bucket lifecycle");
    const checked = validateGetBucketLifecycleRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketLifecycleResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket lifecycle handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketLifecycleHandlerOutput = Omit<PutBucketLifecycleOutput, "requestId" | "hostId">;

/** The PUT Bucket lifecycle member of `ObsHandlers`. */
export interface PutBucketLifecycleHandler {
  /** PUT Bucket lifecycle: This operation is used to configure the lifecycle rules of a bucket: objects under a prefix */
  putBucketLifecycle?: (
    input: PutBucketLifecycleInput,
    context: RequestContext,
  ) => Promise<PutBucketLifecycleHandlerOutput> | PutBucketLifecycleHandlerOutput;
}

/** The PUT Bucket lifecycle member of `ObsBackend`. */
export interface PutBucketLifecycleBackend {
  /** PUT Bucket lifecycle, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketLifecycle(
    input: PutBucketLifecycleInput,
    options: BackendCallOptions,
  ): Promise<PutBucketLifecycleHandlerOutput>;
}

/** The 200 response of PUT Bucket lifecycle: and the response headers. */
export function renderPutBucketLifecycleResponse(output: PutBucketLifecycleHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket lifecycle (`PUT /{BucketName}?lifecycle`). */
export const putBucketLifecycleRoute: Route<ObsHandlers> = {
  id: "PutBucketLifecycle",
  method: "PUT",
  selectors: ["lifecycle"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketLifecycle !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketLifecycle;
    if (!handler) throw notImplemented("PUT Bucket lifecycle");
    const checked = validatePutBucketLifecycleRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketLifecycleResponse(await handler(checked.value, context));
  },
};
