// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type PutObjectInput, type PutObjectOutput } from "@obs-toolkit/validator";
import {
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
  type WithBodySource,
} from "./runtime/transport.js";

/** `ObsClient`'s method for PUT Object (the class implements this interface, which carries the method's documentation). */
export interface PutObjectMethod {
  /**
   * PUT Object.
   *
   * After creating a bucket in OBS, you can use this operation to upload an object to the bucket.
   *
   * Uploading an object adds it to a bucket. This operation requires users to have the write
   * permission.
   *
   * The objects uploaded by users are stored in buckets. Only the users with the write permission
   * can upload objects to buckets. The names of objects in the same bucket must be unique.
   *
   * If objects with the same object keys exist in a specified bucket, the new objects uploaded by a
   * user will overwrite the original objects.
   *
   * To prevent data from being damaged during the transfer process, users can add Content-MD5 to
   * request headers. After OBS receives the objects that are uploaded, it executes MD5 verification
   * and returns an error if inconsistency is detected.
   *
   * Users can specify the x-amz-acl parameter and set a permission control policy when uploading
   * objects.
   *
   * This operation supports server-side encryption.
   *
   * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  putObject(input: WithBodySource<PutObjectInput, "body">, options?: CallOptions): Promise<PutObjectOutput>;
}

/** The HTTP request of PUT Object for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializePutObjectRequest(input: WithBodySource<PutObjectInput, "body">): OutgoingRequest {
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
    "cache-control": input.cacheControl,
    "content-disposition": input.contentDisposition,
    "content-language": input.contentLanguage,
    expires: input.expires,
    "if-none-match": input.ifNoneMatch,
    "if-match": input.ifMatch,
  };
  for (const [name, value] of Object.entries(input.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    method: "PUT",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: {},
    headers,
    payload: input.body,
  };
}

/**
 * The output of PUT Object from a successful response.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializePutObjectResponse(response: IncomingResponse): PutObjectOutput {
  return {
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    eTag: responseHeader(response, "etag", "string", true),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
    sseCustomerKeyMd5: responseHeader(response, "x-amz-server-side-encryption-customer-key-md5", "string", false),
    storageClass: responseHeader(response, "x-amz-storage-class", "string", false),
    checksumCrc32: responseHeader(response, "x-amz-checksum-crc32", "string", false),
    checksumCrc32c: responseHeader(response, "x-amz-checksum-crc32c", "string", false),
    checksumCrc64Nvme: responseHeader(response, "x-amz-checksum-crc64nvme", "string", false),
    checksumSha1: responseHeader(response, "x-amz-checksum-sha1", "string", false),
    checksumSha256: responseHeader(response, "x-amz-checksum-sha256", "string", false),
  };
}
