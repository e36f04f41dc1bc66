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
  PUT_BUCKET_ENCRYPTION_INPUT_XML,
  PUT_BUCKET_LOGGING_INPUT_XML,
  PUT_BUCKET_NOTIFICATION_INPUT_XML,
  PUT_BUCKET_QUOTA_INPUT_XML,
  PUT_BUCKET_REPLICATION_INPUT_XML,
  PUT_BUCKET_REQUEST_PAYMENT_INPUT_XML,
  PUT_BUCKET_STORAGE_CLASS_INPUT_XML,
  PUT_BUCKET_TAGGING_INPUT_XML,
  PUT_BUCKET_VERSIONING_INPUT_XML,
  PUT_BUCKET_WEBSITE_INPUT_XML,
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
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "../runtime/transport.js";

/** `ObsClient`'s method for DELETE Bucket Custom Domain (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketCustomDomainMethod {
  /**
   * DELETE Bucket Custom Domain.
   *
   * This operation deletes a custom domain name of a bucket.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketCustomDomain(
    input: DeleteBucketCustomDomainInput,
    options?: CallOptions,
  ): Promise<DeleteBucketCustomDomainOutput>;
}

/** The HTTP request of DELETE Bucket Custom Domain for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketCustomDomainRequest(input: DeleteBucketCustomDomainInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: { customdomain: input.domainName },
    headers,
  };
}

/**
 * The output of DELETE Bucket Custom Domain from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketCustomDomainResponse(
  response: IncomingResponse,
): DeleteBucketCustomDomainOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for DELETE Bucket Encryption (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketEncryptionMethod {
  /**
   * DELETE Bucket Encryption.
   *
   * This operation deletes the default server-side encryption configuration of a bucket; new objects
   * are no longer encrypted by default.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketEncryption(
    input: DeleteBucketEncryptionInput,
    options?: CallOptions,
  ): Promise<DeleteBucketEncryptionOutput>;
}

/** The HTTP request of DELETE Bucket Encryption for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketEncryptionRequest(input: DeleteBucketEncryptionInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: ["encryption"],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket Encryption from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketEncryptionResponse(response: IncomingResponse): DeleteBucketEncryptionOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for DELETE Bucket Replication (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketReplicationMethod {
  /**
   * DELETE Bucket Replication.
   *
   * This operation deletes the cross-region replication configuration of a bucket.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketReplication(
    input: DeleteBucketReplicationInput,
    options?: CallOptions,
  ): Promise<DeleteBucketReplicationOutput>;
}

/** The HTTP request of DELETE Bucket Replication for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketReplicationRequest(input: DeleteBucketReplicationInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: ["replication"],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket Replication from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketReplicationResponse(response: IncomingResponse): DeleteBucketReplicationOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for DELETE Bucket tagging (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketTaggingMethod {
  /**
   * DELETE Bucket tagging.
   *
   * This operation removes the tag set of a bucket. Deleting the tags of a bucket that has none
   * succeeds as well.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketTagging(input: DeleteBucketTaggingInput, options?: CallOptions): Promise<DeleteBucketTaggingOutput>;
}

/** The HTTP request of DELETE Bucket tagging for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketTaggingRequest(input: DeleteBucketTaggingInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: ["tagging"],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket tagging from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketTaggingResponse(response: IncomingResponse): DeleteBucketTaggingOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for DELETE Bucket website (the class implements this interface, which carries the method's documentation). */
export interface DeleteBucketWebsiteMethod {
  /**
   * DELETE Bucket website.
   *
   * You can use this operation to delete the website configuration of a bucket.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  deleteBucketWebsite(input: DeleteBucketWebsiteInput, options?: CallOptions): Promise<DeleteBucketWebsiteOutput>;
}

/** The HTTP request of DELETE Bucket website for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeDeleteBucketWebsiteRequest(input: DeleteBucketWebsiteInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: undefined,
    subresources: ["website"],
    query: {},
    headers,
  };
}

/**
 * The output of DELETE Bucket website from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeDeleteBucketWebsiteResponse(response: IncomingResponse): DeleteBucketWebsiteOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket Custom Domain (the class implements this interface, which carries the method's documentation). */
export interface GetBucketCustomDomainMethod {
  /**
   * GET Bucket Custom Domain.
   *
   * This operation obtains the custom domain names of a bucket.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketCustomDomain(input: GetBucketCustomDomainInput, options?: CallOptions): Promise<GetBucketCustomDomainOutput>;
}

/** The HTTP request of GET Bucket Custom Domain for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketCustomDomainRequest(input: GetBucketCustomDomainInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["customdomain"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket Custom Domain from a successful response: the `ListBucketCustomDomainsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketCustomDomainResponse(response: IncomingResponse): GetBucketCustomDomainOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_CUSTOM_DOMAIN_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket Encryption (the class implements this interface, which carries the method's documentation). */
export interface GetBucketEncryptionMethod {
  /**
   * GET Bucket Encryption.
   *
   * This operation obtains the default server-side encryption configuration of a bucket. A bucket
   * without one answers NoSuchEncryptionConfiguration.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketEncryption(input: GetBucketEncryptionInput, options?: CallOptions): Promise<GetBucketEncryptionOutput>;
}

/** The HTTP request of GET Bucket Encryption for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketEncryptionRequest(input: GetBucketEncryptionInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["encryption"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket Encryption from a successful response: the `ServerSideEncryptionConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketEncryptionResponse(response: IncomingResponse): GetBucketEncryptionOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_ENCRYPTION_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket logging (the class implements this interface, which carries the method's documentation). */
export interface GetBucketLoggingMethod {
  /**
   * GET Bucket logging.
   *
   * This operation is used to obtain the logging status of a bucket: an empty BucketLoggingStatus
   * when logging is disabled.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketLogging(input: GetBucketLoggingInput, options?: CallOptions): Promise<GetBucketLoggingOutput>;
}

/** The HTTP request of GET Bucket logging for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketLoggingRequest(input: GetBucketLoggingInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["logging"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket logging from a successful response: the `BucketLoggingStatus` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketLoggingResponse(response: IncomingResponse): GetBucketLoggingOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_LOGGING_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket Notification (the class implements this interface, which carries the method's documentation). */
export interface GetBucketNotificationMethod {
  /**
   * GET Bucket Notification.
   *
   * This operation is used to obtain the event notification configuration of a bucket; an empty
   * NotificationConfiguration when none is set.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketNotification(input: GetBucketNotificationInput, options?: CallOptions): Promise<GetBucketNotificationOutput>;
}

/** The HTTP request of GET Bucket Notification for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketNotificationRequest(input: GetBucketNotificationInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["notification"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket Notification from a successful response: the `NotificationConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketNotificationResponse(response: IncomingResponse): GetBucketNotificationOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_NOTIFICATION_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket quota (the class implements this interface, which carries the method's documentation). */
export interface GetBucketQuotaMethod {
  /**
   * GET Bucket quota.
   *
   * Using this operation, an active bucket owner can obtain its quota. A bucket quota is expressed
   * in bytes. If the quota is set to 0, the quota has no upper limit (a bucket whose quota was never
   * set answers 0).
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketQuota(input: GetBucketQuotaInput, options?: CallOptions): Promise<GetBucketQuotaOutput>;
}

/** The HTTP request of GET Bucket quota for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketQuotaRequest(input: GetBucketQuotaInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["quota"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket quota from a successful response: the `Quota` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketQuotaResponse(response: IncomingResponse): GetBucketQuotaOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_QUOTA_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket Replication (the class implements this interface, which carries the method's documentation). */
export interface GetBucketReplicationMethod {
  /**
   * GET Bucket Replication.
   *
   * This operation obtains the cross-region replication configuration of a bucket. A bucket without
   * one answers NoSuchReplicationConfiguration.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketReplication(input: GetBucketReplicationInput, options?: CallOptions): Promise<GetBucketReplicationOutput>;
}

/** The HTTP request of GET Bucket Replication for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketReplicationRequest(input: GetBucketReplicationInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["replication"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket Replication from a successful response: the `ReplicationConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketReplicationResponse(response: IncomingResponse): GetBucketReplicationOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_REPLICATION_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket request payment (the class implements this interface, which carries the method's documentation). */
export interface GetBucketRequestPaymentMethod {
  /**
   * GET Bucket request payment.
   *
   * This API obtains the requester-pays configuration information of a bucket: BucketOwner until PUT
   * Bucket request payment sets Requester.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketRequestPayment(
    input: GetBucketRequestPaymentInput,
    options?: CallOptions,
  ): Promise<GetBucketRequestPaymentOutput>;
}

/** The HTTP request of GET Bucket request payment for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketRequestPaymentRequest(input: GetBucketRequestPaymentInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["requestPayment"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket request payment from a successful response: the `RequestPaymentConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketRequestPaymentResponse(response: IncomingResponse): GetBucketRequestPaymentOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_REQUEST_PAYMENT_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket storage (the class implements this interface, which carries the method's documentation). */
export interface GetBucketStorageMethod {
  /**
   * GET Bucket storage.
   *
   * Using this operation, the bucket owner can obtain the bucket's storage information such as the
   * bucket size and number of objects in the bucket. The bucket size is a nonnegative integer,
   * expressed in bytes.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketStorage(input: GetBucketStorageInput, options?: CallOptions): Promise<GetBucketStorageOutput>;
}

/** The HTTP request of GET Bucket storage for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketStorageRequest(input: GetBucketStorageInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["storageinfo"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket storage from a successful response: the `GetBucketStorageInfoResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketStorageResponse(response: IncomingResponse): GetBucketStorageOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_STORAGE_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket storage class (the class implements this interface, which carries the method's documentation). */
export interface GetBucketStorageClassMethod {
  /**
   * GET Bucket storage class.
   *
   * You can use this operation to obtain the default storage class of a bucket: STANDARD until PUT
   * Bucket storage class sets another.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketStorageClass(input: GetBucketStorageClassInput, options?: CallOptions): Promise<GetBucketStorageClassOutput>;
}

/** The HTTP request of GET Bucket storage class for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketStorageClassRequest(input: GetBucketStorageClassInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["storagePolicy"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket storage class from a successful response: the `StoragePolicy` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketStorageClassResponse(response: IncomingResponse): GetBucketStorageClassOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_STORAGE_CLASS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket tagging (the class implements this interface, which carries the method's documentation). */
export interface GetBucketTaggingMethod {
  /**
   * GET Bucket tagging.
   *
   * You can use this operation to obtain the tags of a bucket. A bucket without tags answers
   * NoSuchTagSet.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketTagging(input: GetBucketTaggingInput, options?: CallOptions): Promise<GetBucketTaggingOutput>;
}

/** The HTTP request of GET Bucket tagging for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketTaggingRequest(input: GetBucketTaggingInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["tagging"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket tagging from a successful response: the `Tagging` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketTaggingResponse(response: IncomingResponse): GetBucketTaggingOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_TAGGING_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket versioning (the class implements this interface, which carries the method's documentation). */
export interface GetBucketVersioningMethod {
  /**
   * GET Bucket versioning.
   *
   * You can use this operation to obtain the versioning state of a bucket: Enabled, Suspended,
   * or no Status at all for a bucket that has never had versioning.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketVersioning(input: GetBucketVersioningInput, options?: CallOptions): Promise<GetBucketVersioningOutput>;
}

/** The HTTP request of GET Bucket versioning for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketVersioningRequest(input: GetBucketVersioningInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["versioning"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket versioning from a successful response: the `VersioningConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketVersioningResponse(response: IncomingResponse): GetBucketVersioningOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_VERSIONING_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for GET Bucket website (the class implements this interface, which carries the method's documentation). */
export interface GetBucketWebsiteMethod {
  /**
   * GET Bucket website.
   *
   * You can use this operation to obtain the website configuration of a bucket. A bucket without one
   * answers NoSuchWebsiteConfiguration.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  getBucketWebsite(input: GetBucketWebsiteInput, options?: CallOptions): Promise<GetBucketWebsiteOutput>;
}

/** The HTTP request of GET Bucket website for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeGetBucketWebsiteRequest(input: GetBucketWebsiteInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["website"],
    query: {},
    headers,
  };
}

/**
 * The output of GET Bucket website from a successful response: the `WebsiteConfiguration` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeGetBucketWebsiteResponse(response: IncomingResponse): GetBucketWebsiteOutput {
  return {
    ...readXmlResponse(response, GET_BUCKET_WEBSITE_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket Custom Domain (the class implements this interface, which carries the method's documentation). */
export interface PutBucketCustomDomainMethod {
  /**
   * PUT Bucket Custom Domain.
   *
   * OBS uses buckets to store objects. You can configure a custom domain name for a bucket, so that
   * the bucket is reached by that name.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketCustomDomain(input: PutBucketCustomDomainInput, options?: CallOptions): Promise<PutBucketCustomDomainOutput>;
}

/** The HTTP request of PUT Bucket Custom Domain for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializePutBucketCustomDomainRequest(input: PutBucketCustomDomainInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: [],
    query: { customdomain: input.domainName },
    headers,
  };
}

/**
 * The output of PUT Bucket Custom Domain from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketCustomDomainResponse(response: IncomingResponse): PutBucketCustomDomainOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket Encryption (the class implements this interface, which carries the method's documentation). */
export interface PutBucketEncryptionMethod {
  /**
   * PUT Bucket Encryption.
   *
   * This operation creates or updates the default server-side encryption configuration of a bucket:
   * an object uploaded without server-side encryption headers is encrypted with SSE-KMS, with the
   * master key the configuration names or the default one.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketEncryption(input: PutBucketEncryptionInput, options?: CallOptions): Promise<PutBucketEncryptionOutput>;
}

/** The HTTP request of PUT Bucket Encryption for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketEncryptionRequest(input: PutBucketEncryptionInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["encryption"],
    query: {},
    headers,
    payload: {
      root: "ServerSideEncryptionConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_ENCRYPTION_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket Encryption from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketEncryptionResponse(response: IncomingResponse): PutBucketEncryptionOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket logging (the class implements this interface, which carries the method's documentation). */
export interface PutBucketLoggingMethod {
  /**
   * PUT Bucket logging.
   *
   * This operation is used to enable or disable logging for a bucket: with LoggingEnabled, access
   * logs are delivered to the target bucket under the target prefix; without it, logging is
   * disabled.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketLogging(input: PutBucketLoggingInput, options?: CallOptions): Promise<PutBucketLoggingOutput>;
}

/** The HTTP request of PUT Bucket logging for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketLoggingRequest(input: PutBucketLoggingInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["logging"],
    query: {},
    headers,
    payload: {
      root: "BucketLoggingStatus",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_LOGGING_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket logging from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketLoggingResponse(response: IncomingResponse): PutBucketLoggingOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket Notification (the class implements this interface, which carries the method's documentation). */
export interface PutBucketNotificationMethod {
  /**
   * PUT Bucket Notification.
   *
   * This operation is used to configure event notification for a bucket, so that you can receive
   * notifications about specified events when they occur in the bucket. An empty
   * NotificationConfiguration disables the function.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketNotification(input: PutBucketNotificationInput, options?: CallOptions): Promise<PutBucketNotificationOutput>;
}

/** The HTTP request of PUT Bucket Notification for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketNotificationRequest(input: PutBucketNotificationInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["notification"],
    query: {},
    headers,
    payload: {
      root: "NotificationConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_NOTIFICATION_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket Notification from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketNotificationResponse(response: IncomingResponse): PutBucketNotificationOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket quota (the class implements this interface, which carries the method's documentation). */
export interface PutBucketQuotaMethod {
  /**
   * PUT Bucket quota.
   *
   * Using this operation, an active bucket owner can modify the bucket quota. A bucket quota must be
   * a non-negative integer expressed in bytes. If a bucket quota is set to 0, the quota has no upper
   * limit.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketQuota(input: PutBucketQuotaInput, options?: CallOptions): Promise<PutBucketQuotaOutput>;
}

/** The HTTP request of PUT Bucket quota for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketQuotaRequest(input: PutBucketQuotaInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["quota"],
    query: {},
    headers,
    payload: {
      root: "Quota",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_QUOTA_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket quota from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketQuotaResponse(response: IncomingResponse): PutBucketQuotaOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket Replication (the class implements this interface, which carries the method's documentation). */
export interface PutBucketReplicationMethod {
  /**
   * PUT Bucket Replication.
   *
   * This operation configures cross-region replication for a bucket: objects under a rule's prefix
   * are copied to the destination bucket. A configuration replaces the bucket's earlier one.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketReplication(input: PutBucketReplicationInput, options?: CallOptions): Promise<PutBucketReplicationOutput>;
}

/** The HTTP request of PUT Bucket Replication for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketReplicationRequest(input: PutBucketReplicationInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["replication"],
    query: {},
    headers,
    payload: {
      root: "ReplicationConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_REPLICATION_INPUT_XML, input),
    },
    contentMd5: true,
  };
}

/**
 * The output of PUT Bucket Replication from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketReplicationResponse(response: IncomingResponse): PutBucketReplicationOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket request payment (the class implements this interface, which carries the method's documentation). */
export interface PutBucketRequestPaymentMethod {
  /**
   * PUT Bucket request payment.
   *
   * The requester-pays configuration allows the requester to pay for data transfer and API calls
   * associated with accessing the requested OBS resources, while the bucket owner only pays for data
   * storage.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketRequestPayment(
    input: PutBucketRequestPaymentInput,
    options?: CallOptions,
  ): Promise<PutBucketRequestPaymentOutput>;
}

/** The HTTP request of PUT Bucket request payment for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketRequestPaymentRequest(input: PutBucketRequestPaymentInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["requestPayment"],
    query: {},
    headers,
    payload: {
      root: "RequestPaymentConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_REQUEST_PAYMENT_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket request payment from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketRequestPaymentResponse(response: IncomingResponse): PutBucketRequestPaymentOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket storage class (the class implements this interface, which carries the method's documentation). */
export interface PutBucketStorageClassMethod {
  /**
   * PUT Bucket storage class.
   *
   * You can use this operation to create a default storage class for a bucket or change the default
   * storage class of a bucket. When a bucket has a default storage class, an object uploaded, copied
   * or initiated as a multipart upload without a storage class of its own takes the bucket's. A
   * bucket whose default was never set has the Standard storage class.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketStorageClass(input: PutBucketStorageClassInput, options?: CallOptions): Promise<PutBucketStorageClassOutput>;
}

/** The HTTP request of PUT Bucket storage class for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketStorageClassRequest(input: PutBucketStorageClassInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["storagePolicy"],
    query: {},
    headers,
    payload: {
      root: "StoragePolicy",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_STORAGE_CLASS_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket storage class from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketStorageClassResponse(response: IncomingResponse): PutBucketStorageClassOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket tagging (the class implements this interface, which carries the method's documentation). */
export interface PutBucketTaggingMethod {
  /**
   * PUT Bucket tagging.
   *
   * You can use this operation to add tags to an existing bucket, replacing any it had. Each
   * bucket supports a maximum of 20 tags; a key is unique among them.
   *
   * Content-MD5 will be a required header for this operation.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketTagging(input: PutBucketTaggingInput, options?: CallOptions): Promise<PutBucketTaggingOutput>;
}

/** The HTTP request of PUT Bucket tagging for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketTaggingRequest(input: PutBucketTaggingInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["tagging"],
    query: {},
    headers,
    payload: { root: "Tagging", namespace: undefined, content: xmlTreeOf(PUT_BUCKET_TAGGING_INPUT_XML, input) },
    contentMd5: true,
  };
}

/**
 * The output of PUT Bucket tagging from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketTaggingResponse(response: IncomingResponse): PutBucketTaggingOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket versioning (the class implements this interface, which carries the method's documentation). */
export interface PutBucketVersioningMethod {
  /**
   * PUT Bucket versioning.
   *
   * You can use this operation to enable or suspend versioning for an existing bucket: the state
   * is Enabled or Suspended. A bucket that has never had versioning is unversioned; once enabled,
   * it can be suspended but not made unversioned again.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketVersioning(input: PutBucketVersioningInput, options?: CallOptions): Promise<PutBucketVersioningOutput>;
}

/** The HTTP request of PUT Bucket versioning for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketVersioningRequest(input: PutBucketVersioningInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["versioning"],
    query: {},
    headers,
    payload: {
      root: "VersioningConfiguration",
      namespace: undefined,
      content: xmlTreeOf(PUT_BUCKET_VERSIONING_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket versioning from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketVersioningResponse(response: IncomingResponse): PutBucketVersioningOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for PUT Bucket website (the class implements this interface, which carries the method's documentation). */
export interface PutBucketWebsiteMethod {
  /**
   * PUT Bucket website.
   *
   * You can use this operation to create or update the website configuration of a bucket: its index
   * and error documents and routing rules, or a redirect of every request to another host.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putBucketWebsite(input: PutBucketWebsiteInput, options?: CallOptions): Promise<PutBucketWebsiteOutput>;
}

/** The HTTP request of PUT Bucket website for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutBucketWebsiteRequest(input: PutBucketWebsiteInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: undefined,
    subresources: ["website"],
    query: {},
    headers,
    payload: {
      root: "WebsiteConfiguration",
      namespace: "http://obs.example.com/doc/2015-06-30/",
      content: xmlTreeOf(PUT_BUCKET_WEBSITE_INPUT_XML, input),
    },
  };
}

/**
 * The output of PUT Bucket website from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutBucketWebsiteResponse(response: IncomingResponse): PutBucketWebsiteOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}
