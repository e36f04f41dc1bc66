// Copied from runtime/signing/encoding.ts by `npm run generate`: edit that file, not this one.
import * as crypto from "node:crypto";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;
const UNRESERVED_OR_SLASH = /^[A-Za-z0-9\-_.~/]*$/;

/** RFC 3986 percent-encoding as S3 signing wants it: every byte but A-Z a-z 0-9 - _ . ~ (and `/` when kept). */
export function uriEncode(value: string, keepSlash = false): string {
  // Most names and values need no escape at all.
  if ((keepSlash ? UNRESERVED_OR_SLASH : UNRESERVED).test(value)) return value;
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const unreserved =
      (byte >= 0x41 && byte <= 0x5a) ||
      (byte >= 0x61 && byte <= 0x7a) ||
      (byte >= 0x30 && byte <= 0x39) ||
      byte === 0x2d ||
      byte === 0x5f ||
      byte === 0x2e ||
      byte === 0x7e ||
      (keepSlash && byte === 0x2f);
    out += unreserved ? String.fromCharCode(byte) : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

// Node 20.12 and later hash a whole input in one call, without a Hash object.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: "hex") => string })
  .hash;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShotHash ? oneShotHash("sha256", data, "hex") : createHash("sha256").update(data).digest("hex");
}

export function hmac(key: string | Uint8Array, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

export function hmacHex(key: string | Uint8Array, data: string): string {
  return createHmac("sha256", key).update(data, "utf8").digest("hex");
}

/** Compares two signatures in time independent of where they differ. */
export function signaturesEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(actual, "utf8");
  // Compare equal-length buffers even on a length mismatch, so timing does not leak the length either.
  return timingSafeEqual(a, b.length === a.length ? b : a) && a.length === b.length;
}

/** A header map with lowercase names; repeated headers are joined with commas. */
export type SignableHeaders = Record<string, string>;

// Objects made by `new RequestRecord()` inherit from an object without a prototype: no `constructor`, no
// `__proto__` setter, so any name is a key like another, and V8 keeps them in its fast form (which
// `Object.create(null)` does not).
function RequestRecord(): void {}
RequestRecord.prototype = Object.create(null) as object;

/** An empty record for names that come from a request: `constructor` or `__proto__` is a key like any other. */
export function emptyRecord<T>(): Record<string, T> {
  return new (RequestRecord as unknown as new () => Record<string, T>)();
}

/**
 * The headers by lowercase name, repeated ones joined with commas, from a record (names in any
 * case, values a string or a list) or from a raw list `[name, value, name, value…]` (Node's
 * `rawHeaders`).
 */
export function lowercaseHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>> | readonly string[],
): SignableHeaders {
  const out = emptyRecord<string>();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const previous = out[key];
    out[key] = previous === undefined ? value : `${previous},${value}`;
  };
  if (isRawList(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) add(headers[i] as string, headers[i + 1] as string);
    return out;
  }
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) add(name, typeof value === "string" ? value : value.join(","));
  }
  return out;
}

const isRawList = (headers: object): headers is readonly string[] => Array.isArray(headers);

// A header value is bytes, which Node and fetch carry as a string of one Latin-1 character per
// byte. S3 clients send non-ASCII values (x-amz-meta-*) as UTF-8 and sign that text: these two
// turn a value's text into its wire form and back.
const NON_ASCII = /[^\x00-\x7f]/;

/** A header value's wire form: its text's UTF-8 bytes, one Latin-1 character each. */
export function headerBytes(text: string): string {
  return NON_ASCII.test(text) ? Buffer.from(text, "utf8").toString("latin1") : text;
}

/** A header value's text from its wire form: its bytes read as UTF-8 when they are UTF-8, else as they came. */
export function headerText(wire: string): string {
  if (!NON_ASCII.test(wire)) return wire;
  const text = Buffer.from(wire, "latin1").toString("utf8");
  return text.includes("\uFFFD") ? wire : text;
}
