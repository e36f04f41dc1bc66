// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_LOCATION_OUTPUT_XML,
  LIST_BUCKETS_OUTPUT_XML,
  renderXmlTree,
  validateDeleteBucketRequest,
  validateGetBucketLocationRequest,
  validateHeadBucketRequest,
  validateListBucketsRequest,
  validatePutBucketRequest,
  xmlTreeOf,
  type DeleteBucketInput,
  type DeleteBucketOutput,
  type GetBucketLocationInput,
  type GetBucketLocationOutput,
  type HeadBucketInput,
  type HeadBucketOutput,
  type ListBucketsInput,
  type ListBucketsOutput,
  type PutBucketInput,
  type PutBucketOutput,
} from "@obs-toolkit/validator";
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a DELETE Bucket handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketHandlerOutput = Omit<DeleteBucketOutput, "requestId" | "hostId">;

/** The DELETE Bucket member of `ObsHandlers`. */
export interface DeleteBucketHandler {
  /** DELETE Bucket: This operation is used to delete a bucket. Only the owner of a bucket can delete it, and only */
  deleteBucket?: (
    input: DeleteBucketInput,
    context: RequestContext,
  ) => Promise<DeleteBucketHandlerOutput> | DeleteBucketHandlerOutput;
}

/** The DELETE Bucket member of `ObsBackend`. */
export interface DeleteBucketBackend {
  /** DELETE Bucket, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucket(input: DeleteBucketInput, options: BackendCallOptions): Promise<DeleteBucketHandlerOutput>;
}

/** The 204 response of DELETE Bucket: and the response headers. */
export function renderDeleteBucketResponse(output: DeleteBucketHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket (`DELETE /{BucketName}`). */
export const deleteBucketRoute: Route<ObsHandlers> = {
  id: "DeleteBucket",
  method: "DELETE",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucket !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucket;
    if (!handler) throw notImplemented("DELETE Bucket");
    const checked = validateDeleteBucketRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderDeleteBucketResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket location handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketLocationHandlerOutput = Omit<GetBucketLocationOutput, "requestId" | "hostId">;

/** The GET Bucket location member of `ObsHandlers`. */
export interface GetBucketLocationHandler {
  /** GET Bucket location: You can use this operation to obtain the region where a bucket is: the LocationConstraint it */
  getBucketLocation?: (
    input: GetBucketLocationInput,
    context: RequestContext,
  ) => Promise<GetBucketLocationHandlerOutput> | GetBucketLocationHandlerOutput;
}

/** The GET Bucket location member of `ObsBackend`. */
export interface GetBucketLocationBackend {
  /** GET Bucket location, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketLocation(
    input: GetBucketLocationInput,
    options: BackendCallOptions,
  ): Promise<GetBucketLocationHandlerOutput>;
}

/** The 200 response of GET Bucket location: the `LocationConstraint` document, and the response headers. */
export function renderGetBucketLocationResponse(output: GetBucketLocationHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "LocationConstraint",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_LOCATION_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket location (`GET /{BucketName}?location`). */
export const getBucketLocationRoute: Route<ObsHandlers> = {
  id: "GetBucketLocation",
  method: "GET",
  selectors: ["location"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketLocation !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketLocation;
    if (!handler) throw notImplemented("GET Bucket location");
    const checked = validateGetBucketLocationRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketLocationResponse(await handler(checked.value, context));
  },
};
/** What a HEAD Bucket handler returns; the server adds the request ID, host ID and Date. */
export type HeadBucketHandlerOutput = Omit<HeadBucketOutput, "requestId" | "hostId">;

/** The HEAD Bucket member of `ObsHandlers`. */
export interface HeadBucketHandler {
  /** HEAD Bucket: This operation is used to check whether a bucket exists and whether the user has the */
  headBucket?: (
    input: HeadBucketInput,
    context: RequestContext,
  ) => Promise<HeadBucketHandlerOutput> | HeadBucketHandlerOutput;
}

/** The HEAD Bucket member of `ObsBackend`. */
export interface HeadBucketBackend {
  /** HEAD Bucket, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  headBucket(input: HeadBucketInput, options: BackendCallOptions): Promise<HeadBucketHandlerOutput>;
}

/** The 200 response of HEAD Bucket: and the response headers. */
export function renderHeadBucketResponse(output: HeadBucketHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-bucket-region": output.region,
      "x-default-storage-class": output.defaultStorageClass,
    },
    body: "",
  };
}

/** How the server routes, validates and answers HEAD Bucket (`HEAD /{BucketName}`). */
export const headBucketRoute: Route<ObsHandlers> = {
  id: "HeadBucket",
  method: "HEAD",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.headBucket !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.headBucket;
    if (!handler) throw notImplemented("HEAD Bucket");
    const checked = validateHeadBucketRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderHeadBucketResponse(await handler(checked.value, context));
  },
};
/** What a List Buckets handler returns; the server adds the request ID, host ID and Date. */
export type ListBucketsHandlerOutput = Omit<ListBucketsOutput, "requestId" | "hostId">;

/** The List Buckets member of `ObsHandlers`. */
export interface ListBucketsHandler {
  /** List Buckets: You can use this operation to list all the buckets that you own. It is addressed to the */
  listBuckets?: (
    input: ListBucketsInput,
    context: RequestContext,
  ) => Promise<ListBucketsHandlerOutput> | ListBucketsHandlerOutput;
}

/** The List Buckets member of `ObsBackend`. */
export interface ListBucketsBackend {
  /** List Buckets, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  listBuckets(input: ListBucketsInput, options: BackendCallOptions): Promise<ListBucketsHandlerOutput>;
}

/** The 200 response of List Buckets: the `ListAllMyBucketsResult` document, and the response headers. */
export function renderListBucketsResponse(output: ListBucketsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListAllMyBucketsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_BUCKETS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers List Buckets (`GET /`). */
export const listBucketsRoute: Route<ObsHandlers> = {
  id: "ListBuckets",
  method: "GET",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "service",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listBuckets !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listBuckets;
    if (!handler) throw notImplemented("List Buckets");
    const checked = validateListBucketsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderListBucketsResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketHandlerOutput = Omit<PutBucketOutput, "requestId" | "hostId">;

/** The PUT Bucket member of `ObsHandlers`. */
export interface PutBucketHandler {
  /** PUT Bucket: This operation is used to create a bucket with a specified name. */
  putBucket?: (
    input: PutBucketInput,
    context: RequestContext,
  ) => Promise<PutBucketHandlerOutput> | PutBucketHandlerOutput;
}

/** The PUT Bucket member of `ObsBackend`. */
export interface PutBucketBackend {
  /** PUT Bucket, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucket(input: PutBucketInput, options: BackendCallOptions): Promise<PutBucketHandlerOutput>;
}

/** The 200 response of PUT Bucket: and the response headers. */
export function renderPutBucketResponse(output: PutBucketHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      location: output.location,
    },
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket (`PUT /{BucketName}`). */
export const putBucketRoute: Route<ObsHandlers> = {
  id: "PutBucket",
  method: "PUT",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucket !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucket;
    if (!handler) throw notImplemented("PUT Bucket");
    const checked = validatePutBucketRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPutBucketResponse(await handler(checked.value, context));
  },
};
