/**
* The response headers the server writes on every answer itself (respond.ts): a handler does not
* return them, and the generated handler output types leave them out.
*/
export declare const RUNTIME_RESPONSE_HEADERS: readonly ["x-amz-request-id", "x-amz-id-2", "date", "server"];
