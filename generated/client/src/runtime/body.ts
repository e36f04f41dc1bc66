// Copied from runtime/client/body.ts by `npm run generate`: edit that file, not this one.
import { createHash } from "node:crypto";
import {
  amzDate,
  sha256Hex,
  signedChunks,
  signedChunksLength,
  STREAMING_SIGNED_PAYLOAD,
  UNSIGNED_PAYLOAD,
  type SignableRequest,
} from "@obs-toolkit/signing";
import type { BodySource, ObsClientConfig } from "./transport.js";

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A request body ready to sign and send: the payload hash V4 signs, and the body fetch sends once signed. */
export interface PreparedBody {
  /** Undefined for no body (the empty payload's hash). */
  payloadHash: string | undefined;
  send(signed: SignableRequest): Uint8Array | Blob | AsyncIterable<Uint8Array> | undefined;
}

/**
 * Bytes and strings are sent whole: V4 signs their SHA-256 (or sends `UNSIGNED-PAYLOAD` with
 * `payloadSigning: "unsigned"`), and V2 (or `contentMd5`) adds Content-MD5. Anything else streams, never buffered whole (a Blob with its Content-Length): V4
 * sends `UNSIGNED-PAYLOAD`, or signed aws-chunked chunks with `streamSigning: "chunked"`. Headers
 * it needs are added to `headers`.
 */
export async function prepareBody(
  payload: BodySource | undefined,
  config: ObsClientConfig,
  headers: Record<string, string>,
): Promise<PreparedBody> {
  if (payload === undefined) return { payloadHash: undefined, send: () => undefined };
  if (typeof payload === "string" || payload instanceof Uint8Array) {
    const bytes = typeof payload === "string" ? new TextEncoder().encode(payload) : payload;
    if ((config.signatureVersion === "v2" || config.contentMd5) && headers["content-md5"] === undefined)
      headers["content-md5"] = createHash("md5").update(bytes).digest("base64");
    // Handed to fetch as a one-chunk stream with its length: fetch would copy a Uint8Array body whole.
    headers["content-length"] = String(bytes.length);
    const payloadHash =
      config.signatureVersion !== "v4"
        ? undefined
        : config.payloadSigning === "unsigned"
          ? UNSIGNED_PAYLOAD
          : sha256Hex(bytes);
    return { payloadHash, send: () => (bytes.length === 0 ? bytes : oneChunk(bytes)) };
  }
  const isBlob = typeof Blob !== "undefined" && payload instanceof Blob;
  // A Blob goes to fetch as it is: its length is known (Content-Length) and it can be sent again.
  const whole: Blob | AsyncIterable<Uint8Array> = isBlob ? payload : (payload as AsyncIterable<Uint8Array>);
  if (config.signatureVersion !== "v4") return { payloadHash: undefined, send: () => whole };
  if (config.streamSigning !== "chunked") return { payloadHash: UNSIGNED_PAYLOAD, send: () => whole };
  const source: AsyncIterable<Uint8Array> = isBlob
    ? (payload.stream() as unknown as AsyncIterable<Uint8Array>)
    : (payload as AsyncIterable<Uint8Array>);
  headers["content-encoding"] = "aws-chunked";
  // The body's own length (a Blob's, or the caller's Content-Length) is the decoded one; the wire's is the chunks'.
  const decoded = isBlob
    ? payload.size
    : headers["content-length"] === undefined
      ? undefined
      : Number(headers["content-length"]);
  if (decoded !== undefined) {
    headers["x-amz-decoded-content-length"] = String(decoded);
    headers["content-length"] = String(signedChunksLength(decoded));
  }
  return {
    payloadHash: STREAMING_SIGNED_PAYLOAD,
    send: (signed) => {
      const timestamp = signed.headers["x-amz-date"] ?? amzDate(new Date());
      const seed = /Signature=([0-9a-f]{64})/.exec(signed.headers["authorization"] ?? "")?.[1] ?? "";
      const scope = { date: timestamp.slice(0, 8), region: config.region ?? "us-east-1", service: "s3" };
      return signedChunks(source, config.credentials.secretAccessKey, scope, timestamp, seed);
    },
  };
}
