// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { COPY_OBJECT_OUTPUT_XML, type CopyObjectInput, type CopyObjectOutput } from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for PUT Object - Copy (the class implements this interface, which carries the method's documentation). */
export interface CopyObjectMethod {
  /**
   * PUT Object - Copy.
   *
   * You can use this operation to create a copy of an object in OBS: a PUT on the destination
   * with x-amz-copy-source naming the source. The copy's metadata is the source's
   * (x-amz-metadata-directive COPY, the default) or the request's (REPLACE); its ACL, storage
   * class and encryption are the request's.
   *
   * The source conditions (x-amz-copy-source-if-*) answer 412 when they do not hold. An object
   * stored with SSE-C is copied with its key (x-amz-copy-source-server-side-encryption-customer-*).
   *
   * @param options `signal`: cancels the call.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  copyObject(input: CopyObjectInput, options?: CallOptions): Promise<CopyObjectOutput>;
}

/** The HTTP request of PUT Object - Copy for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeCopyObjectRequest(input: CopyObjectInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-copy-source": input.copySource,
    "x-amz-copy-source-if-match": input.copySourceIfMatch,
    "x-amz-copy-source-if-none-match": input.copySourceIfNoneMatch,
    "x-amz-copy-source-if-unmodified-since": input.copySourceIfUnmodifiedSince,
    "x-amz-copy-source-if-modified-since": input.copySourceIfModifiedSince,
    "x-amz-copy-source-server-side-encryption-customer-algorithm": input.copySourceSseCustomerAlgorithm,
    "x-amz-copy-source-server-side-encryption-customer-key": input.copySourceSseCustomerKey,
    "x-amz-copy-source-server-side-encryption-customer-key-md5": input.copySourceSseCustomerKeyMd5,
    "x-amz-metadata-directive": input.metadataDirective,
    "x-amz-acl": input.acl,
    "x-amz-storage-class": input.storageClass,
    "x-amz-website-redirect-location": input.websiteRedirectLocation,
    "x-amz-server-side-encryption": input.serverSideEncryption,
    "x-amz-server-side-encryption-aws-kms-key-id": input.sseKmsKeyId,
    "x-amz-server-side-encryption-customer-algorithm": input.sseCustomerAlgorithm,
    "x-amz-server-side-encryption-customer-key": input.sseCustomerKey,
    "x-amz-server-side-encryption-customer-key-md5": input.sseCustomerKeyMd5,
    "x-amz-object-lock-mode": input.objectLockMode,
    "x-amz-object-lock-retain-until-date": input.objectLockRetainUntilDate,
    "content-type": input.contentType,
    "x-amz-security-token": input.securityToken,
  };
  for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {},
    headers,
  };
}

/**
 * The output of PUT Object - Copy from a successful response: the `CopyObjectResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeCopyObjectResponse(response: IncomingResponse): CopyObjectOutput {
  return {
    ...readXmlResponse(response, COPY_OBJECT_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    copySourceVersionId: responseHeader(response, "x-amz-copy-source-version-id", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
  };
}
