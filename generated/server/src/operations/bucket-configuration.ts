// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_TAGGING_OUTPUT_XML,
  GET_BUCKET_VERSIONING_OUTPUT_XML,
  renderXmlTree,
  validateGetBucketTaggingRequest,
  validateGetBucketVersioningRequest,
  validatePutBucketTaggingRequest,
  validatePutBucketVersioningRequest,
  xmlTreeOf,
  type GetBucketTaggingInput,
  type GetBucketTaggingOutput,
  type GetBucketVersioningInput,
  type GetBucketVersioningOutput,
  type PutBucketTaggingInput,
  type PutBucketTaggingOutput,
  type PutBucketVersioningInput,
  type PutBucketVersioningOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
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
