import { type ChunkSigning } from "./payload.js";
/** What an operation's request carries: nothing, an XML document, or a byte stream. */
export type RoutePayload = {
	kind: "none";
} | {
	kind: "xml";
	error: string;
} | {
	kind: "blob";
	maxBytes?: number;
	tooLarge?: string;
};
/** A request body as the HTTP layer gives it: none, bytes, or a stream read only as far as the operation needs. */
export type RequestBody = Uint8Array | AsyncIterable<Uint8Array> | undefined;
/**
* Reading: the body of an operation that takes none or an XML document, read whole (up to
* `maxBytes`) before authentication, since V4 may sign its hash without declaring it; undefined
* for a byte stream, which is read as the handler consumes it. A plain body sent where none is
* taken is refused here (an aws-chunked one may decode to nothing).
*/
export declare function readWholeBody(payload: RoutePayload, body: RequestBody, headers: Readonly<Record<string, string>>, maxBytes: number): Promise<Buffer | undefined>;
/**
* Decoding: the body as the operation's input takes it, verified against what the request
* declares (payload.ts): the byte stream, verified as it is read; the XML document, parsed
* (undefined when the body is empty); nothing. `checksums` receives the flexible checksums the
* body matched.
*/
export declare function decodePayload(payload: RoutePayload, whole: Buffer | undefined, body: RequestBody, headers: Readonly<Record<string, string>>, signing: ChunkSigning | undefined, checksums: Record<string, string>): Promise<unknown>;
