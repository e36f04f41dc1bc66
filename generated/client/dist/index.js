export { ObsClient } from "./client.js";
export { buildTarget, CLIENT_ERROR_CODES } from "./runtime/transport.js";
export { ObsError } from "@obs-toolkit/validator";
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
export { paginate } from "./runtime/paginate.js";
export { paginateListMultipartUploads, paginateListParts } from "./paginators.js";
