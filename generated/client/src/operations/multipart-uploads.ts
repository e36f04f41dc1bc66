// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  COMPLETE_MULTIPART_UPLOAD_INPUT_XML,
  COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML,
  INITIATE_MULTIPART_UPLOAD_OUTPUT_XML,
  LIST_MULTIPART_UPLOADS_OUTPUT_XML,
  LIST_PARTS_OUTPUT_XML,
  UPLOAD_PART_COPY_OUTPUT_XML,
  xmlTreeOf,
  type AbortMultipartUploadInput,
  type AbortMultipartUploadOutput,
  type CompleteMultipartUploadInput,
  type CompleteMultipartUploadOutput,
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
  type ListMultipartUploadsInput,
  type ListMultipartUploadsOutput,
  type ListPartsInput,
  type ListPartsOutput,
  type UploadPartCopyInput,
  type UploadPartCopyOutput,
  type UploadPartInput,
  type UploadPartOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
  type WithBodySource,
} from "../runtime/transport.js";

/** `ObsClient`'s method for Abort Multipart Upload (the class implements this interface, which carries the method's documentation). */
export interface AbortMultipartUploadMethod {
  /**
   * Abort Multipart Upload.
   *
   * You can use this operation to abort a multipart upload. After the request is sent, parts associated to the multipart upload cannot be uploaded or listed.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  abortMultipartUpload(input: AbortMultipartUploadInput, options?: CallOptions): Promise<AbortMultipartUploadOutput>;
}

/** The HTTP request of Abort Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeAbortMultipartUploadRequest(input: AbortMultipartUploadInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "DELETE",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: { uploadId: input.uploadId },
    headers,
  };
}

/**
 * The output of Abort Multipart Upload from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeAbortMultipartUploadResponse(response: IncomingResponse): AbortMultipartUploadOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for Complete Multipart Upload (the class implements this interface, which carries the method's documentation). */
export interface CompleteMultipartUploadMethod {
  /**
   * Complete Multipart Upload.
   *
   * After uploading all parts for a multipart upload, you can use this operation to complete the multipart upload.
   *
   * Upon receiving a Complete Multipart Upload request, OBS concatenates the specified parts to
   * create a new object. All associated parts cannot be downloaded until the multipart upload is
   * complete.
   *
   * The MD5 value recorded in the ETag of a newly created object is calculated using the MD5
   * values of the parts comprising this object: MD5(M1M2......MN)-N, where Mn is the MD5 value of
   * part n and N the total number of parts.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  completeMultipartUpload(
    input: CompleteMultipartUploadInput,
    options?: CallOptions,
  ): Promise<CompleteMultipartUploadOutput>;
}

/** The HTTP request of Complete Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeCompleteMultipartUploadRequest(input: CompleteMultipartUploadInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "POST",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: { uploadId: input.uploadId },
    headers,
    payload: {
      root: "CompleteMultipartUpload",
      namespace: undefined,
      content: xmlTreeOf(COMPLETE_MULTIPART_UPLOAD_INPUT_XML, input),
    },
  };
}

/**
 * The output of Complete Multipart Upload from a successful response: the `CompleteMultipartUploadResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeCompleteMultipartUploadResponse(response: IncomingResponse): CompleteMultipartUploadOutput {
  return {
    ...readXmlResponse(response, COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
  };
}

/** `ObsClient`'s method for Initiate Multipart Upload (the class implements this interface, which carries the method's documentation). */
export interface InitiateMultipartUploadMethod {
  /**
   * Initiate Multipart Upload.
   *
   * You can use this operation to obtain a globally unique upload ID.
   *
   * This upload ID is used to associate all parts in the specific multipart upload. You can
   * specify this upload ID in each of your subsequent requests such as Upload Part, Complete
   * Multipart Upload, and List Parts.
   *
   * The key of the object for which a multipart upload is intended can be the same as an
   * existing object. You can initiate one or more multipart uploads for one object.
   *
   * An Initiate Multipart Upload request can contain multiple headers such as x-amz-acl,
   * x-amz-meta-*, Content-Type, and Content-Encoding. The headers are recorded in the metadata
   * of parts uploaded for the specific multipart upload.
   *
   * This operation makes server-side encryption available.
   *
   * If a bucket has WORM enabled, you can configure object-level retention policies when
   * initiating multipart uploads with the x-amz-object-lock-mode and
   * x-amz-object-lock-retain-until-date headers, to protect the object assembled. If you do not
   * specify these two headers but have configured a default bucket-level WORM policy, this
   * default policy automatically applies to the object newly assembled.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  initiateMultipartUpload(
    input: InitiateMultipartUploadInput,
    options?: CallOptions,
  ): Promise<InitiateMultipartUploadOutput>;
}

/** The HTTP request of Initiate Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeInitiateMultipartUploadRequest(input: InitiateMultipartUploadInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-acl": input.acl,
    "x-amz-storage-class": input.storageClass,
    "x-amz-website-redirect-location": input.websiteRedirectLocation,
    "x-amz-server-side-encryption": input.serverSideEncryption,
    "x-amz-server-side-encryption-aws-kms-key-id": input.sseKmsKeyId,
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
    "x-amz-security-token": input.securityToken,
    "x-amz-object-lock-mode": input.objectLockMode,
    "x-amz-object-lock-retain-until-date": input.objectLockRetainUntilDate,
    "content-type": input.contentType,
    "content-encoding": input.contentEncoding,
  };
  for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    method: "POST",
    bucket: input.bucket,
    key: input.key,
    subresources: ["uploads"],
    query: {},
    headers,
  };
}

/**
 * The output of Initiate Multipart Upload from a successful response: the `InitiateMultipartUploadResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeInitiateMultipartUploadResponse(response: IncomingResponse): InitiateMultipartUploadOutput {
  return {
    ...readXmlResponse(response, INITIATE_MULTIPART_UPLOAD_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}

/** `ObsClient`'s method for List Multipart Uploads (the class implements this interface, which carries the method's documentation). */
export interface ListMultipartUploadsMethod {
  /**
   * List Multipart Uploads.
   *
   * You can use this operation to query all in-progress multipart uploads that have been initiated but not been combined or aborted.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listMultipartUploads(input: ListMultipartUploadsInput, options?: CallOptions): Promise<ListMultipartUploadsOutput>;
}

/** The HTTP request of List Multipart Uploads for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListMultipartUploadsRequest(input: ListMultipartUploadsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: undefined,
    subresources: ["uploads"],
    query: {
      delimiter: input.delimiter,
      prefix: input.prefix,
      "max-uploads": input.maxUploads === undefined ? undefined : String(input.maxUploads),
      "key-marker": input.keyMarker,
      "upload-id-marker": input.uploadIdMarker,
    },
    headers,
  };
}

/**
 * The output of List Multipart Uploads from a successful response: the `ListMultipartUploadsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListMultipartUploadsResponse(response: IncomingResponse): ListMultipartUploadsOutput {
  return {
    ...readXmlResponse(response, LIST_MULTIPART_UPLOADS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for List Parts (the class implements this interface, which carries the method's documentation). */
export interface ListPartsMethod {
  /**
   * List Parts.
   *
   * You can use this operation to query all parts associated to a multipart upload.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  listParts(input: ListPartsInput, options?: CallOptions): Promise<ListPartsOutput>;
}

/** The HTTP request of List Parts for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListPartsRequest(input: ListPartsInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "GET",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {
      uploadId: input.uploadId,
      "max-parts": input.maxParts === undefined ? undefined : String(input.maxParts),
      "part-number-marker": input.partNumberMarker === undefined ? undefined : String(input.partNumberMarker),
    },
    headers,
  };
}

/**
 * The output of List Parts from a successful response: the `ListPartsResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeListPartsResponse(response: IncomingResponse): ListPartsOutput {
  return {
    ...readXmlResponse(response, LIST_PARTS_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
  };
}

/** `ObsClient`'s method for Upload Part (the class implements this interface, which carries the method's documentation). */
export interface UploadPartMethod {
  /**
   * Upload Part.
   *
   * After initiating a multipart upload, you can use this operation to upload parts for the multipart upload using its uploadId.
   *
   * In a multipart upload for a specific object, parts of the object can be uploaded in any
   * sequence and multiple parts can be uploaded concurrently.
   *
   * Part sizes range from 5 MB to 5 GB. However, in a complete multipart operation, the size of
   * the last uploaded part must range from 0 to 5 GB. In addition, the uploadId of each part must
   * be in the range of 1 to 10000.
   *
   * This operation makes server-side encryption available.
   *
   * When the same multipart of the same object is uploaded concurrently, the server complies with
   * the Last Write Win policy.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  uploadPart(input: WithBodySource<UploadPartInput, "body">, options?: CallOptions): Promise<UploadPartOutput>;
}

/** The HTTP request of Upload Part for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeUploadPartRequest(input: WithBodySource<UploadPartInput, "body">): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {
      partNumber: input.partNumber === undefined ? undefined : String(input.partNumber),
      uploadId: input.uploadId,
    },
    headers,
    payload: input.body,
  };
}

/**
 * The output of Upload Part from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeUploadPartResponse(response: IncomingResponse): UploadPartOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    eTag: responseHeader(response, "etag", "string", true),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}

/** `ObsClient`'s method for Upload Part - Copy (the class implements this interface, which carries the method's documentation). */
export interface UploadPartCopyMethod {
  /**
   * Upload Part - Copy.
   *
   * After initiating a multipart upload, you can use this operation to copy a part of an
   * existing object, or all of it, as a part of the upload: an Upload Part with
   * x-amz-copy-source naming the source and, optionally, x-amz-copy-source-range the bytes.
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  uploadPartCopy(input: UploadPartCopyInput, options?: CallOptions): Promise<UploadPartCopyOutput>;
}

/** The HTTP request of Upload Part - Copy for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeUploadPartCopyRequest(input: UploadPartCopyInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-copy-source": input.copySource,
    "x-amz-copy-source-if-match": input.copySourceIfMatch,
    "x-amz-copy-source-if-none-match": input.copySourceIfNoneMatch,
    "x-amz-copy-source-if-unmodified-since": input.copySourceIfUnmodifiedSince,
    "x-amz-copy-source-if-modified-since": input.copySourceIfModifiedSince,
    "x-amz-copy-source-server-side-encryption-customer-algorithm": input.copySourceSseCustomerAlgorithm,
    "x-amz-copy-source-range": input.copySourceRange,
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
    "x-amz-copy-source-server-side-encryption-customer-key": input.copySourceSseCustomerKey,
    "x-amz-copy-source-server-side-encryption-customer-key-md5": input.copySourceSseCustomerKeyMd5,
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {
      partNumber: input.partNumber === undefined ? undefined : String(input.partNumber),
      uploadId: input.uploadId,
    },
    headers,
  };
}

/**
 * The output of Upload Part - Copy from a successful response: the `CopyPartResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeUploadPartCopyResponse(response: IncomingResponse): UploadPartCopyOutput {
  return {
    ...readXmlResponse(response, UPLOAD_PART_COPY_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}
