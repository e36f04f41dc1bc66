// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_CORS_OUTPUT_XML,
  renderXmlTree,
  validateDeleteBucketCorsRequest,
  validateGetBucketCorsRequest,
  validateOptionsBucketRequest,
  validateOptionsObjectRequest,
  validatePutBucketCorsRequest,
  xmlTreeOf,
  type DeleteBucketCorsInput,
  type DeleteBucketCorsOutput,
  type GetBucketCorsInput,
  type GetBucketCorsOutput,
  type OptionsBucketInput,
  type OptionsBucketOutput,
  type OptionsObjectInput,
  type OptionsObjectOutput,
  type PutBucketCorsInput,
  type PutBucketCorsOutput,
} from "@obs-toolkit/validator";
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a DELETE Bucket CORS handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketCorsHandlerOutput = Omit<DeleteBucketCorsOutput, "requestId" | "hostId">;

/** The DELETE Bucket CORS member of `ObsHandlers`. */
export interface DeleteBucketCorsHandler {
  /** DELETE Bucket CORS: This operation is used to delete the CORS configuration of a bucket. Once deleted, no cross- */
  deleteBucketCors?: (
    input: DeleteBucketCorsInput,
    context: RequestContext,
  ) => Promise<DeleteBucketCorsHandlerOutput> | DeleteBucketCorsHandlerOutput;
}

/** The DELETE Bucket CORS member of `ObsBackend`. */
export interface DeleteBucketCorsBackend {
  /** DELETE Bucket CORS, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketCors(input: DeleteBucketCorsInput, options: BackendCallOptions): Promise<DeleteBucketCorsHandlerOutput>;
}

/** The 204 response of DELETE Bucket CORS: and the response headers. */
export function renderDeleteBucketCorsResponse(output: DeleteBucketCorsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket CORS (`DELETE /{BucketName}?cors`). */
export const deleteBucketCorsRoute: Route<ObsHandlers> = {
  id: "DeleteBucketCors",
  method: "DELETE",
  selectors: ["cors"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketCors !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketCors;
    if (!handler) throw notImplemented("DELETE Bucket CORS");
    const checked = validateDeleteBucketCorsRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketCorsResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket CORS handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketCorsHandlerOutput = Omit<GetBucketCorsOutput, "requestId" | "hostId">;

/** The GET Bucket CORS member of `ObsHandlers`. */
export interface GetBucketCorsHandler {
  /** GET Bucket CORS: This operation is used to obtain the CORS configuration of a bucket. A bucket without one */
  getBucketCors?: (
    input: GetBucketCorsInput,
    context: RequestContext,
  ) => Promise<GetBucketCorsHandlerOutput> | GetBucketCorsHandlerOutput;
}

/** The GET Bucket CORS member of `ObsBackend`. */
export interface GetBucketCorsBackend {
  /** GET Bucket CORS, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketCors(input: GetBucketCorsInput, options: BackendCallOptions): Promise<GetBucketCorsHandlerOutput>;
}

/** The 200 response of GET Bucket CORS: the `CORSConfiguration` document, and the response headers. */
export function renderGetBucketCorsResponse(output: GetBucketCorsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "CORSConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_CORS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket CORS (`GET /{BucketName}?cors`). */
export const getBucketCorsRoute: Route<ObsHandlers> = {
  id: "GetBucketCors",
  method: "GET",
  selectors: ["cors"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketCors !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketCors;
    if (!handler) throw notImplemented("GET Bucket CORS");
    const checked = validateGetBucketCorsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderGetBucketCorsResponse(await handler(checked.value, context));
  },
};
/** What a OPTIONS Bucket handler returns; the server adds the request ID, host ID and Date. */
export type OptionsBucketHandlerOutput = Omit<OptionsBucketOutput, "requestId" | "hostId">;

/** The OPTIONS Bucket member of `ObsHandlers`. */
export interface OptionsBucketHandler {
  /** OPTIONS Bucket: OBS allows buckets to store static web resources. A web page on another origin may use them when */
  optionsBucket?: (
    input: OptionsBucketInput,
    context: RequestContext,
  ) => Promise<OptionsBucketHandlerOutput> | OptionsBucketHandlerOutput;
}

/** The OPTIONS Bucket member of `ObsBackend`. */
export interface OptionsBucketBackend {
  /** OPTIONS Bucket, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  optionsBucket(input: OptionsBucketInput, options: BackendCallOptions): Promise<OptionsBucketHandlerOutput>;
}

/** The 200 response of OPTIONS Bucket: and the response headers. */
export function renderOptionsBucketResponse(output: OptionsBucketHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "access-control-allow-origin": output.allowOrigin,
      "access-control-allow-methods": output.allowMethods,
      "access-control-allow-headers": output.allowHeaders,
      "access-control-max-age": output.maxAge === undefined ? undefined : String(output.maxAge),
      "access-control-expose-headers": output.exposeHeaders,
    },
    body: "",
  };
}

/** How the server routes, validates and answers OPTIONS Bucket (`OPTIONS /{BucketName}`). */
export const optionsBucketRoute: Route<ObsHandlers> = {
  id: "OptionsBucket",
  method: "OPTIONS",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  anonymous: true,
  implemented: (handlers) => handlers.optionsBucket !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.optionsBucket;
    if (!handler) throw notImplemented("OPTIONS Bucket");
    const checked = validateOptionsBucketRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderOptionsBucketResponse(await handler(checked.value, context));
  },
};
/** What a OPTIONS Object handler returns; the server adds the request ID, host ID and Date. */
export type OptionsObjectHandlerOutput = Omit<OptionsObjectOutput, "requestId" | "hostId">;

/** The OPTIONS Object member of `ObsHandlers`. */
export interface OptionsObjectHandler {
  /** OPTIONS Object: Before a browser sends a cross-origin request for an object, it sends this OPTIONS request (a */
  optionsObject?: (
    input: OptionsObjectInput,
    context: RequestContext,
  ) => Promise<OptionsObjectHandlerOutput> | OptionsObjectHandlerOutput;
}

/** The OPTIONS Object member of `ObsBackend`. */
export interface OptionsObjectBackend {
  /** OPTIONS Object, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  optionsObject(input: OptionsObjectInput, options: BackendCallOptions): Promise<OptionsObjectHandlerOutput>;
}

/** The 200 response of OPTIONS Object: and the response headers. */
export function renderOptionsObjectResponse(output: OptionsObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "access-control-allow-origin": output.allowOrigin,
      "access-control-allow-methods": output.allowMethods,
      "access-control-allow-headers": output.allowHeaders,
      "access-control-max-age": output.maxAge === undefined ? undefined : String(output.maxAge),
      "access-control-expose-headers": output.exposeHeaders,
    },
    body: "",
  };
}

/** How the server routes, validates and answers OPTIONS Object (`OPTIONS /{BucketName}/{ObjectName}`). */
export const optionsObjectRoute: Route<ObsHandlers> = {
  id: "OptionsObject",
  method: "OPTIONS",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "object",
  payload: { kind: "none" },
  anonymous: true,
  implemented: (handlers) => handlers.optionsObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.optionsObject;
    if (!handler) throw notImplemented("OPTIONS Object");
    const checked = validateOptionsObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderOptionsObjectResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket CORS handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketCorsHandlerOutput = Omit<PutBucketCorsOutput, "requestId" | "hostId">;

/** The PUT Bucket CORS member of `ObsHandlers`. */
export interface PutBucketCorsHandler {
  /** PUT Bucket CORS: This operation is used to configure the CORS of a bucket. Cross-origin resource sharing (CORS) */
  putBucketCors?: (
    input: PutBucketCorsInput,
    context: RequestContext,
  ) => Promise<PutBucketCorsHandlerOutput> | PutBucketCorsHandlerOutput;
}

/** The PUT Bucket CORS member of `ObsBackend`. */
export interface PutBucketCorsBackend {
  /** PUT Bucket CORS, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketCors(input: PutBucketCorsInput, options: BackendCallOptions): Promise<PutBucketCorsHandlerOutput>;
}

/** The 200 response of PUT Bucket CORS: and the response headers. */
export function renderPutBucketCorsResponse(output: PutBucketCorsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket CORS (`PUT /{BucketName}?cors`). */
export const putBucketCorsRoute: Route<ObsHandlers> = {
  id: "PutBucketCors",
  method: "PUT",
  selectors: ["cors"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketCors !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketCors;
    if (!handler) throw notImplemented("PUT Bucket CORS");
    const checked = validatePutBucketCorsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPutBucketCorsResponse(await handler(checked.value, context));
  },
};
