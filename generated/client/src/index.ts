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
  InitiateMultipartUploadInput,
  InitiateMultipartUploadOutput,
  ListMultipartUploadsInput,
  ListMultipartUploadsOutput,
  ListPartsInput,
  ListPartsOutput,
  UploadPartInput,
  UploadPartOutput,
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
export {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
  type InitiateMultipartUploadMethod,
} from "./initiate-multipart-upload.js";
export {
  serializeListMultipartUploadsRequest,
  deserializeListMultipartUploadsResponse,
  type ListMultipartUploadsMethod,
} from "./list-multipart-uploads.js";
export { serializeListPartsRequest, deserializeListPartsResponse, type ListPartsMethod } from "./list-parts.js";
export { serializeUploadPartRequest, deserializeUploadPartResponse, type UploadPartMethod } from "./upload-part.js";
export { paginate, type PageKeys, type PaginateOptions } from "./runtime/paginate.js";
export { paginateListMultipartUploads, paginateListParts } from "./paginators.js";
