// Copied from runtime/signing/index.ts by `npm run generate`: edit that file, not this one.
export * from "./encoding.js";
export * from "./request.js";
export * from "./sigv2.js";
export * from "./sigv4.js";
export * from "./presign.js";
export * from "./chunked.js";
export * from "./post-policy.js";
