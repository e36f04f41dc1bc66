// Generated from spec/ by `npm run generate`: edit the spec, not this file.
export { ObsClient } from "./client.js";
export {
  buildTarget,
  CLIENT_ERROR_CODES,
  type BodySource,
  type CallOptions,
  type ObsClientConfig,
  type OutgoingRequest,
  type IncomingResponse,
  type WithBodySource,
} from "./runtime/transport.js";
export { ObsError } from "@obs-toolkit/validator";
export type {
  AbortMultipartUploadInput,
  AbortMultipartUploadOutput,
  CompleteMultipartUploadInput,
  CompleteMultipartUploadOutput,
  CopyObjectInput,
  CopyObjectOutput,
  DeleteBucketInput,
  DeleteBucketOutput,
  DeleteObjectInput,
  DeleteObjectOutput,
  DeleteObjectsInput,
  DeleteObjectsOutput,
  GetBucketLocationInput,
  GetBucketLocationOutput,
  GetBucketTaggingInput,
  GetBucketTaggingOutput,
  GetBucketVersioningInput,
  GetBucketVersioningOutput,
  GetObjectInput,
  GetObjectOutput,
  HeadBucketInput,
  HeadBucketOutput,
  HeadObjectInput,
  HeadObjectOutput,
  InitiateMultipartUploadInput,
  InitiateMultipartUploadOutput,
  ListBucketsInput,
  ListBucketsOutput,
  ListMultipartUploadsInput,
  ListMultipartUploadsOutput,
  ListObjectsInput,
  ListObjectsOutput,
  ListObjectsV2Input,
  ListObjectsV2Output,
  ListObjectVersionsInput,
  ListObjectVersionsOutput,
  ListPartsInput,
  ListPartsOutput,
  PutBucketInput,
  PutBucketOutput,
  PutBucketTaggingInput,
  PutBucketTaggingOutput,
  PutBucketVersioningInput,
  PutBucketVersioningOutput,
  PutObjectInput,
  PutObjectOutput,
  UploadPartInput,
  UploadPartOutput,
  UploadPartCopyInput,
  UploadPartCopyOutput,
} from "@obs-toolkit/validator";
export {
  serializeAbortMultipartUploadRequest,
  deserializeAbortMultipartUploadResponse,
  type AbortMultipartUploadMethod,
} from "./abort-multipart-upload.js";
export {
  serializeCompleteMultipartUploadRequest,
  deserializeCompleteMultipartUploadResponse,
  type CompleteMultipartUploadMethod,
} from "./complete-multipart-upload.js";
export { serializeCopyObjectRequest, deserializeCopyObjectResponse, type CopyObjectMethod } from "./copy-object.js";
export {
  serializeDeleteBucketRequest,
  deserializeDeleteBucketResponse,
  type DeleteBucketMethod,
} from "./delete-bucket.js";
export {
  serializeDeleteObjectRequest,
  deserializeDeleteObjectResponse,
  type DeleteObjectMethod,
} from "./delete-object.js";
export {
  serializeDeleteObjectsRequest,
  deserializeDeleteObjectsResponse,
  type DeleteObjectsMethod,
} from "./delete-objects.js";
export {
  serializeGetBucketLocationRequest,
  deserializeGetBucketLocationResponse,
  type GetBucketLocationMethod,
} from "./get-bucket-location.js";
export {
  serializeGetBucketTaggingRequest,
  deserializeGetBucketTaggingResponse,
  type GetBucketTaggingMethod,
} from "./get-bucket-tagging.js";
export {
  serializeGetBucketVersioningRequest,
  deserializeGetBucketVersioningResponse,
  type GetBucketVersioningMethod,
} from "./get-bucket-versioning.js";
export { serializeGetObjectRequest, deserializeGetObjectResponse, type GetObjectMethod } from "./get-object.js";
export { serializeHeadBucketRequest, deserializeHeadBucketResponse, type HeadBucketMethod } from "./head-bucket.js";
export { serializeHeadObjectRequest, deserializeHeadObjectResponse, type HeadObjectMethod } from "./head-object.js";
export {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
  type InitiateMultipartUploadMethod,
} from "./initiate-multipart-upload.js";
export { serializeListBucketsRequest, deserializeListBucketsResponse, type ListBucketsMethod } from "./list-buckets.js";
export {
  serializeListMultipartUploadsRequest,
  deserializeListMultipartUploadsResponse,
  type ListMultipartUploadsMethod,
} from "./list-multipart-uploads.js";
export { serializeListObjectsRequest, deserializeListObjectsResponse, type ListObjectsMethod } from "./list-objects.js";
export {
  serializeListObjectsV2Request,
  deserializeListObjectsV2Response,
  type ListObjectsV2Method,
} from "./list-objects-v2.js";
export {
  serializeListObjectVersionsRequest,
  deserializeListObjectVersionsResponse,
  type ListObjectVersionsMethod,
} from "./list-object-versions.js";
export { serializeListPartsRequest, deserializeListPartsResponse, type ListPartsMethod } from "./list-parts.js";
export { serializePutBucketRequest, deserializePutBucketResponse, type PutBucketMethod } from "./put-bucket.js";
export {
  serializePutBucketTaggingRequest,
  deserializePutBucketTaggingResponse,
  type PutBucketTaggingMethod,
} from "./put-bucket-tagging.js";
export {
  serializePutBucketVersioningRequest,
  deserializePutBucketVersioningResponse,
  type PutBucketVersioningMethod,
} from "./put-bucket-versioning.js";
export { serializePutObjectRequest, deserializePutObjectResponse, type PutObjectMethod } from "./put-object.js";
export { serializeUploadPartRequest, deserializeUploadPartResponse, type UploadPartMethod } from "./upload-part.js";
export {
  serializeUploadPartCopyRequest,
  deserializeUploadPartCopyResponse,
  type UploadPartCopyMethod,
} from "./upload-part-copy.js";
export { paginate, type PageKeys, type PaginateOptions } from "./runtime/paginate.js";
export { streamBytes, streamText, streamToFile } from "./runtime/stream.js";
export {
  paginateListMultipartUploads,
  paginateListObjects,
  paginateListObjectsV2,
  paginateListObjectVersions,
  paginateListParts,
} from "./paginators.js";
