// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  validateAbortMultipartUploadRequest,
  validateCompleteMultipartUploadRequest,
  validateCopyObjectRequest,
  validateDeleteBucketCorsRequest,
  validateDeleteBucketCustomDomainRequest,
  validateDeleteBucketEncryptionRequest,
  validateDeleteBucketLifecycleRequest,
  validateDeleteBucketPolicyRequest,
  validateDeleteBucketReplicationRequest,
  validateDeleteBucketRequest,
  validateDeleteBucketTaggingRequest,
  validateDeleteBucketWebsiteRequest,
  validateDeleteObjectRequest,
  validateDeleteObjectsRequest,
  validateGetBucketAclRequest,
  validateGetBucketCorsRequest,
  validateGetBucketCustomDomainRequest,
  validateGetBucketEncryptionRequest,
  validateGetBucketLifecycleRequest,
  validateGetBucketLocationRequest,
  validateGetBucketLoggingRequest,
  validateGetBucketNotificationRequest,
  validateGetBucketObjectLockRequest,
  validateGetBucketPolicyRequest,
  validateGetBucketQuotaRequest,
  validateGetBucketReplicationRequest,
  validateGetBucketRequestPaymentRequest,
  validateGetBucketStorageClassRequest,
  validateGetBucketStorageRequest,
  validateGetBucketTaggingRequest,
  validateGetBucketVersioningRequest,
  validateGetBucketWebsiteRequest,
  validateGetObjectAclRequest,
  validateGetObjectRequest,
  validateHeadBucketRequest,
  validateHeadObjectRequest,
  validateInitiateMultipartUploadRequest,
  validateListBucketsRequest,
  validateListMultipartUploadsRequest,
  validateListObjectsRequest,
  validateListObjectsV2Request,
  validateListObjectVersionsRequest,
  validateListPartsRequest,
  validateOptionsBucketRequest,
  validateOptionsObjectRequest,
  validatePostObjectRequest,
  validatePutBucketAclRequest,
  validatePutBucketCorsRequest,
  validatePutBucketCustomDomainRequest,
  validatePutBucketEncryptionRequest,
  validatePutBucketLifecycleRequest,
  validatePutBucketLoggingRequest,
  validatePutBucketNotificationRequest,
  validatePutBucketObjectLockRequest,
  validatePutBucketPolicyRequest,
  validatePutBucketQuotaRequest,
  validatePutBucketReplicationRequest,
  validatePutBucketRequest,
  validatePutBucketRequestPaymentRequest,
  validatePutBucketStorageClassRequest,
  validatePutBucketTaggingRequest,
  validatePutBucketVersioningRequest,
  validatePutBucketWebsiteRequest,
  validatePutObjectAclRequest,
  validatePutObjectRequest,
  validatePutObjectRetentionRequest,
  validateRestoreObjectRequest,
  validateUploadPartCopyRequest,
  validateUploadPartRequest,
  type AbortMultipartUploadInput,
  type AbortMultipartUploadOutput,
  type CompleteMultipartUploadInput,
  type CompleteMultipartUploadOutput,
  type CopyObjectInput,
  type CopyObjectOutput,
  type DeleteBucketCorsInput,
  type DeleteBucketCorsOutput,
  type DeleteBucketCustomDomainInput,
  type DeleteBucketCustomDomainOutput,
  type DeleteBucketEncryptionInput,
  type DeleteBucketEncryptionOutput,
  type DeleteBucketInput,
  type DeleteBucketLifecycleInput,
  type DeleteBucketLifecycleOutput,
  type DeleteBucketOutput,
  type DeleteBucketPolicyInput,
  type DeleteBucketPolicyOutput,
  type DeleteBucketReplicationInput,
  type DeleteBucketReplicationOutput,
  type DeleteBucketTaggingInput,
  type DeleteBucketTaggingOutput,
  type DeleteBucketWebsiteInput,
  type DeleteBucketWebsiteOutput,
  type DeleteObjectInput,
  type DeleteObjectOutput,
  type DeleteObjectsInput,
  type DeleteObjectsOutput,
  type GetBucketAclInput,
  type GetBucketAclOutput,
  type GetBucketCorsInput,
  type GetBucketCorsOutput,
  type GetBucketCustomDomainInput,
  type GetBucketCustomDomainOutput,
  type GetBucketEncryptionInput,
  type GetBucketEncryptionOutput,
  type GetBucketLifecycleInput,
  type GetBucketLifecycleOutput,
  type GetBucketLocationInput,
  type GetBucketLocationOutput,
  type GetBucketLoggingInput,
  type GetBucketLoggingOutput,
  type GetBucketNotificationInput,
  type GetBucketNotificationOutput,
  type GetBucketObjectLockInput,
  type GetBucketObjectLockOutput,
  type GetBucketPolicyInput,
  type GetBucketPolicyOutput,
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
  type GetObjectAclInput,
  type GetObjectAclOutput,
  type GetObjectInput,
  type GetObjectOutput,
  type HeadBucketInput,
  type HeadBucketOutput,
  type HeadObjectInput,
  type HeadObjectOutput,
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
  type ListBucketsInput,
  type ListBucketsOutput,
  type ListMultipartUploadsInput,
  type ListMultipartUploadsOutput,
  type ListObjectsInput,
  type ListObjectsOutput,
  type ListObjectsV2Input,
  type ListObjectsV2Output,
  type ListObjectVersionsInput,
  type ListObjectVersionsOutput,
  type ListPartsInput,
  type ListPartsOutput,
  type OptionsBucketInput,
  type OptionsBucketOutput,
  type OptionsObjectInput,
  type OptionsObjectOutput,
  type PostObjectInput,
  type PostObjectOutput,
  type PutBucketAclInput,
  type PutBucketAclOutput,
  type PutBucketCorsInput,
  type PutBucketCorsOutput,
  type PutBucketCustomDomainInput,
  type PutBucketCustomDomainOutput,
  type PutBucketEncryptionInput,
  type PutBucketEncryptionOutput,
  type PutBucketInput,
  type PutBucketLifecycleInput,
  type PutBucketLifecycleOutput,
  type PutBucketLoggingInput,
  type PutBucketLoggingOutput,
  type PutBucketNotificationInput,
  type PutBucketNotificationOutput,
  type PutBucketObjectLockInput,
  type PutBucketObjectLockOutput,
  type PutBucketOutput,
  type PutBucketPolicyInput,
  type PutBucketPolicyOutput,
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
  type PutObjectAclInput,
  type PutObjectAclOutput,
  type PutObjectInput,
  type PutObjectOutput,
  type PutObjectRetentionInput,
  type PutObjectRetentionOutput,
  type RestoreObjectInput,
  type RestoreObjectOutput,
  type UploadPartCopyInput,
  type UploadPartCopyOutput,
  type UploadPartInput,
  type UploadPartOutput,
} from "@obs-toolkit/validator";
import {
  deserializeDeleteBucketPolicyResponse,
  deserializeGetBucketAclResponse,
  deserializeGetBucketPolicyResponse,
  deserializeGetObjectAclResponse,
  deserializePutBucketAclResponse,
  deserializePutBucketPolicyResponse,
  deserializePutObjectAclResponse,
  serializeDeleteBucketPolicyRequest,
  serializeGetBucketAclRequest,
  serializeGetBucketPolicyRequest,
  serializeGetObjectAclRequest,
  serializePutBucketAclRequest,
  serializePutBucketPolicyRequest,
  serializePutObjectAclRequest,
  type DeleteBucketPolicyMethod,
  type GetBucketAclMethod,
  type GetBucketPolicyMethod,
  type GetObjectAclMethod,
  type PutBucketAclMethod,
  type PutBucketPolicyMethod,
  type PutObjectAclMethod,
} from "./operations/access-control.js";
import {
  deserializeDeleteBucketCustomDomainResponse,
  deserializeDeleteBucketEncryptionResponse,
  deserializeDeleteBucketReplicationResponse,
  deserializeDeleteBucketTaggingResponse,
  deserializeDeleteBucketWebsiteResponse,
  deserializeGetBucketCustomDomainResponse,
  deserializeGetBucketEncryptionResponse,
  deserializeGetBucketLoggingResponse,
  deserializeGetBucketNotificationResponse,
  deserializeGetBucketQuotaResponse,
  deserializeGetBucketReplicationResponse,
  deserializeGetBucketRequestPaymentResponse,
  deserializeGetBucketStorageClassResponse,
  deserializeGetBucketStorageResponse,
  deserializeGetBucketTaggingResponse,
  deserializeGetBucketVersioningResponse,
  deserializeGetBucketWebsiteResponse,
  deserializePutBucketCustomDomainResponse,
  deserializePutBucketEncryptionResponse,
  deserializePutBucketLoggingResponse,
  deserializePutBucketNotificationResponse,
  deserializePutBucketQuotaResponse,
  deserializePutBucketReplicationResponse,
  deserializePutBucketRequestPaymentResponse,
  deserializePutBucketStorageClassResponse,
  deserializePutBucketTaggingResponse,
  deserializePutBucketVersioningResponse,
  deserializePutBucketWebsiteResponse,
  serializeDeleteBucketCustomDomainRequest,
  serializeDeleteBucketEncryptionRequest,
  serializeDeleteBucketReplicationRequest,
  serializeDeleteBucketTaggingRequest,
  serializeDeleteBucketWebsiteRequest,
  serializeGetBucketCustomDomainRequest,
  serializeGetBucketEncryptionRequest,
  serializeGetBucketLoggingRequest,
  serializeGetBucketNotificationRequest,
  serializeGetBucketQuotaRequest,
  serializeGetBucketReplicationRequest,
  serializeGetBucketRequestPaymentRequest,
  serializeGetBucketStorageClassRequest,
  serializeGetBucketStorageRequest,
  serializeGetBucketTaggingRequest,
  serializeGetBucketVersioningRequest,
  serializeGetBucketWebsiteRequest,
  serializePutBucketCustomDomainRequest,
  serializePutBucketEncryptionRequest,
  serializePutBucketLoggingRequest,
  serializePutBucketNotificationRequest,
  serializePutBucketQuotaRequest,
  serializePutBucketReplicationRequest,
  serializePutBucketRequestPaymentRequest,
  serializePutBucketStorageClassRequest,
  serializePutBucketTaggingRequest,
  serializePutBucketVersioningRequest,
  serializePutBucketWebsiteRequest,
  type DeleteBucketCustomDomainMethod,
  type DeleteBucketEncryptionMethod,
  type DeleteBucketReplicationMethod,
  type DeleteBucketTaggingMethod,
  type DeleteBucketWebsiteMethod,
  type GetBucketCustomDomainMethod,
  type GetBucketEncryptionMethod,
  type GetBucketLoggingMethod,
  type GetBucketNotificationMethod,
  type GetBucketQuotaMethod,
  type GetBucketReplicationMethod,
  type GetBucketRequestPaymentMethod,
  type GetBucketStorageClassMethod,
  type GetBucketStorageMethod,
  type GetBucketTaggingMethod,
  type GetBucketVersioningMethod,
  type GetBucketWebsiteMethod,
  type PutBucketCustomDomainMethod,
  type PutBucketEncryptionMethod,
  type PutBucketLoggingMethod,
  type PutBucketNotificationMethod,
  type PutBucketQuotaMethod,
  type PutBucketReplicationMethod,
  type PutBucketRequestPaymentMethod,
  type PutBucketStorageClassMethod,
  type PutBucketTaggingMethod,
  type PutBucketVersioningMethod,
  type PutBucketWebsiteMethod,
} from "./operations/bucket-configuration.js";
import {
  deserializeDeleteBucketResponse,
  deserializeGetBucketLocationResponse,
  deserializeHeadBucketResponse,
  deserializeListBucketsResponse,
  deserializePutBucketResponse,
  serializeDeleteBucketRequest,
  serializeGetBucketLocationRequest,
  serializeHeadBucketRequest,
  serializeListBucketsRequest,
  serializePutBucketRequest,
  type DeleteBucketMethod,
  type GetBucketLocationMethod,
  type HeadBucketMethod,
  type ListBucketsMethod,
  type PutBucketMethod,
} from "./operations/buckets.js";
import {
  deserializeDeleteBucketCorsResponse,
  deserializeGetBucketCorsResponse,
  deserializeOptionsBucketResponse,
  deserializeOptionsObjectResponse,
  deserializePutBucketCorsResponse,
  serializeDeleteBucketCorsRequest,
  serializeGetBucketCorsRequest,
  serializeOptionsBucketRequest,
  serializeOptionsObjectRequest,
  serializePutBucketCorsRequest,
  type DeleteBucketCorsMethod,
  type GetBucketCorsMethod,
  type OptionsBucketMethod,
  type OptionsObjectMethod,
  type PutBucketCorsMethod,
} from "./operations/cors.js";
import {
  deserializeDeleteBucketLifecycleResponse,
  deserializeGetBucketLifecycleResponse,
  deserializePutBucketLifecycleResponse,
  serializeDeleteBucketLifecycleRequest,
  serializeGetBucketLifecycleRequest,
  serializePutBucketLifecycleRequest,
  type DeleteBucketLifecycleMethod,
  type GetBucketLifecycleMethod,
  type PutBucketLifecycleMethod,
} from "./operations/lifecycle.js";
import {
  deserializeAbortMultipartUploadResponse,
  deserializeCompleteMultipartUploadResponse,
  deserializeInitiateMultipartUploadResponse,
  deserializeListMultipartUploadsResponse,
  deserializeListPartsResponse,
  deserializeUploadPartCopyResponse,
  deserializeUploadPartResponse,
  serializeAbortMultipartUploadRequest,
  serializeCompleteMultipartUploadRequest,
  serializeInitiateMultipartUploadRequest,
  serializeListMultipartUploadsRequest,
  serializeListPartsRequest,
  serializeUploadPartCopyRequest,
  serializeUploadPartRequest,
  type AbortMultipartUploadMethod,
  type CompleteMultipartUploadMethod,
  type InitiateMultipartUploadMethod,
  type ListMultipartUploadsMethod,
  type ListPartsMethod,
  type UploadPartCopyMethod,
  type UploadPartMethod,
} from "./operations/multipart-uploads.js";
import {
  deserializeCopyObjectResponse,
  deserializeDeleteObjectResponse,
  deserializeDeleteObjectsResponse,
  deserializeGetObjectResponse,
  deserializeHeadObjectResponse,
  deserializeListObjectsResponse,
  deserializeListObjectsV2Response,
  deserializeListObjectVersionsResponse,
  deserializePostObjectResponse,
  deserializePutObjectResponse,
  deserializeRestoreObjectResponse,
  serializeCopyObjectRequest,
  serializeDeleteObjectRequest,
  serializeDeleteObjectsRequest,
  serializeGetObjectRequest,
  serializeHeadObjectRequest,
  serializeListObjectsRequest,
  serializeListObjectsV2Request,
  serializeListObjectVersionsRequest,
  serializePostObjectRequest,
  serializePutObjectRequest,
  serializeRestoreObjectRequest,
  type CopyObjectMethod,
  type DeleteObjectMethod,
  type DeleteObjectsMethod,
  type GetObjectMethod,
  type HeadObjectMethod,
  type ListObjectsMethod,
  type ListObjectsV2Method,
  type ListObjectVersionsMethod,
  type PostObjectMethod,
  type PutObjectMethod,
  type RestoreObjectMethod,
} from "./operations/objects.js";
import {
  deserializeGetBucketObjectLockResponse,
  deserializePutBucketObjectLockResponse,
  deserializePutObjectRetentionResponse,
  serializeGetBucketObjectLockRequest,
  serializePutBucketObjectLockRequest,
  serializePutObjectRetentionRequest,
  type GetBucketObjectLockMethod,
  type PutBucketObjectLockMethod,
  type PutObjectRetentionMethod,
} from "./operations/worm.js";
import {
  errorFromIssues,
  send,
  type CallOptions,
  type ObsClientConfig,
  type WithBodySource,
} from "./runtime/transport.js";

/**
 * A typed client for the OBS S3-compatible object storage API.
 *
 * Each method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an `ObsError` carrying `code`, `message`, `statusCode`, `requestId` and `hostId`.
 */
export class ObsClient
  implements
    AbortMultipartUploadMethod,
    CompleteMultipartUploadMethod,
    CopyObjectMethod,
    DeleteBucketMethod,
    DeleteBucketCorsMethod,
    DeleteBucketCustomDomainMethod,
    DeleteBucketEncryptionMethod,
    DeleteBucketLifecycleMethod,
    DeleteBucketPolicyMethod,
    DeleteBucketReplicationMethod,
    DeleteBucketTaggingMethod,
    DeleteBucketWebsiteMethod,
    DeleteObjectMethod,
    DeleteObjectsMethod,
    GetBucketAclMethod,
    GetBucketCorsMethod,
    GetBucketCustomDomainMethod,
    GetBucketEncryptionMethod,
    GetBucketLifecycleMethod,
    GetBucketLocationMethod,
    GetBucketLoggingMethod,
    GetBucketNotificationMethod,
    GetBucketObjectLockMethod,
    GetBucketPolicyMethod,
    GetBucketQuotaMethod,
    GetBucketReplicationMethod,
    GetBucketRequestPaymentMethod,
    GetBucketStorageMethod,
    GetBucketStorageClassMethod,
    GetBucketTaggingMethod,
    GetBucketVersioningMethod,
    GetBucketWebsiteMethod,
    GetObjectMethod,
    GetObjectAclMethod,
    HeadBucketMethod,
    HeadObjectMethod,
    InitiateMultipartUploadMethod,
    ListBucketsMethod,
    ListMultipartUploadsMethod,
    ListObjectsMethod,
    ListObjectsV2Method,
    ListObjectVersionsMethod,
    ListPartsMethod,
    OptionsBucketMethod,
    OptionsObjectMethod,
    PostObjectMethod,
    PutBucketMethod,
    PutBucketAclMethod,
    PutBucketCorsMethod,
    PutBucketCustomDomainMethod,
    PutBucketEncryptionMethod,
    PutBucketLifecycleMethod,
    PutBucketLoggingMethod,
    PutBucketNotificationMethod,
    PutBucketObjectLockMethod,
    PutBucketPolicyMethod,
    PutBucketQuotaMethod,
    PutBucketReplicationMethod,
    PutBucketRequestPaymentMethod,
    PutBucketStorageClassMethod,
    PutBucketTaggingMethod,
    PutBucketVersioningMethod,
    PutBucketWebsiteMethod,
    PutObjectMethod,
    PutObjectAclMethod,
    PutObjectRetentionMethod,
    RestoreObjectMethod,
    UploadPartMethod,
    UploadPartCopyMethod
{
  private readonly config: ObsClientConfig;

  constructor(config: ObsClientConfig) {
    const endpoint = URL.canParse(config.endpoint) ? new URL(config.endpoint) : undefined;
    if (!endpoint || (endpoint.protocol !== "http:" && endpoint.protocol !== "https:"))
      throw new TypeError(`endpoint must be an http(s) URL, got ${JSON.stringify(config.endpoint)}`);
    if (config.signatureVersion !== "v2" && config.signatureVersion !== "v4")
      throw new TypeError('signatureVersion must be "v2" or "v4"');
    this.config = { ...config };
  }

  async abortMultipartUpload(
    input: AbortMultipartUploadInput,
    options: CallOptions = {},
  ): Promise<AbortMultipartUploadOutput> {
    const request = serializeAbortMultipartUploadRequest(input);
    const checked = validateAbortMultipartUploadRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeAbortMultipartUploadResponse(await send(this.config, request, options));
  }

  async completeMultipartUpload(
    input: CompleteMultipartUploadInput,
    options: CallOptions = {},
  ): Promise<CompleteMultipartUploadOutput> {
    const request = serializeCompleteMultipartUploadRequest(input);
    const checked = validateCompleteMultipartUploadRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeCompleteMultipartUploadResponse(await send(this.config, request, options));
  }

  async copyObject(input: CopyObjectInput, options: CallOptions = {}): Promise<CopyObjectOutput> {
    const request = serializeCopyObjectRequest(input);
    const checked = validateCopyObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeCopyObjectResponse(await send(this.config, request, options));
  }

  async deleteBucket(input: DeleteBucketInput, options: CallOptions = {}): Promise<DeleteBucketOutput> {
    const request = serializeDeleteBucketRequest(input);
    const checked = validateDeleteBucketRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketResponse(await send(this.config, request, options));
  }

  async deleteBucketCors(input: DeleteBucketCorsInput, options: CallOptions = {}): Promise<DeleteBucketCorsOutput> {
    const request = serializeDeleteBucketCorsRequest(input);
    const checked = validateDeleteBucketCorsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketCorsResponse(await send(this.config, request, options));
  }

  async deleteBucketCustomDomain(
    input: DeleteBucketCustomDomainInput,
    options: CallOptions = {},
  ): Promise<DeleteBucketCustomDomainOutput> {
    const request = serializeDeleteBucketCustomDomainRequest(input);
    const checked = validateDeleteBucketCustomDomainRequest(request, {
      checkTransport: false,
      headersNormalized: true,
    });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketCustomDomainResponse(await send(this.config, request, options));
  }

  async deleteBucketEncryption(
    input: DeleteBucketEncryptionInput,
    options: CallOptions = {},
  ): Promise<DeleteBucketEncryptionOutput> {
    const request = serializeDeleteBucketEncryptionRequest(input);
    const checked = validateDeleteBucketEncryptionRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketEncryptionResponse(await send(this.config, request, options));
  }

  async deleteBucketLifecycle(
    input: DeleteBucketLifecycleInput,
    options: CallOptions = {},
  ): Promise<DeleteBucketLifecycleOutput> {
    const request = serializeDeleteBucketLifecycleRequest(input);
    const checked = validateDeleteBucketLifecycleRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketLifecycleResponse(await send(this.config, request, options));
  }

  async deleteBucketPolicy(
    input: DeleteBucketPolicyInput,
    options: CallOptions = {},
  ): Promise<DeleteBucketPolicyOutput> {
    const request = serializeDeleteBucketPolicyRequest(input);
    const checked = validateDeleteBucketPolicyRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketPolicyResponse(await send(this.config, request, options));
  }

  async deleteBucketReplication(
    input: DeleteBucketReplicationInput,
    options: CallOptions = {},
  ): Promise<DeleteBucketReplicationOutput> {
    const request = serializeDeleteBucketReplicationRequest(input);
    const checked = validateDeleteBucketReplicationRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketReplicationResponse(await send(this.config, request, options));
  }

  async deleteBucketTagging(
    input: DeleteBucketTaggingInput,
    options: CallOptions = {},
  ): Promise<DeleteBucketTaggingOutput> {
    const request = serializeDeleteBucketTaggingRequest(input);
    const checked = validateDeleteBucketTaggingRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketTaggingResponse(await send(this.config, request, options));
  }

  async deleteBucketWebsite(
    input: DeleteBucketWebsiteInput,
    options: CallOptions = {},
  ): Promise<DeleteBucketWebsiteOutput> {
    const request = serializeDeleteBucketWebsiteRequest(input);
    const checked = validateDeleteBucketWebsiteRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteBucketWebsiteResponse(await send(this.config, request, options));
  }

  async deleteObject(input: DeleteObjectInput, options: CallOptions = {}): Promise<DeleteObjectOutput> {
    const request = serializeDeleteObjectRequest(input);
    const checked = validateDeleteObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteObjectResponse(await send(this.config, request, options));
  }

  async deleteObjects(input: DeleteObjectsInput, options: CallOptions = {}): Promise<DeleteObjectsOutput> {
    const request = serializeDeleteObjectsRequest(input);
    const checked = validateDeleteObjectsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeDeleteObjectsResponse(await send(this.config, request, options));
  }

  async getBucketAcl(input: GetBucketAclInput, options: CallOptions = {}): Promise<GetBucketAclOutput> {
    const request = serializeGetBucketAclRequest(input);
    const checked = validateGetBucketAclRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketAclResponse(await send(this.config, request, options));
  }

  async getBucketCors(input: GetBucketCorsInput, options: CallOptions = {}): Promise<GetBucketCorsOutput> {
    const request = serializeGetBucketCorsRequest(input);
    const checked = validateGetBucketCorsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketCorsResponse(await send(this.config, request, options));
  }

  async getBucketCustomDomain(
    input: GetBucketCustomDomainInput,
    options: CallOptions = {},
  ): Promise<GetBucketCustomDomainOutput> {
    const request = serializeGetBucketCustomDomainRequest(input);
    const checked = validateGetBucketCustomDomainRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketCustomDomainResponse(await send(this.config, request, options));
  }

  async getBucketEncryption(
    input: GetBucketEncryptionInput,
    options: CallOptions = {},
  ): Promise<GetBucketEncryptionOutput> {
    const request = serializeGetBucketEncryptionRequest(input);
    const checked = validateGetBucketEncryptionRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketEncryptionResponse(await send(this.config, request, options));
  }

  async getBucketLifecycle(
    input: GetBucketLifecycleInput,
    options: CallOptions = {},
  ): Promise<GetBucketLifecycleOutput> {
    const request = serializeGetBucketLifecycleRequest(input);
    const checked = validateGetBucketLifecycleRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketLifecycleResponse(await send(this.config, request, options));
  }

  async getBucketLocation(input: GetBucketLocationInput, options: CallOptions = {}): Promise<GetBucketLocationOutput> {
    const request = serializeGetBucketLocationRequest(input);
    const checked = validateGetBucketLocationRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketLocationResponse(await send(this.config, request, options));
  }

  async getBucketLogging(input: GetBucketLoggingInput, options: CallOptions = {}): Promise<GetBucketLoggingOutput> {
    const request = serializeGetBucketLoggingRequest(input);
    const checked = validateGetBucketLoggingRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketLoggingResponse(await send(this.config, request, options));
  }

  async getBucketNotification(
    input: GetBucketNotificationInput,
    options: CallOptions = {},
  ): Promise<GetBucketNotificationOutput> {
    const request = serializeGetBucketNotificationRequest(input);
    const checked = validateGetBucketNotificationRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketNotificationResponse(await send(this.config, request, options));
  }

  async getBucketObjectLock(
    input: GetBucketObjectLockInput,
    options: CallOptions = {},
  ): Promise<GetBucketObjectLockOutput> {
    const request = serializeGetBucketObjectLockRequest(input);
    const checked = validateGetBucketObjectLockRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketObjectLockResponse(await send(this.config, request, options));
  }

  async getBucketPolicy(input: GetBucketPolicyInput, options: CallOptions = {}): Promise<GetBucketPolicyOutput> {
    const request = serializeGetBucketPolicyRequest(input);
    const checked = validateGetBucketPolicyRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketPolicyResponse(await send(this.config, request, options));
  }

  async getBucketQuota(input: GetBucketQuotaInput, options: CallOptions = {}): Promise<GetBucketQuotaOutput> {
    const request = serializeGetBucketQuotaRequest(input);
    const checked = validateGetBucketQuotaRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketQuotaResponse(await send(this.config, request, options));
  }

  async getBucketReplication(
    input: GetBucketReplicationInput,
    options: CallOptions = {},
  ): Promise<GetBucketReplicationOutput> {
    const request = serializeGetBucketReplicationRequest(input);
    const checked = validateGetBucketReplicationRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketReplicationResponse(await send(this.config, request, options));
  }

  async getBucketRequestPayment(
    input: GetBucketRequestPaymentInput,
    options: CallOptions = {},
  ): Promise<GetBucketRequestPaymentOutput> {
    const request = serializeGetBucketRequestPaymentRequest(input);
    const checked = validateGetBucketRequestPaymentRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketRequestPaymentResponse(await send(this.config, request, options));
  }

  async getBucketStorage(input: GetBucketStorageInput, options: CallOptions = {}): Promise<GetBucketStorageOutput> {
    const request = serializeGetBucketStorageRequest(input);
    const checked = validateGetBucketStorageRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketStorageResponse(await send(this.config, request, options));
  }

  async getBucketStorageClass(
    input: GetBucketStorageClassInput,
    options: CallOptions = {},
  ): Promise<GetBucketStorageClassOutput> {
    const request = serializeGetBucketStorageClassRequest(input);
    const checked = validateGetBucketStorageClassRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketStorageClassResponse(await send(this.config, request, options));
  }

  async getBucketTagging(input: GetBucketTaggingInput, options: CallOptions = {}): Promise<GetBucketTaggingOutput> {
    const request = serializeGetBucketTaggingRequest(input);
    const checked = validateGetBucketTaggingRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketTaggingResponse(await send(this.config, request, options));
  }

  async getBucketVersioning(
    input: GetBucketVersioningInput,
    options: CallOptions = {},
  ): Promise<GetBucketVersioningOutput> {
    const request = serializeGetBucketVersioningRequest(input);
    const checked = validateGetBucketVersioningRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketVersioningResponse(await send(this.config, request, options));
  }

  async getBucketWebsite(input: GetBucketWebsiteInput, options: CallOptions = {}): Promise<GetBucketWebsiteOutput> {
    const request = serializeGetBucketWebsiteRequest(input);
    const checked = validateGetBucketWebsiteRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetBucketWebsiteResponse(await send(this.config, request, options));
  }

  async getObject(input: GetObjectInput, options: CallOptions = {}): Promise<GetObjectOutput> {
    const request = serializeGetObjectRequest(input);
    const checked = validateGetObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetObjectResponse(await send(this.config, request, options));
  }

  async getObjectAcl(input: GetObjectAclInput, options: CallOptions = {}): Promise<GetObjectAclOutput> {
    const request = serializeGetObjectAclRequest(input);
    const checked = validateGetObjectAclRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeGetObjectAclResponse(await send(this.config, request, options));
  }

  async headBucket(input: HeadBucketInput, options: CallOptions = {}): Promise<HeadBucketOutput> {
    const request = serializeHeadBucketRequest(input);
    const checked = validateHeadBucketRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeHeadBucketResponse(await send(this.config, request, options));
  }

  async headObject(input: HeadObjectInput, options: CallOptions = {}): Promise<HeadObjectOutput> {
    const request = serializeHeadObjectRequest(input);
    const checked = validateHeadObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeHeadObjectResponse(await send(this.config, request, options));
  }

  async initiateMultipartUpload(
    input: InitiateMultipartUploadInput,
    options: CallOptions = {},
  ): Promise<InitiateMultipartUploadOutput> {
    const request = serializeInitiateMultipartUploadRequest(input);
    const checked = validateInitiateMultipartUploadRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeInitiateMultipartUploadResponse(await send(this.config, request, options));
  }

  async listBuckets(input: ListBucketsInput, options: CallOptions = {}): Promise<ListBucketsOutput> {
    const request = serializeListBucketsRequest(input);
    const checked = validateListBucketsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListBucketsResponse(await send(this.config, request, options));
  }

  async listMultipartUploads(
    input: ListMultipartUploadsInput,
    options: CallOptions = {},
  ): Promise<ListMultipartUploadsOutput> {
    const request = serializeListMultipartUploadsRequest(input);
    const checked = validateListMultipartUploadsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListMultipartUploadsResponse(await send(this.config, request, options));
  }

  async listObjects(input: ListObjectsInput, options: CallOptions = {}): Promise<ListObjectsOutput> {
    const request = serializeListObjectsRequest(input);
    const checked = validateListObjectsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListObjectsResponse(await send(this.config, request, options));
  }

  async listObjectsV2(input: ListObjectsV2Input, options: CallOptions = {}): Promise<ListObjectsV2Output> {
    const request = serializeListObjectsV2Request(input);
    const checked = validateListObjectsV2Request(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListObjectsV2Response(await send(this.config, request, options));
  }

  async listObjectVersions(
    input: ListObjectVersionsInput,
    options: CallOptions = {},
  ): Promise<ListObjectVersionsOutput> {
    const request = serializeListObjectVersionsRequest(input);
    const checked = validateListObjectVersionsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListObjectVersionsResponse(await send(this.config, request, options));
  }

  async listParts(input: ListPartsInput, options: CallOptions = {}): Promise<ListPartsOutput> {
    const request = serializeListPartsRequest(input);
    const checked = validateListPartsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListPartsResponse(await send(this.config, request, options));
  }

  async optionsBucket(input: OptionsBucketInput, options: CallOptions = {}): Promise<OptionsBucketOutput> {
    const request = serializeOptionsBucketRequest(input);
    const checked = validateOptionsBucketRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeOptionsBucketResponse(await send(this.config, request, options));
  }

  async optionsObject(input: OptionsObjectInput, options: CallOptions = {}): Promise<OptionsObjectOutput> {
    const request = serializeOptionsObjectRequest(input);
    const checked = validateOptionsObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeOptionsObjectResponse(await send(this.config, request, options));
  }

  async postObject(
    input: WithBodySource<PostObjectInput, "file">,
    options: CallOptions = {},
  ): Promise<PostObjectOutput> {
    const request = serializePostObjectRequest(input);
    const checked = validatePostObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePostObjectResponse(await send(this.config, request, options));
  }

  async putBucket(input: PutBucketInput, options: CallOptions = {}): Promise<PutBucketOutput> {
    const request = serializePutBucketRequest(input);
    const checked = validatePutBucketRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketResponse(await send(this.config, request, options));
  }

  async putBucketAcl(input: PutBucketAclInput, options: CallOptions = {}): Promise<PutBucketAclOutput> {
    const request = serializePutBucketAclRequest(input);
    const checked = validatePutBucketAclRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketAclResponse(await send(this.config, request, options));
  }

  async putBucketCors(input: PutBucketCorsInput, options: CallOptions = {}): Promise<PutBucketCorsOutput> {
    const request = serializePutBucketCorsRequest(input);
    const checked = validatePutBucketCorsRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketCorsResponse(await send(this.config, request, options));
  }

  async putBucketCustomDomain(
    input: PutBucketCustomDomainInput,
    options: CallOptions = {},
  ): Promise<PutBucketCustomDomainOutput> {
    const request = serializePutBucketCustomDomainRequest(input);
    const checked = validatePutBucketCustomDomainRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketCustomDomainResponse(await send(this.config, request, options));
  }

  async putBucketEncryption(
    input: PutBucketEncryptionInput,
    options: CallOptions = {},
  ): Promise<PutBucketEncryptionOutput> {
    const request = serializePutBucketEncryptionRequest(input);
    const checked = validatePutBucketEncryptionRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketEncryptionResponse(await send(this.config, request, options));
  }

  async putBucketLifecycle(
    input: PutBucketLifecycleInput,
    options: CallOptions = {},
  ): Promise<PutBucketLifecycleOutput> {
    const request = serializePutBucketLifecycleRequest(input);
    const checked = validatePutBucketLifecycleRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketLifecycleResponse(await send(this.config, request, options));
  }

  async putBucketLogging(input: PutBucketLoggingInput, options: CallOptions = {}): Promise<PutBucketLoggingOutput> {
    const request = serializePutBucketLoggingRequest(input);
    const checked = validatePutBucketLoggingRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketLoggingResponse(await send(this.config, request, options));
  }

  async putBucketNotification(
    input: PutBucketNotificationInput,
    options: CallOptions = {},
  ): Promise<PutBucketNotificationOutput> {
    const request = serializePutBucketNotificationRequest(input);
    const checked = validatePutBucketNotificationRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketNotificationResponse(await send(this.config, request, options));
  }

  async putBucketObjectLock(
    input: PutBucketObjectLockInput,
    options: CallOptions = {},
  ): Promise<PutBucketObjectLockOutput> {
    const request = serializePutBucketObjectLockRequest(input);
    const checked = validatePutBucketObjectLockRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketObjectLockResponse(await send(this.config, request, options));
  }

  async putBucketPolicy(input: PutBucketPolicyInput, options: CallOptions = {}): Promise<PutBucketPolicyOutput> {
    const request = serializePutBucketPolicyRequest(input);
    const checked = validatePutBucketPolicyRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketPolicyResponse(await send(this.config, request, options));
  }

  async putBucketQuota(input: PutBucketQuotaInput, options: CallOptions = {}): Promise<PutBucketQuotaOutput> {
    const request = serializePutBucketQuotaRequest(input);
    const checked = validatePutBucketQuotaRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketQuotaResponse(await send(this.config, request, options));
  }

  async putBucketReplication(
    input: PutBucketReplicationInput,
    options: CallOptions = {},
  ): Promise<PutBucketReplicationOutput> {
    const request = serializePutBucketReplicationRequest(input);
    const checked = validatePutBucketReplicationRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketReplicationResponse(await send(this.config, request, options));
  }

  async putBucketRequestPayment(
    input: PutBucketRequestPaymentInput,
    options: CallOptions = {},
  ): Promise<PutBucketRequestPaymentOutput> {
    const request = serializePutBucketRequestPaymentRequest(input);
    const checked = validatePutBucketRequestPaymentRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketRequestPaymentResponse(await send(this.config, request, options));
  }

  async putBucketStorageClass(
    input: PutBucketStorageClassInput,
    options: CallOptions = {},
  ): Promise<PutBucketStorageClassOutput> {
    const request = serializePutBucketStorageClassRequest(input);
    const checked = validatePutBucketStorageClassRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketStorageClassResponse(await send(this.config, request, options));
  }

  async putBucketTagging(input: PutBucketTaggingInput, options: CallOptions = {}): Promise<PutBucketTaggingOutput> {
    const request = serializePutBucketTaggingRequest(input);
    const checked = validatePutBucketTaggingRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketTaggingResponse(await send(this.config, request, options));
  }

  async putBucketVersioning(
    input: PutBucketVersioningInput,
    options: CallOptions = {},
  ): Promise<PutBucketVersioningOutput> {
    const request = serializePutBucketVersioningRequest(input);
    const checked = validatePutBucketVersioningRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketVersioningResponse(await send(this.config, request, options));
  }

  async putBucketWebsite(input: PutBucketWebsiteInput, options: CallOptions = {}): Promise<PutBucketWebsiteOutput> {
    const request = serializePutBucketWebsiteRequest(input);
    const checked = validatePutBucketWebsiteRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutBucketWebsiteResponse(await send(this.config, request, options));
  }

  async putObject(input: WithBodySource<PutObjectInput, "body">, options: CallOptions = {}): Promise<PutObjectOutput> {
    const request = serializePutObjectRequest(input);
    const checked = validatePutObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutObjectResponse(await send(this.config, request, options));
  }

  async putObjectAcl(input: PutObjectAclInput, options: CallOptions = {}): Promise<PutObjectAclOutput> {
    const request = serializePutObjectAclRequest(input);
    const checked = validatePutObjectAclRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutObjectAclResponse(await send(this.config, request, options));
  }

  async putObjectRetention(
    input: PutObjectRetentionInput,
    options: CallOptions = {},
  ): Promise<PutObjectRetentionOutput> {
    const request = serializePutObjectRetentionRequest(input);
    const checked = validatePutObjectRetentionRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializePutObjectRetentionResponse(await send(this.config, request, options));
  }

  async restoreObject(input: RestoreObjectInput, options: CallOptions = {}): Promise<RestoreObjectOutput> {
    const request = serializeRestoreObjectRequest(input);
    const checked = validateRestoreObjectRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeRestoreObjectResponse(await send(this.config, request, options));
  }

  async uploadPart(
    input: WithBodySource<UploadPartInput, "body">,
    options: CallOptions = {},
  ): Promise<UploadPartOutput> {
    const request = serializeUploadPartRequest(input);
    const checked = validateUploadPartRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeUploadPartResponse(await send(this.config, request, options));
  }

  async uploadPartCopy(input: UploadPartCopyInput, options: CallOptions = {}): Promise<UploadPartCopyOutput> {
    const request = serializeUploadPartCopyRequest(input);
    const checked = validateUploadPartCopyRequest(request, { checkTransport: false, headersNormalized: true });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeUploadPartCopyResponse(await send(this.config, request, options));
  }
}
