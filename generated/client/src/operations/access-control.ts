// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  BUCKET_POLICY_JSON,
  GET_BUCKET_ACL_OUTPUT_XML,
  GET_OBJECT_ACL_OUTPUT_XML,
  PUT_BUCKET_ACL_INPUT_XML,
  PUT_OBJECT_ACL_INPUT_XML,
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
  readJsonResponse,
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "../runtime/transport.js";

/** `ObsClient`'s method for DELETE Bucket policy (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketPolicyMethod {
  /**
   * DELETE Bucket policy.
   *
   * You can use this operation to delete the policy of a bucket. Deleting the policy of a bucket
   * that has none succeeds as well.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketPolicy(input: DeleteBucketPolicyInput, options?: CallOptions): Promise<DeleteBucketPolicyOutput>;
}

/** The HTTP request of DELETE Bucket policy for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketPolicyRequest(input: DeleteBucketPolicyInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: ["policy"],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket policy from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketPolicyResponse(response: IncomingResponse): DeleteBucketPolicyOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket acl (the class implements this interface, which carries the method's documentation). */
export interface GetBucketAclMethod {
  /**
   * GET Bucket acl.
   *
   * You can use this operation to obtain the ACL of a bucket: its owner and its grants. The
   * requester needs READ_ACP permission for the bucket (its owner has it always).
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketAcl(input: GetBucketAclInput, options?: CallOptions): Promise<GetBucketAclOutput>;
}

/** The HTTP request of GET Bucket acl for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketAclRequest(input: GetBucketAclInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["acl"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket acl from a successful response: the `AccessControlPolicy` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketAclResponse(response: IncomingResponse): GetBucketAclOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_ACL_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket policy (the class implements this interface, which carries the method's documentation). */
export interface GetBucketPolicyMethod {
  /**
   * GET Bucket policy.
   *
   * You can use this operation to obtain the policy of a bucket. A bucket without a policy answers
   * NoSuchBucketPolicy.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketPolicy(input: GetBucketPolicyInput, options?: CallOptions): Promise<GetBucketPolicyOutput>;
}

/** The HTTP request of GET Bucket policy for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketPolicyRequest(input: GetBucketPolicyInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["policy"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket policy from a successful response: the JSON document and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketPolicyResponse(response: IncomingResponse): GetBucketPolicyOutput {
  return {
    policy: readJsonResponse(response, BUCKET_POLICY_JSON),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Object acl (the class implements this interface, which carries the method's documentation). */
export interface GetObjectAclMethod {
  /**
   * GET Object acl.
   *
   * You can use this operation to obtain the ACL of an object: of its latest version by default, or
   * of the version versionId names. The requester needs READ_ACP permission for the object (its
   * owner has it always).
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getObjectAcl(input: GetObjectAclInput, options?: CallOptions): Promise<GetObjectAclOutput>;
}

/** The HTTP request of GET Object acl for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetObjectAclRequest(input: GetObjectAclInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: input.key,
    subresources: ["acl"],
    query: { versionId: input.versionId },
    headers,
  };
}

/**
 * The output of GET Object acl from a successful response: the `AccessControlPolicy` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetObjectAclResponse(response: IncomingResponse): GetObjectAclOutput {
  return {
    ...readXmlResponse(response, GET_OBJECT_ACL_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket acl (the class implements this interface, which carries the method's documentation). */
export interface PutBucketAclMethod {
  /**
   * PUT Bucket acl.
   *
   * OBS allows you to control access permission for buckets. By default, only the creator of a
   * bucket has READ and WRITE permission for the bucket. You can set an access control policy when
   * creating a bucket, and modify or obtain the bucket access control list (ACL) using the PUT
   * Bucket acl and GET Bucket acl operations.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketAcl(input: PutBucketAclInput, options?: CallOptions): Promise<PutBucketAclOutput>;
}

/** The HTTP request of PUT Bucket acl for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketAclRequest(input: PutBucketAclInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-acl": input.acl,
    "x-amz-grant-read": input.grantRead,
    "x-amz-grant-write": input.grantWrite,
    "x-amz-grant-read-acp": input.grantReadAcp,
    "x-amz-grant-write-acp": input.grantWriteAcp,
    "x-amz-grant-full-control": input.grantFullControl,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["acl"],
    query: {},
    headers,
    payload:
      input.owner !== undefined || input.grants !== undefined
        ? {
            root: "AccessControlPolicy",
            namespace: "http://obs.example.com/doc/2015-06-30/",
            content: xmlTreeOf(PUT_BUCKET_ACL_INPUT_XML, input),
          }
        : undefined,
  };
}

/**
 * The output of PUT Bucket acl from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketAclResponse(response: IncomingResponse): PutBucketAclOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket policy (the class implements this interface, which carries the method's documentation). */
export interface PutBucketPolicyMethod {
  /**
   * PUT Bucket policy.
   *
   * You can use this operation to create or modify a policy on a bucket. If the bucket already has a
   * policy, the policy will be overwritten by the one specified in this request. Only the bucket
   * owner can create or modify the bucket policy.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketPolicy(input: PutBucketPolicyInput, options?: CallOptions): Promise<PutBucketPolicyOutput>;
}

/** The HTTP request of PUT Bucket policy for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketPolicyRequest(input: PutBucketPolicyInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["policy"],
    query: {},
    headers,
    payload: input.policy,
    json: true,
  };
}

/**
 * The output of PUT Bucket policy from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketPolicyResponse(response: IncomingResponse): PutBucketPolicyOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Object acl (the class implements this interface, which carries the method's documentation). */
export interface PutObjectAclMethod {
  /**
   * PUT Object acl.
   *
   * OBS allows you to control access permission for objects. By default, only the creator of an
   * object has the READ permission for the object, and the creator can also set other access
   * permission. This operation modifies the ACL of the latest version of an object, or of the
   * version versionId names.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putObjectAcl(input: PutObjectAclInput, options?: CallOptions): Promise<PutObjectAclOutput>;
}

/** The HTTP request of PUT Object acl for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutObjectAclRequest(input: PutObjectAclInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-acl": input.acl,
    "x-amz-grant-read": input.grantRead,
    "x-amz-grant-write": input.grantWrite,
    "x-amz-grant-read-acp": input.grantReadAcp,
    "x-amz-grant-write-acp": input.grantWriteAcp,
    "x-amz-grant-full-control": input.grantFullControl,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: ["acl"],
    query: { versionId: input.versionId },
    headers,
    payload:
      input.owner !== undefined || input.grants !== undefined
        ? {
            root: "AccessControlPolicy",
            namespace: "http://obs.example.com/doc/2015-06-30/",
            content: xmlTreeOf(PUT_OBJECT_ACL_INPUT_XML, input),
          }
        : undefined,
  };
}

/**
 * The output of PUT Object acl from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutObjectAclResponse(response: IncomingResponse): PutObjectAclOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
  };
}
