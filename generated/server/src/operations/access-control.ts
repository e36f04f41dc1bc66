// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_ACL_OUTPUT_XML,
  GET_OBJECT_ACL_OUTPUT_XML,
  renderXmlTree,
  validateDeleteBucketPolicyRequest,
  validateGetBucketAclRequest,
  validateGetBucketPolicyRequest,
  validateGetObjectAclRequest,
  validatePutBucketAclRequest,
  validatePutBucketPolicyRequest,
  validatePutObjectAclRequest,
  xmlTreeOf,
  type DeleteBucketPolicyInput,
  type DeleteBucketPolicyOutput,
  type GetBucketAclInput,
  type GetBucketAclOutput,
  type GetBucketPolicyInput,
  type GetBucketPolicyOutput,
  type GetObjectAclInput,
  type GetObjectAclOutput,
  type PutBucketAclInput,
  type PutBucketAclOutput,
  type PutBucketPolicyInput,
  type PutBucketPolicyOutput,
  type PutObjectAclInput,
  type PutObjectAclOutput,
} from "@obs-toolkit/validator";
import {
  notImplemented,
  type BackendCallOptions,
  type RequestContext,
  type Route,
  type RouteOutcome,
} from "../runtime/core.js";
import { type ObsHandlers } from "../server.js";
/** What a DELETE Bucket policy handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketPolicyHandlerOutput = Omit<DeleteBucketPolicyOutput, "requestId" | "hostId">;

/** The DELETE Bucket policy member of `ObsHandlers`. */
export interface DeleteBucketPolicyHandler {
  /** DELETE Bucket policy: You can use this operation to delete the policy of a bucket. Deleting the policy of a bucket */
  deleteBucketPolicy?: (
    input: DeleteBucketPolicyInput,
    context: RequestContext,
  ) => Promise<DeleteBucketPolicyHandlerOutput> | DeleteBucketPolicyHandlerOutput;
}

/** The DELETE Bucket policy member of `ObsBackend`. */
export interface DeleteBucketPolicyBackend {
  /** DELETE Bucket policy, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  deleteBucketPolicy(
    input: DeleteBucketPolicyInput,
    options: BackendCallOptions,
  ): Promise<DeleteBucketPolicyHandlerOutput>;
}

/** The 204 response of DELETE Bucket policy: and the response headers. */
export function renderDeleteBucketPolicyResponse(output: DeleteBucketPolicyHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket policy (`DELETE /{BucketName}?policy`). */
export const deleteBucketPolicyRoute: Route<ObsHandlers> = {
  id: "DeleteBucketPolicy",
  method: "DELETE",
  selectors: ["policy"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucketPolicy !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucketPolicy;
    if (!handler) throw notImplemented("DELETE Bucket policy");
    const checked = validateDeleteBucketPolicyRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderDeleteBucketPolicyResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket acl handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketAclHandlerOutput = Omit<GetBucketAclOutput, "requestId" | "hostId">;

/** The GET Bucket acl member of `ObsHandlers`. */
export interface GetBucketAclHandler {
  /** GET Bucket acl: You can use this operation to obtain the ACL of a bucket: its owner and its grants. The */
  getBucketAcl?: (
    input: GetBucketAclInput,
    context: RequestContext,
  ) => Promise<GetBucketAclHandlerOutput> | GetBucketAclHandlerOutput;
}

/** The GET Bucket acl member of `ObsBackend`. */
export interface GetBucketAclBackend {
  /** GET Bucket acl, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketAcl(input: GetBucketAclInput, options: BackendCallOptions): Promise<GetBucketAclHandlerOutput>;
}

/** The 200 response of GET Bucket acl: the `AccessControlPolicy` document, and the response headers. */
export function renderGetBucketAclResponse(output: GetBucketAclHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "AccessControlPolicy",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_ACL_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket acl (`GET /{BucketName}?acl`). */
export const getBucketAclRoute: Route<ObsHandlers> = {
  id: "GetBucketAcl",
  method: "GET",
  selectors: ["acl"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketAcl !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketAcl;
    if (!handler) throw notImplemented("GET Bucket acl");
    const checked = validateGetBucketAclRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderGetBucketAclResponse(await handler(checked.value, context));
  },
};
/** What a GET Bucket policy handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketPolicyHandlerOutput = Omit<GetBucketPolicyOutput, "requestId" | "hostId">;

/** The GET Bucket policy member of `ObsHandlers`. */
export interface GetBucketPolicyHandler {
  /** GET Bucket policy: You can use this operation to obtain the policy of a bucket. A bucket without a policy answers */
  getBucketPolicy?: (
    input: GetBucketPolicyInput,
    context: RequestContext,
  ) => Promise<GetBucketPolicyHandlerOutput> | GetBucketPolicyHandlerOutput;
}

/** The GET Bucket policy member of `ObsBackend`. */
export interface GetBucketPolicyBackend {
  /** GET Bucket policy, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getBucketPolicy(input: GetBucketPolicyInput, options: BackendCallOptions): Promise<GetBucketPolicyHandlerOutput>;
}

/** The 200 response of GET Bucket policy: the JSON document, and the response headers. */
export function renderGetBucketPolicyResponse(output: GetBucketPolicyHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "content-type": "application/json",
    },
    body: JSON.stringify(output.policy),
  };
}

/** How the server routes, validates and answers GET Bucket policy (`GET /{BucketName}?policy`). */
export const getBucketPolicyRoute: Route<ObsHandlers> = {
  id: "GetBucketPolicy",
  method: "GET",
  selectors: ["policy"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketPolicy !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketPolicy;
    if (!handler) throw notImplemented("GET Bucket policy");
    const checked = validateGetBucketPolicyRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketPolicyResponse(await handler(checked.value, context));
  },
};
/** What a GET Object acl handler returns; the server adds the request ID, host ID and Date. */
export type GetObjectAclHandlerOutput = Omit<GetObjectAclOutput, "requestId" | "hostId">;

/** The GET Object acl member of `ObsHandlers`. */
export interface GetObjectAclHandler {
  /** GET Object acl: You can use this operation to obtain the ACL of an object: of its latest version by default, or */
  getObjectAcl?: (
    input: GetObjectAclInput,
    context: RequestContext,
  ) => Promise<GetObjectAclHandlerOutput> | GetObjectAclHandlerOutput;
}

/** The GET Object acl member of `ObsBackend`. */
export interface GetObjectAclBackend {
  /** GET Object acl, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  getObjectAcl(input: GetObjectAclInput, options: BackendCallOptions): Promise<GetObjectAclHandlerOutput>;
}

/** The 200 response of GET Object acl: the `AccessControlPolicy` document, and the response headers. */
export function renderGetObjectAclResponse(output: GetObjectAclHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-version-id": output.versionId,
    },
    body: renderXmlTree(
      "AccessControlPolicy",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_OBJECT_ACL_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Object acl (`GET /{BucketName}/{ObjectName}?acl`). */
export const getObjectAclRoute: Route<ObsHandlers> = {
  id: "GetObjectAcl",
  method: "GET",
  selectors: ["acl"],
  headerSelectors: [],
  parameters: ["versionId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getObjectAcl !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getObjectAcl;
    if (!handler) throw notImplemented("GET Object acl");
    const checked = validateGetObjectAclRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderGetObjectAclResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket acl handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketAclHandlerOutput = Omit<PutBucketAclOutput, "requestId" | "hostId">;

/** The PUT Bucket acl member of `ObsHandlers`. */
export interface PutBucketAclHandler {
  /** PUT Bucket acl: OBS allows you to control access permission for buckets. By default, only the creator of a */
  putBucketAcl?: (
    input: PutBucketAclInput,
    context: RequestContext,
  ) => Promise<PutBucketAclHandlerOutput> | PutBucketAclHandlerOutput;
}

/** The PUT Bucket acl member of `ObsBackend`. */
export interface PutBucketAclBackend {
  /** PUT Bucket acl, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketAcl(input: PutBucketAclInput, options: BackendCallOptions): Promise<PutBucketAclHandlerOutput>;
}

/** The 200 response of PUT Bucket acl: and the response headers. */
export function renderPutBucketAclResponse(output: PutBucketAclHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket acl (`PUT /{BucketName}?acl`). */
export const putBucketAclRoute: Route<ObsHandlers> = {
  id: "PutBucketAcl",
  method: "PUT",
  selectors: ["acl"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedACLError" },
  implemented: (handlers) => handlers.putBucketAcl !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketAcl;
    if (!handler) throw notImplemented("PUT Bucket acl");
    const checked = validatePutBucketAclRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPutBucketAclResponse(await handler(checked.value, context));
  },
};
/** What a PUT Bucket policy handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketPolicyHandlerOutput = Omit<PutBucketPolicyOutput, "requestId" | "hostId">;

/** The PUT Bucket policy member of `ObsHandlers`. */
export interface PutBucketPolicyHandler {
  /** PUT Bucket policy: You can use this operation to create or modify a policy on a bucket. If the bucket already has a */
  putBucketPolicy?: (
    input: PutBucketPolicyInput,
    context: RequestContext,
  ) => Promise<PutBucketPolicyHandlerOutput> | PutBucketPolicyHandlerOutput;
}

/** The PUT Bucket policy member of `ObsBackend`. */
export interface PutBucketPolicyBackend {
  /** PUT Bucket policy, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putBucketPolicy(input: PutBucketPolicyInput, options: BackendCallOptions): Promise<PutBucketPolicyHandlerOutput>;
}

/** The 204 response of PUT Bucket policy: and the response headers. */
export function renderPutBucketPolicyResponse(output: PutBucketPolicyHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket policy (`PUT /{BucketName}?policy`). */
export const putBucketPolicyRoute: Route<ObsHandlers> = {
  id: "PutBucketPolicy",
  method: "PUT",
  selectors: ["policy"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "json", error: "MalformedPolicy" },
  implemented: (handlers) => handlers.putBucketPolicy !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketPolicy;
    if (!handler) throw notImplemented("PUT Bucket policy");
    const checked = validatePutBucketPolicyRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketPolicyResponse(await handler(checked.value, context));
  },
};
/** What a PUT Object acl handler returns; the server adds the request ID, host ID and Date. */
export type PutObjectAclHandlerOutput = Omit<PutObjectAclOutput, "requestId" | "hostId">;

/** The PUT Object acl member of `ObsHandlers`. */
export interface PutObjectAclHandler {
  /** PUT Object acl: OBS allows you to control access permission for objects. By default, only the creator of an */
  putObjectAcl?: (
    input: PutObjectAclInput,
    context: RequestContext,
  ) => Promise<PutObjectAclHandlerOutput> | PutObjectAclHandlerOutput;
}

/** The PUT Object acl member of `ObsBackend`. */
export interface PutObjectAclBackend {
  /** PUT Object acl, done by the service behind the server: its answer, or its S3 error thrown as an `ObsError`. */
  putObjectAcl(input: PutObjectAclInput, options: BackendCallOptions): Promise<PutObjectAclHandlerOutput>;
}

/** The 200 response of PUT Object acl: and the response headers. */
export function renderPutObjectAclResponse(output: PutObjectAclHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-version-id": output.versionId,
    },
    body: "",
  };
}

/** How the server routes, validates and answers PUT Object acl (`PUT /{BucketName}/{ObjectName}?acl`). */
export const putObjectAclRoute: Route<ObsHandlers> = {
  id: "PutObjectAcl",
  method: "PUT",
  selectors: ["acl"],
  headerSelectors: [],
  parameters: ["versionId"],
  level: "object",
  payload: { kind: "xml", error: "MalformedACLError" },
  implemented: (handlers) => handlers.putObjectAcl !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putObjectAcl;
    if (!handler) throw notImplemented("PUT Object acl");
    const checked = validatePutObjectAclRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPutObjectAclResponse(await handler(checked.value, context));
  },
};
