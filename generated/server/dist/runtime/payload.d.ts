import { ObsError } from "@obs-toolkit/validator";
import { type V4Scope } from "@obs-toolkit/signing";
/** What V4 header authentication learned that the chunk signatures chain from. */
export interface ChunkSigning {
	signingKey: Buffer;
	scope: V4Scope;
	timestamp: string;
	seedSignature: string;
}
export interface PayloadLimits {
	/** Decoded bytes a body may have; more answers `tooLarge`. */
	maxBytes?: number | undefined;
	tooLarge?: string | undefined;
}
/**
* The request body as it arrives, verified against everything the request declares: the
* payload SHA-256 (`x-amz-content-sha256`), Content-MD5, `x-amz-checksum-*` headers, and for
* aws-chunked bodies each chunk's signature, the trailer's checksum and signature, and the
* decoded length. Bytes are passed on as they come; a mismatch throws at the end (or at the bad
* chunk), so a consumer that writes them somewhere must discard them when iteration throws. Once
* the body ends verified, `verified` holds the flexible checksums it was checked against, by name.
*/
export declare function verifiedPayload(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, headers: Readonly<Record<string, string>>, signing: ChunkSigning | undefined, limits?: PayloadLimits, verified?: Record<string, string>): AsyncGenerator<Uint8Array, void, undefined>;
/** Every byte of a stream, up to `limit` (more throws the given error). */
export declare function collect(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, limit: number, tooLarge: () => ObsError): Promise<Buffer>;
