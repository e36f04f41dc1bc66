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
* The request body as it arrives, verified (PayloadVerifier). Bytes are passed on as they come;
* a mismatch throws at the end (or at the bad chunk), so a consumer that writes them somewhere
* must discard them when iteration throws. Once the body ends verified, `verified` holds the
* flexible checksums it was checked against, by name.
*/
export declare function verifiedPayload(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, headers: Readonly<Record<string, string>>, signing: ChunkSigning | undefined, limits?: PayloadLimits, verified?: Record<string, string>): AsyncGenerator<Uint8Array, void, undefined>;
/** A body read whole, verified as `verifiedPayload` verifies a stream: its decoded bytes. */
export declare function verifiedWhole(body: Buffer, headers: Readonly<Record<string, string>>, signing: ChunkSigning | undefined, verified: Record<string, string>): Promise<Buffer>;
