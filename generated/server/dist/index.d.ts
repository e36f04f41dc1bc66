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
export type { InitiateMultipartUploadInput, InitiateMultipartUploadOutput } from "@obs-toolkit/validator";
export {
  renderInitiateMultipartUploadResponse,
  type InitiateMultipartUploadHandlerOutput,
} from "./initiate-multipart-upload.js";
