export * from "./runtime/request.js";
export * from "./runtime/obs-error.js";
export * from "./error-codes.js";
export * from "./types.js";
export * from "./initiate-multipart-upload.js";
