// Copied from runtime/client/stream.ts by `npm run generate`: edit that file, not this one.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
/** A response body of a byte-stream operation (GET Object's `body`), read whole into bytes. */
export async function streamBytes(stream) {
	return new Uint8Array(await new Response(stream).arrayBuffer());
}
/** The body read whole as UTF-8 text. */
export async function streamText(stream) {
	return new Response(stream).text();
}
/** The body written to a file (created or truncated), never held whole in memory. */
export async function streamToFile(stream, path) {
	await pipeline(Readable.fromWeb(stream), createWriteStream(path));
}
