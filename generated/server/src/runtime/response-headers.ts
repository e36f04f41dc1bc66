// Copied from runtime/server/response-headers.ts by `npm run generate`: edit that file, not this one.
/**
 * The response headers the server writes on every answer itself (respond.ts): a handler does not
 * return them, and the generated handler output types leave them out.
 */
export const RUNTIME_RESPONSE_HEADERS = ["x-amz-request-id", "x-amz-id-2", "date", "server"] as const;
