// Generated from spec/ by `npm run generate`: edit the spec, not this file.
export { createObsServer, type ObsHandlers } from "./server.js";
export {
  createNodeListener,
  createObsHttpServer,
  type ObsHttpLimits,
  type ResponseLogger,
} from "./runtime/node-adapter.js";
export type { ObsServer, ObsServerOptions, ObsHttpRequest, ObsHttpResponse, RequestContext } from "./runtime/core.js";
export type { CredentialsLookup, StoredCredentials } from "./runtime/auth.js";
export { escapeXml } from "./runtime/xml.js";
export { ObsError, ERROR_CODES } from "@obs-toolkit/validator";
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
  renderAbortMultipartUploadResponse,
  type AbortMultipartUploadHandlerOutput,
  type AbortMultipartUploadHandler,
} from "./abort-multipart-upload.js";
export {
  renderCompleteMultipartUploadResponse,
  type CompleteMultipartUploadHandlerOutput,
  type CompleteMultipartUploadHandler,
} from "./complete-multipart-upload.js";
export { renderCopyObjectResponse, type CopyObjectHandlerOutput, type CopyObjectHandler } from "./copy-object.js";
export {
  renderDeleteBucketResponse,
  type DeleteBucketHandlerOutput,
  type DeleteBucketHandler,
} from "./delete-bucket.js";
export {
  renderDeleteObjectResponse,
  type DeleteObjectHandlerOutput,
  type DeleteObjectHandler,
} from "./delete-object.js";
export {
  renderDeleteObjectsResponse,
  type DeleteObjectsHandlerOutput,
  type DeleteObjectsHandler,
} from "./delete-objects.js";
export {
  renderGetBucketLocationResponse,
  type GetBucketLocationHandlerOutput,
  type GetBucketLocationHandler,
} from "./get-bucket-location.js";
export {
  renderGetBucketTaggingResponse,
  type GetBucketTaggingHandlerOutput,
  type GetBucketTaggingHandler,
} from "./get-bucket-tagging.js";
export {
  renderGetBucketVersioningResponse,
  type GetBucketVersioningHandlerOutput,
  type GetBucketVersioningHandler,
} from "./get-bucket-versioning.js";
export { renderGetObjectResponse, type GetObjectHandlerOutput, type GetObjectHandler } from "./get-object.js";
export { renderHeadBucketResponse, type HeadBucketHandlerOutput, type HeadBucketHandler } from "./head-bucket.js";
export { renderHeadObjectResponse, type HeadObjectHandlerOutput, type HeadObjectHandler } from "./head-object.js";
export {
  renderInitiateMultipartUploadResponse,
  type InitiateMultipartUploadHandlerOutput,
  type InitiateMultipartUploadHandler,
} from "./initiate-multipart-upload.js";
export { renderListBucketsResponse, type ListBucketsHandlerOutput, type ListBucketsHandler } from "./list-buckets.js";
export {
  renderListMultipartUploadsResponse,
  type ListMultipartUploadsHandlerOutput,
  type ListMultipartUploadsHandler,
} from "./list-multipart-uploads.js";
export { renderListObjectsResponse, type ListObjectsHandlerOutput, type ListObjectsHandler } from "./list-objects.js";
export {
  renderListObjectsV2Response,
  type ListObjectsV2HandlerOutput,
  type ListObjectsV2Handler,
} from "./list-objects-v2.js";
export {
  renderListObjectVersionsResponse,
  type ListObjectVersionsHandlerOutput,
  type ListObjectVersionsHandler,
} from "./list-object-versions.js";
export { renderListPartsResponse, type ListPartsHandlerOutput, type ListPartsHandler } from "./list-parts.js";
export { renderPutBucketResponse, type PutBucketHandlerOutput, type PutBucketHandler } from "./put-bucket.js";
export {
  renderPutBucketTaggingResponse,
  type PutBucketTaggingHandlerOutput,
  type PutBucketTaggingHandler,
} from "./put-bucket-tagging.js";
export {
  renderPutBucketVersioningResponse,
  type PutBucketVersioningHandlerOutput,
  type PutBucketVersioningHandler,
} from "./put-bucket-versioning.js";
export { renderPutObjectResponse, type PutObjectHandlerOutput, type PutObjectHandler } from "./put-object.js";
export { renderUploadPartResponse, type UploadPartHandlerOutput, type UploadPartHandler } from "./upload-part.js";
export {
  renderUploadPartCopyResponse,
  type UploadPartCopyHandlerOutput,
  type UploadPartCopyHandler,
} from "./upload-part-copy.js";
