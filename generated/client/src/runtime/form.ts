// Copied from runtime/client/form.ts by `npm run generate`: edit that file, not this one.
import { randomBytes } from "node:crypto";
import type { BodySource } from "./transport.js";

const encoder = new TextEncoder();

/** A field name or file name as a quoted-string of Content-Disposition (HTML's form encoding). */
const quoted = (text: string) => `"${text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}"`;

/** The bytes of a body source, one chunk after another. */
async function* chunksOf(source: BodySource): AsyncGenerator<Uint8Array> {
  if (typeof source === "string") yield encoder.encode(source);
  else if (source instanceof Uint8Array) yield source;
  else if (typeof Blob !== "undefined" && source instanceof Blob)
    yield* source.stream() as unknown as AsyncIterable<Uint8Array>;
  else yield* source as AsyncIterable<Uint8Array>;
}

/**
 * An HTML form upload (`multipart/form-data`) as a browser sends one: the fields in order, then
 * the file, streamed. Its length is known when the file's is (bytes, a string or a Blob). Its
 * `fields` and `file` are what the validator reads of a form, as the server hands one over.
 */
export class FormBody {
  readonly contentType: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly size: number | undefined;
  readonly #head: Uint8Array;
  readonly #tail: Uint8Array;
  readonly #file: BodySource;

  constructor(fields: ReadonlyArray<readonly [string, string]>, file: BodySource, fileName = "file") {
    this.fields = Object.fromEntries(fields.map(([name, value]) => [name.toLowerCase(), value]));
    const boundary = `----ObsFormBoundary${randomBytes(12).toString("hex")}`;
    this.contentType = `multipart/form-data; boundary=${boundary}`;
    const parts = fields.map(
      ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`,
    );
    this.#head = encoder.encode(
      parts.join("") +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=${quoted(fileName)}\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n`,
    );
    this.#tail = encoder.encode(`\r\n--${boundary}--\r\n`);
    this.#file = file;
    const fileSize =
      typeof file === "string"
        ? Buffer.byteLength(file, "utf8")
        : file instanceof Uint8Array
          ? file.length
          : typeof Blob !== "undefined" && file instanceof Blob
            ? file.size
            : undefined;
    this.size = fileSize === undefined ? undefined : this.#head.length + fileSize + this.#tail.length;
  }

  /** The file's bytes, read when they are sent. */
  get file(): AsyncIterable<Uint8Array> {
    return chunksOf(this.#file);
  }

  /** The body's bytes: the fields, the file as it is read, the closing boundary. */
  async *stream(): AsyncGenerator<Uint8Array> {
    yield this.#head;
    yield* chunksOf(this.#file);
    yield this.#tail;
  }
}

/**
 * The form of an operation's input: its fields (absent ones left out; families by prefix; the
 * extra fields the caller gives, under the typed ones) and its file.
 */
export function formBody(
  fields: ReadonlyArray<readonly [string, string | undefined]>,
  families: ReadonlyArray<readonly [string, Readonly<Record<string, string>> | undefined]>,
  extra: Readonly<Record<string, string>> | undefined,
  file: BodySource,
): FormBody {
  const named = new Map<string, string>();
  for (const [name, value] of fields) if (value !== undefined) named.set(name, value);
  for (const [prefix, family] of families)
    for (const [rest, value] of Object.entries(family ?? {})) named.set(`${prefix}${rest.toLowerCase()}`, value);
  for (const [name, value] of Object.entries(extra ?? {}))
    if (!named.has(name.toLowerCase())) named.set(name.toLowerCase(), value);
  return new FormBody([...named], file);
}
