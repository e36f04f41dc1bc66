export { ObsClient } from "./client.js";
export { buildTarget } from "./runtime/transport.js";
export { ObsError } from "@obs-toolkit/validator";
export {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
} from "./initiate-multipart-upload.js";
