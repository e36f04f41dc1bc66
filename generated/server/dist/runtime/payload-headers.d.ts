/**
* The request headers the payload layer (payload.ts) verifies the body against. They describe the
* body, not the operation: a spec declares them `x-obs-transport: http`, never as members.
*/
export declare const PAYLOAD_HEADERS: ReadonlySet<string>;
