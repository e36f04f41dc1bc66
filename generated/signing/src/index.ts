// Generated from spec/ by `npm run generate`: edit the spec, not this file.
export * from "./runtime/index.js";
export { V2_SUBRESOURCES } from "./sub-resources.js";
