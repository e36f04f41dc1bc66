// Copied from runtime/signing/request.ts by `npm run generate`: edit that file, not this one.
export {};
