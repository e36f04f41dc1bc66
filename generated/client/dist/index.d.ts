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
} from "./abort-multipart-upload.js";
export {
  serializeCompleteMultipartUploadRequest,
  deserializeCompleteMultipartUploadResponse,
} from "./complete-multipart-upload.js";
export {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
} from "./initiate-multipart-upload.js";
export {
  serializeListMultipartUploadsRequest,
  deserializeListMultipartUploadsResponse,
} from "./list-multipart-uploads.js";
export { serializeListPartsRequest, deserializeListPartsResponse } from "./list-parts.js";
export { serializeUploadPartRequest, deserializeUploadPartResponse } from "./upload-part.js";
export { paginate, type PageKeys, type PaginateOptions } from "./runtime/paginate.js";
export { paginateListMultipartUploads, paginateListParts } from "./paginators.js";
