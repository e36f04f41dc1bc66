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
  renderAbortMultipartUploadResponse,
  type AbortMultipartUploadHandlerOutput,
  type AbortMultipartUploadHandler,
} from "./abort-multipart-upload.js";
export {
  renderCompleteMultipartUploadResponse,
  type CompleteMultipartUploadHandlerOutput,
  type CompleteMultipartUploadHandler,
} from "./complete-multipart-upload.js";
export {
  renderInitiateMultipartUploadResponse,
  type InitiateMultipartUploadHandlerOutput,
  type InitiateMultipartUploadHandler,
} from "./initiate-multipart-upload.js";
export {
  renderListMultipartUploadsResponse,
  type ListMultipartUploadsHandlerOutput,
  type ListMultipartUploadsHandler,
} from "./list-multipart-uploads.js";
export { renderListPartsResponse, type ListPartsHandlerOutput, type ListPartsHandler } from "./list-parts.js";
export { renderUploadPartResponse, type UploadPartHandlerOutput, type UploadPartHandler } from "./upload-part.js";
