// Copied from runtime/validator/checks.ts by `npm run generate`: edit that file, not this one.
import { createHash } from "node:crypto";

// Each document pattern compiled once, whichever document (XML or JSON) it checks.
const PATTERNS = new Map<string, RegExp>();
/** A document element's `pattern`, compiled (Unicode mode) the first time it is used. */
export function patternOf(source: string): RegExp {
  let compiled = PATTERNS.get(source);
  if (!compiled) PATTERNS.set(source, (compiled = new RegExp(source, "u")));
  return compiled;
}

/** Whether a string is strict, padded base64: groups of four of A–Z a–z 0–9 + /, the last ending in `=` or `==` at most. */
function isBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64.test(value);
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a strict, padded base64 string, or undefined when it is not one. */
export function decodeBase64(value: string): Buffer | undefined {
  return isBase64(value) ? Buffer.from(value, "base64") : undefined;
}

// One-entry memo: a client sends the same SSE-C key with each request of a session.
let lastMd5Input: string | undefined;
let lastMd5Output: string | undefined;

/** The base64 MD5 of the bytes another header carries in base64. */
export function base64Md5Of(base64Value: string): string | undefined {
  if (base64Value === lastMd5Input) return lastMd5Output;
  const bytes = decodeBase64(base64Value);
  const digest = bytes === undefined ? undefined : createHash("md5").update(bytes).digest("base64");
  lastMd5Input = base64Value;
  lastMd5Output = digest;
  return digest;
}

// A string V8 holds in one byte per character never matches these, whatever its length.
const NON_ASCII = /[^\x00-\x7f]/;
const SURROGATE = /[\ud800-\udfff]/;

/** UTF-8 bytes of a string (a lone surrogate counts 3, as its replacement character is encoded). */
export function utf8Length(value: string): number {
  if (!NON_ASCII.test(value)) return value.length;
  let bytes = value.length;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (
      unit >= 0xd800 &&
      unit <= 0xdbff &&
      i + 1 < value.length &&
      (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 2; // a pair: 2 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** The number of code points (what JSON Schema's maxLength counts): UTF-16 units less the low halves of pairs. */
export function codePointLength(value: string): number {
  if (!SURROGATE.test(value)) return value.length;
  let count = value.length;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// One-entry memo: a date is checked for its format and then against the request time.
let lastDateInput: string | undefined;
let lastDateOutput: number | undefined;

/** Milliseconds since the epoch of a `YYYY-MM-DDThh:mm:ss[.fff]Z` date, or undefined when it is not one. */
export function parseIso8601Utc(value: string): number | undefined {
  if (value === lastDateInput) return lastDateOutput;
  lastDateInput = value;
  lastDateOutput = parseDate(value);
  return lastDateOutput;
}

const digits = (value: string, from: number, count: number): number => {
  let out = 0;
  for (let i = from; i < from + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    out = out * 10 + digit;
  }
  return out;
};

function parseDate(value: string): number | undefined {
  // YYYY-MM-DDThh:mm:ss, then an optional .fraction (1 to 9 digits), then Z.
  if (
    value.length < 20 ||
    value[4] !== "-" ||
    value[7] !== "-" ||
    value[10] !== "T" ||
    value[13] !== ":" ||
    value[16] !== ":" ||
    value[value.length - 1] !== "Z"
  )
    return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  let millis = 0;
  if (value.length > 20) {
    const fraction = value.length - 21;
    if (value[19] !== "." || fraction < 1 || fraction > 9) return undefined;
    const all = digits(value, 20, fraction);
    if (all < 0) return undefined;
    millis = Math.floor(all / 10 ** Math.max(0, fraction - 3)) * 10 ** Math.max(0, 3 - fraction);
  }
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  )
    return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0) + (leap ? 1 : 0)) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC reads years 0 to 99 as 1900 to 1999.
  return year >= 100 ? time : new Date(time).setUTCFullYear(year);
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Whether a name plainly follows the rules: 3–63 of [a-z0-9.-], alphanumeric ends, no "..", ".-", "-.", not an IP. */
function plainlyValidBucketName(name: string): boolean {
  if (name.length < 3 || name.length > 63) return false;
  let digitsAndDots = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!alnum && c !== 45 && c !== 46) return false;
    if ((i === 0 || i === name.length - 1) && !alnum) return false;
    if (c !== 46 && !(c >= 48 && c <= 57)) digitsAndDots = false;
    if (i > 0 && (c === 45 || c === 46)) {
      const before = name.charCodeAt(i - 1);
      if ((before === 46 && (c === 46 || c === 45)) || (before === 45 && c === 46)) return false;
    }
  }
  return !(digitsAndDots && IPV4.test(name));
}

// One-entry memo: a check asks whether a name breaks a rule, then which.
let lastBucketName: string | undefined;
let lastBucketNameProblem: string | undefined;

/** The bucket naming rules of "Naming a Bucket and Object"; the reason it breaks one, or undefined. */
export function bucketNameProblem(name: string): string | undefined {
  if (plainlyValidBucketName(name)) return undefined;
  if (name !== lastBucketName) {
    lastBucketName = name;
    lastBucketNameProblem = brokenBucketNameRule(name);
  }
  return lastBucketNameProblem;
}

function brokenBucketNameRule(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return "a bucket name has 3 to 63 characters";
  if (!/^[a-z0-9.-]+$/.test(name)) return "a bucket name contains only lowercase letters, digits, hyphens and periods";
  if (!/^[a-z0-9]/.test(name)) return "a bucket name starts with a digit or a letter";
  if (/[-.]$/.test(name)) return "a bucket name does not end with a hyphen or a period";
  if (name.includes("..")) return "a bucket name cannot contain two consecutive periods";
  if (name.includes(".-") || name.includes("-.")) return "a period cannot precede or follow a hyphen in a bucket name";
  if (IPV4.test(name)) return "a bucket name cannot be an IP address";
  return undefined;
}

/** Strict base64 whose decoded length is one of `lengths` (any length when omitted). */
export function isBase64OfLength(value: string, lengths?: readonly number[]): boolean {
  if (!isBase64(value)) return false;
  const padding = value.endsWith("==") ? 2 : value.endsWith("=") ? 1 : 0;
  return lengths === undefined || lengths.includes((value.length / 4) * 3 - padding);
}

/** Whether a text is one of an enum's values: the test narrows it to the enum's type. */
export function isOneOf<T extends string>(values: ReadonlySet<T>, text: string): text is T {
  const strings: ReadonlySet<string> = values;
  return strings.has(text);
}

/** Whether the UTF-8 bytes of every name and value of a record together exceed `limit`. */
export function recordExceedsUtf8Bytes(record: Readonly<Record<string, string>>, limit: number): boolean {
  const names = Object.keys(record);
  let units = 0;
  for (const name of names) units += name.length + (record[name] ?? "").length;
  // A UTF-16 unit takes at most 3 bytes in UTF-8, and never fewer than 1.
  if (units * 3 <= limit) return false;
  if (units > limit) return true;
  let bytes = 0;
  for (const name of names) bytes += utf8Length(name) + utf8Length(record[name] ?? "");
  return bytes > limit;
}

/** A decimal integer (optional sign, digits only) as a safe integer, or undefined. */
export function parseDecimalInteger(text: string): number | undefined {
  if (!/^[-+]?\d{1,16}$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * `true` or `false` in any case, or undefined: S3 reads a header's or query parameter's boolean
 * so, and clients send `True` (Debian's botocore 1.29 for x-amz-bucket-object-lock-enabled).
 */
export function parseBooleanText(text: string): boolean | undefined {
  if (text.length !== 4 && text.length !== 5) return undefined;
  const lower = text.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : undefined;
}

/** An HTTP-date (or any date `Date.parse` reads), or undefined. */
export function parseHttpDate(text: string): Date | undefined {
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}
