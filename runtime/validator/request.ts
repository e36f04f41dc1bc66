/** A request as the validator sees it: already routed, with the bucket and key taken from the host or path. */
export interface ObsRequest {
  bucket?: string | undefined;
  /** The object key, percent-decoded. */
  key?: string | undefined;
  /** Decoded query parameters. */
  query?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
  /** Header names in any case; a repeated header's values as a list or joined with commas. */
  headers?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
  /**
   * The request payload, for operations that take one: the parsed document (`XmlDocument`) of
   * an XML body, the byte stream of a streamed body, or the fields and file of an HTML form
   * (`FormPayload`). Undefined when there is no body.
   */
  payload?: unknown;
}

export interface ValidateOptions {
  /** The time the request is received; dates that must lie after it are compared with it. Defaults to now. */
  requestTime?: Date | undefined;
  /**
   * Check the transport headers an operation requires (Content-MD5…). Default true; the client
   * passes false, since its transport adds them after validating.
   */
  checkTransport?: boolean | undefined;
  /**
   * The headers are already normalized: lowercase names, each value one string (what the server
   * and the client pass, and what `normalizeHeaders` returns). Default false: they are normalized first.
   */
  headersNormalized?: boolean | undefined;
}

/** Headers by lowercase name, a repeated header's values joined with commas. */
export type NormalizedHeaders = Readonly<Record<string, string | undefined>>;

// Objects made by `new RequestRecord()` inherit from an object without a prototype: any header name is a
// key like another (`constructor` included), and V8 keeps them in its fast form.
function RequestRecord(): void {}
RequestRecord.prototype = Object.create(null) as object;
const bareRecord = () => new (RequestRecord as unknown as new () => Record<string, string>)();

const NO_HEADERS: NormalizedHeaders = bareRecord();

/** Lowercase names, each value one string (a list joined with commas, as HTTP allows); anything else is no headers. */
export function normalizeHeaders(raw: ObsRequest["headers"]): NormalizedHeaders {
  if (raw === null || typeof raw !== "object") return NO_HEADERS;
  const out = bareRecord();
  for (const name of Object.keys(raw)) {
    const value = headerValue(raw[name]);
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const previous = out[key];
    out[key] = previous === undefined ? value : previous + "," + value;
  }
  return out;
}

/** A request's headers as the validator reads them: normalized here unless `options` says they are. */
export function requestHeaders(request: ObsRequest, options: ValidateOptions): NormalizedHeaders {
  const raw = request.headers;
  if (options.headersNormalized !== true) return normalizeHeaders(raw);
  return raw !== null && typeof raw === "object" ? (raw as NormalizedHeaders) : NO_HEADERS;
}

/** Whether `name` is longer than `prefix` and starts with it (compared from its end, where header names differ most; twice as fast as startsWith). */
function hasPrefix(name: string, prefix: string): boolean {
  if (name.length <= prefix.length) return false;
  for (let i = prefix.length - 1; i >= 0; i--) if (name.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  return true;
}

// A family's names repeat from request to request (x-amz-meta-project…): each one's rest is cut
// once and kept, by prefix and up to a bound, rather than sliced (and looked up as a new key)
// every time.
const RESTS = new Map<string, Map<string, string>>();
const MAX_RESTS = 1024;

function restOf(name: string, prefix: string): string {
  let rests = RESTS.get(prefix);
  if (rests === undefined) RESTS.set(prefix, (rests = new Map()));
  let rest = rests.get(name);
  if (rest === undefined) {
    rest = name.slice(prefix.length);
    if (rests.size < MAX_RESTS) rests.set(name, rest);
  }
  return rest;
}

/** The headers of a family (`x-amz-meta-*`) by the rest of their name, or undefined when there are none. */
export function prefixedHeaders(headers: NormalizedHeaders, prefix: string): Record<string, string> | undefined {
  let family: Record<string, string> | undefined;
  for (const name of Object.keys(headers)) {
    if (!hasPrefix(name, prefix)) continue;
    const value = headers[name];
    if (value === undefined) continue;
    family ??= bareRecord();
    family[restOf(name, prefix)] = value;
  }
  return family;
}

/** One broken rule: the S3 error code and status it answers, and where. */
export interface ValidationIssue {
  code: string;
  status: number;
  message: string;
  /** The header, query parameter or path member the issue is about. */
  target: string;
}

/** How a check reports a broken rule. */
export type Fail = (code: string, status: number, target: string, message: string) => void;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** A header's value as a string: repeated values (an array) joined with commas; anything else is no value. */
export function headerValue(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw;
  if (!Array.isArray(raw)) return undefined;
  const strings = raw.filter((value): value is string => typeof value === "string");
  return strings.length > 0 ? strings.join(",") : undefined;
}

/** The first string value of a query parameter, or undefined. */
export function queryValue(query: ObsRequest["query"], name: string): string | undefined {
  if (query === null || typeof query !== "object" || !Object.hasOwn(query, name)) return undefined;
  const raw: unknown = query[name];
  if (typeof raw === "string") return raw;
  if (Array.isArray(raw) && typeof raw[0] === "string") return raw[0];
  return undefined;
}

/**
 * An HTML form (`multipart/form-data`) as the server reads it: the fields that come before the
 * file, by lowercase name (a repeated field keeps its first value), and the file's bytes,
 * streamed as they arrive. Fields after the file are not read.
 */
export interface FormPayload {
  fields: Readonly<Record<string, string>>;
  file: AsyncIterable<Uint8Array> | undefined;
}

function formFields(payload: unknown): Readonly<Record<string, string>> | undefined {
  if (payload === null || typeof payload !== "object") return undefined;
  const fields: unknown = (payload as { fields?: unknown }).fields;
  return fields !== null && typeof fields === "object" ? (fields as Record<string, string>) : undefined;
}

/** A form field's value (its name lowercase), or undefined. */
export function formValue(payload: unknown, name: string): string | undefined {
  const fields = formFields(payload);
  if (fields === undefined || !Object.hasOwn(fields, name)) return undefined;
  const value = fields[name];
  return typeof value === "string" ? value : undefined;
}

/** Every field of a form, by lowercase name, or undefined when there is no form. */
export function formFieldsOf(payload: unknown): Record<string, string> | undefined {
  const fields = formFields(payload);
  if (fields === undefined) return undefined;
  const copy = bareRecord();
  for (const name of Object.keys(fields)) if (typeof fields[name] === "string") copy[name] = fields[name];
  return copy;
}

/** The fields of a family (`x-amz-meta-*`) by the rest of their name, or undefined when there are none. */
export function prefixedFields(payload: unknown, prefix: string): Record<string, string> | undefined {
  const fields = formFields(payload);
  return fields === undefined ? undefined : prefixedHeaders(fields, prefix);
}

/** The form's file, or undefined when it has none. */
export function formFile(payload: unknown): AsyncIterable<Uint8Array> | undefined {
  if (payload === null || typeof payload !== "object") return undefined;
  return byteStream((payload as { file?: unknown }).file);
}

/**
 * A streamed body as the chunks of its bytes: the stream the server hands over, or what a client
 * sends (bytes, text as UTF-8, a Blob), read only when iterated. Undefined for anything else.
 */
export function byteStream(value: unknown): AsyncIterable<Uint8Array> | undefined {
  if (typeof value === "string") return chunksOf(() => new TextEncoder().encode(value));
  if (value === null || typeof value !== "object") return undefined;
  if (value instanceof Uint8Array) return chunksOf(() => value);
  if (typeof Blob !== "undefined" && value instanceof Blob) return blobChunks(value);
  // A stream's chunks are its transport's bytes: taken as they come.
  return Symbol.asyncIterator in value ? (value as AsyncIterable<Uint8Array>) : undefined;
}

async function* chunksOf(bytes: () => Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes();
}

async function* blobChunks(blob: Blob): AsyncIterable<Uint8Array> {
  yield new Uint8Array(await blob.arrayBuffer());
}
