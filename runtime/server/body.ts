import { ObsError } from "@obs-toolkit/validator";
import { parseXmlDocument } from "../xml/parse-xml.js";
import { verifiedPayload, verifiedWhole, type ChunkSigning } from "./payload.js";
import { readForm, type FormLimits } from "./form.js";

/** What an operation's request carries: nothing, an XML or JSON document, a byte stream, or an HTML form. */
export type RoutePayload =
  | { kind: "none" }
  | { kind: "xml"; error: string }
  | { kind: "json"; error: string }
  | { kind: "blob"; maxBytes?: number; tooLarge?: string }
  | ({ kind: "form" } & FormLimits);

/** A request body as the HTTP layer gives it: none, bytes, or a stream read only as far as the operation needs. */
export type RequestBody = Uint8Array | AsyncIterable<Uint8Array> | undefined;

const unexpectedContent = () => new ObsError("UnexpectedContent", "This request does not support content.", 400);
const tooLarge = (maxBytes: number) =>
  new ObsError("MaxMessageLengthExceeded", `The request body exceeds ${maxBytes} bytes.`, 400);

/** Every byte of a stream, up to `limit` (more throws the given error). */
async function collect(source: AsyncIterable<Uint8Array>, limit: number, refuse: () => ObsError): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const piece of source) {
    size += piece.length;
    if (size > limit) throw refuse();
    pieces.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
  }
  return Buffer.concat(pieces, size);
}

/**
 * Reading: the body of an operation that takes none or a document, read whole (up to
 * `maxBytes`) before authentication, since V4 may sign its hash without declaring it; undefined
 * for a byte stream, which is read as the handler consumes it. A plain body sent where none is
 * taken is refused here (an aws-chunked one may decode to nothing).
 */
export async function readWholeBody(
  payload: RoutePayload,
  body: RequestBody,
  headers: Readonly<Record<string, string>>,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if (payload.kind === "blob" || payload.kind === "form") return undefined;
  const refuse = payload.kind === "none" ? unexpectedContent : () => tooLarge(maxBytes);
  let bytes: Buffer;
  if (body === undefined) bytes = Buffer.alloc(0);
  else if (body instanceof Uint8Array) {
    if (body.length > maxBytes) throw refuse();
    bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  } else bytes = await collect(body, maxBytes, refuse);
  if (payload.kind === "none" && bytes.length > 0 && !headers["x-amz-content-sha256"]?.startsWith("STREAMING-"))
    throw unexpectedContent();
  return bytes;
}

/**
 * Decoding: the body as the operation's input takes it, verified against what the request
 * declares (payload.ts): the byte stream, verified as it is read; an HTML form's fields and
 * streamed file; the XML or JSON document, parsed (undefined when the body is empty); nothing. `checksums` receives the flexible checksums the
 * body matched.
 */
export async function decodePayload(
  payload: RoutePayload,
  whole: Buffer | undefined,
  body: RequestBody,
  headers: Readonly<Record<string, string>>,
  signing: ChunkSigning | undefined,
  checksums: Record<string, string>,
): Promise<unknown> {
  if (payload.kind === "blob" || payload.kind === "form") {
    // Streamed as the handler reads it: the bytes, or a form's file (its size bounded by the form reader).
    const source = body === undefined ? [] : body instanceof Uint8Array ? [body] : body;
    return payload.kind === "blob"
      ? verifiedPayload(source, headers, signing, payload, checksums)
      : readForm(verifiedPayload(source, headers, signing, {}, checksums), headers, payload);
  }
  const bytes = await verifiedWhole(whole ?? Buffer.alloc(0), headers, signing, checksums);
  if (bytes.length === 0) return undefined;
  if (payload.kind === "none") throw unexpectedContent();
  if (payload.kind === "json") {
    try {
      const document: unknown = JSON.parse(bytes.toString("utf8"));
      return document;
    } catch {
      throw new ObsError(payload.error, "The JSON you provided was not well-formed.", 400);
    }
  }
  const document = parseXmlDocument(bytes.toString("utf8"));
  if (document === undefined)
    throw new ObsError(
      payload.error,
      "The XML you provided was not well-formed or did not validate against our published schema.",
      400,
    );
  return document;
}
