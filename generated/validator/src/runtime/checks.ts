import { createHash } from "node:crypto";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of a strict, padded base64 string, or undefined when it is not one. */
export function decodeBase64(value: string): Buffer | undefined {
  return BASE64.test(value) ? Buffer.from(value, "base64") : undefined;
}

/** The base64 MD5 of the bytes another header carries in base64. */
export function base64Md5Of(base64Value: string): string | undefined {
  const bytes = decodeBase64(base64Value);
  return bytes === undefined ? undefined : createHash("md5").update(bytes).digest("base64");
}

export function utf8Length(value: string): number {
  return Buffer.byteLength(value, "utf8");
}

/** The number of code points (what JSON Schema's maxLength counts). */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

const ISO8601_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** Milliseconds since the epoch of a `YYYY-MM-DDThh:mm:ss[.fff]Z` date, or undefined when it is not one. */
export function parseIso8601Utc(value: string): number | undefined {
  const match = ISO8601_UTC.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const time = Date.UTC(
    year,
    month - 1,
    day,
    hour,
    minute,
    second,
    Number((match[7] ?? "0").padEnd(3, "0").slice(0, 3)),
  );
  const date = new Date(time);
  // Reject dates that Date.UTC silently rolls over (Feb 30, 24:00…).
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return time;
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** The bucket naming rules of "Naming a Bucket and Object"; the reason it breaks one, or undefined. */
export function bucketNameProblem(name: string): string | undefined {
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
  const bytes = decodeBase64(value);
  return bytes !== undefined && (lengths === undefined || lengths.includes(bytes.length));
}

/** UTF-8 bytes of every name and value of a record. */
export function recordUtf8Length(record: Readonly<Record<string, string>>): number {
  let total = 0;
  for (const name of Object.keys(record)) total += utf8Length(name) + utf8Length(record[name] ?? "");
  return total;
}
