export { ObsClient } from "./client.js";
export {
  buildTarget,
  CLIENT_ERROR_CODES,
  type ObsClientConfig,
  type OutgoingRequest,
  type IncomingResponse,
} from "./runtime/transport.js";
export { ObsError } from "@obs-toolkit/validator";
export type { InitiateMultipartUploadInput, InitiateMultipartUploadOutput } from "@obs-toolkit/validator";
export {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
} from "./initiate-multipart-upload.js";
