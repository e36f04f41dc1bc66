export { ObsClient } from "./client.js";
export { buildTarget, CLIENT_ERROR_CODES } from "./runtime/transport.js";
export { ObsError } from "@obs-toolkit/validator";
export {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
} from "./initiate-multipart-upload.js";
