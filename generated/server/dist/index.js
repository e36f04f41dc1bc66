export { createObsServer } from "./server.js";
export { createNodeListener, createObsHttpServer } from "./runtime/node-adapter.js";
export { escapeXml } from "./runtime/xml.js";
export { ObsError, ERROR_CODES } from "@obs-toolkit/validator";
export { renderInitiateMultipartUploadResponse } from "./initiate-multipart-upload.js";
