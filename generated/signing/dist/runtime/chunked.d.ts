import { type V4Scope } from "./sigv4.js";
/** `x-amz-content-sha256` values of the aws-chunked bodies (V4 "Signing chunked uploads"). */
export declare const STREAMING_SIGNED_PAYLOAD = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
export declare const STREAMING_SIGNED_PAYLOAD_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
export declare const STREAMING_UNSIGNED_PAYLOAD_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
/** A chunk's signature: chained from the previous one (the seed is the Authorization header's). */
export declare function chunkSignatureV4(signingKey: Buffer, scope: V4Scope, timestamp: string, previousSignature: string, chunkSha256Hex: string): string;
/** The trailer's signature, chained from the last chunk's; `trailer` is the canonical `name:value\n` lines. */
export declare function trailerSignatureV4(signingKey: Buffer, scope: V4Scope, timestamp: string, previousSignature: string, trailer: string): string;
/**
* Encodes a stream as signed aws-chunked chunks (`size;chunk-signature=…\r\n data \r\n`, then
* the empty final chunk), each at most `chunkSize` bytes, signatures chained from `seedSignature`.
*/
export declare function signedChunks(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, secretAccessKey: string, scope: V4Scope, timestamp: string, seedSignature: string, chunkSize?: number): AsyncGenerator<Uint8Array>;
