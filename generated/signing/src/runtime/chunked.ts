// Copied from runtime/signing/chunked.ts by `npm run generate`: edit that file, not this one.
import { hmac, sha256Hex } from "./encoding.js";
import { EMPTY_PAYLOAD_SHA256, scopeString, signingKeyV4, type V4Scope } from "./sigv4.js";

/** `x-amz-content-sha256` values of the aws-chunked bodies (V4 "Signing chunked uploads"). */
export const STREAMING_SIGNED_PAYLOAD = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
export const STREAMING_SIGNED_PAYLOAD_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
export const STREAMING_UNSIGNED_PAYLOAD_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

/** A chunk's signature: chained from the previous one (the seed is the Authorization header's). */
export function chunkSignatureV4(
  signingKey: Buffer,
  scope: V4Scope,
  timestamp: string,
  previousSignature: string,
  chunkSha256Hex: string,
): string {
  const stringToSign = [
    "AWS4-HMAC-SHA256-PAYLOAD",
    timestamp,
    scopeString(scope),
    previousSignature,
    EMPTY_PAYLOAD_SHA256,
    chunkSha256Hex,
  ].join("\n");
  return hmac(signingKey, stringToSign).toString("hex");
}

/** The trailer's signature, chained from the last chunk's; `trailer` is the canonical `name:value\n` lines. */
export function trailerSignatureV4(
  signingKey: Buffer,
  scope: V4Scope,
  timestamp: string,
  previousSignature: string,
  trailer: string,
): string {
  const stringToSign = [
    "AWS4-HMAC-SHA256-TRAILER",
    timestamp,
    scopeString(scope),
    previousSignature,
    sha256Hex(trailer),
  ].join("\n");
  return hmac(signingKey, stringToSign).toString("hex");
}

/** The length on the wire of `decodedLength` bytes as `signedChunks` encodes them: the Content-Length it needs. */
export function signedChunksLength(decodedLength: number, chunkSize: number = 64 * 1024): number {
  const framed = (size: number) => size.toString(16).length + ";chunk-signature=".length + 64 + 2 + size + 2;
  const rest = decodedLength % chunkSize;
  return Math.floor(decodedLength / chunkSize) * framed(chunkSize) + (rest > 0 ? framed(rest) : 0) + framed(0);
}

/**
 * Encodes a stream as signed aws-chunked chunks (`size;chunk-signature=…\r\n data \r\n`, then
 * the empty final chunk), each at most `chunkSize` bytes, signatures chained from `seedSignature`.
 */
export async function* signedChunks(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  secretAccessKey: string,
  scope: V4Scope,
  timestamp: string,
  seedSignature: string,
  chunkSize: number = 64 * 1024,
): AsyncGenerator<Uint8Array> {
  const key = signingKeyV4(secretAccessKey, scope);
  let previous = seedSignature;
  const encode = (data: Uint8Array): Uint8Array => {
    previous = chunkSignatureV4(key, scope, timestamp, previous, sha256Hex(data));
    const head = Buffer.from(`${data.length.toString(16)};chunk-signature=${previous}\r\n`);
    return Buffer.concat([head, data, Buffer.from("\r\n")]);
  };
  let pending: Buffer[] = [];
  let size = 0;
  for await (const piece of source) {
    pending.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    size += piece.byteLength;
    while (size >= chunkSize) {
      const all = Buffer.concat(pending);
      yield encode(all.subarray(0, chunkSize));
      pending = [all.subarray(chunkSize)];
      size -= chunkSize;
    }
  }
  if (size > 0) yield encode(Buffer.concat(pending));
  yield encode(new Uint8Array(0));
}
