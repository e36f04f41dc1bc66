// Copied from runtime/signing/sigv4.ts by `npm run generate`: edit that file, not this one.
import { hmac, hmacHex, sha256Hex, uriEncode } from "./encoding.js";
import type { SignableRequest, SigningCredentials } from "./request.js";

export const EMPTY_PAYLOAD_SHA256: string = sha256Hex("");
export const V4_ALGORITHM = "AWS4-HMAC-SHA256";

export interface V4Scope {
  /** YYYYMMDD */
  date: string;
  region: string;
  service: string;
}

export function scopeString(scope: V4Scope): string {
  return `${scope.date}/${scope.region}/${scope.service}/aws4_request`;
}

/** `Date` → `YYYYMMDDTHHMMSSZ`. */
export function amzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

const AMZ_DATE = /^\d{8}T\d{6}Z$/;
const digits = (value: string, from: number, to: number) => Number(value.slice(from, to));

// Requests that arrive together mostly carry the same second: the last one parsed is kept.
let lastAmzDate = { text: "", time: 0 };

/** `YYYYMMDDTHHMMSSZ` → Date, or undefined when malformed (a 31st of April included). */
export function parseAmzDate(value: string): Date | undefined {
  if (value === lastAmzDate.text) return new Date(lastAmzDate.time);
  const date = parseAmzDateText(value);
  if (date) lastAmzDate = { text: value, time: date.getTime() };
  return date;
}

function parseAmzDateText(value: string): Date | undefined {
  if (!AMZ_DATE.test(value)) return undefined;
  const [year, month, day] = [digits(value, 0, 4), digits(value, 4, 6), digits(value, 6, 8)];
  const [hours, minutes, seconds] = [digits(value, 9, 11), digits(value, 11, 13), digits(value, 13, 15)];
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  // Date.UTC rolls an impossible day over into the next month.
  return date.getUTCDate() === day && date.getUTCFullYear() === year ? date : undefined;
}

const byNameThenValue = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

export function canonicalQuery(query: SignableRequest["query"]): string {
  if (query.length === 0) return "";
  const encoded = query.map(([name, value]) => [uriEncode(name), uriEncode(value)] as const);
  if (encoded.length > 1) encoded.sort(byNameThenValue);
  let out = "";
  for (const [name, value] of encoded) out += (out === "" ? "" : "&") + name + "=" + value;
  return out;
}

/** A header value as V4 canonicalizes it: trimmed, inner runs of spaces as one. */
const canonicalValue = (value: string) => {
  const trimmed = value.trim();
  return COLLAPSIBLE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
};
/** Two white-space characters in a row, or one that is not a space. */
const COLLAPSIBLE = /\s{2}|[^\S ]/;

/** The canonical request of the V4 Common Request page, over the named signed headers. */
export function canonicalRequestV4(
  request: SignableRequest,
  signedHeaders: readonly string[],
  payloadHash: string,
): string {
  let headers = "";
  for (const name of signedHeaders) headers += name + ":" + canonicalValue(request.headers[name] ?? "") + "\n";
  return `${request.method}\n${request.path}\n${canonicalQuery(request.query)}\n${headers}\n${signedHeaders.join(";")}\n${payloadHash}`;
}

// The key changes once a day per secret, region and service: keep the latest few.
const signingKeys = new Map<string, Buffer>();

export function signingKeyV4(secretAccessKey: string, scope: V4Scope): Buffer {
  const id = `${scope.date}/${scope.region}/${scope.service}/${secretAccessKey}`;
  const cached = signingKeys.get(id);
  if (cached) return cached;
  const key = deriveSigningKeyV4(secretAccessKey, scope);
  if (signingKeys.size >= 64) signingKeys.delete(signingKeys.keys().next().value as string);
  signingKeys.set(id, key);
  return key;
}

function deriveSigningKeyV4(secretAccessKey: string, scope: V4Scope): Buffer {
  const dateKey = hmac(`AWS4${secretAccessKey}`, scope.date);
  const regionKey = hmac(dateKey, scope.region);
  const serviceKey = hmac(regionKey, scope.service);
  return hmac(serviceKey, "aws4_request");
}

/** What V4 signs: the algorithm, the time, the scope and the canonical request's hash. */
export function stringToSignV4(scope: V4Scope, timestamp: string, canonicalRequest: string): string {
  return `${V4_ALGORITHM}\n${timestamp}\n${scopeString(scope)}\n${sha256Hex(canonicalRequest)}`;
}

export function signatureV4(
  secretAccessKey: string,
  scope: V4Scope,
  timestamp: string,
  canonicalRequest: string,
): string {
  return hmacHex(signingKeyV4(secretAccessKey, scope), stringToSignV4(scope, timestamp, canonicalRequest));
}

/**
 * Signs every header the request carries (they are all the client's own), plus host,
 * x-amz-date and x-amz-content-sha256, and adds the Authorization header.
 */
export function signV4(
  request: SignableRequest,
  credentials: SigningCredentials,
  region: string,
  service: string,
  now: Date,
  payloadHash: string = EMPTY_PAYLOAD_SHA256,
): SignableRequest {
  const timestamp = amzDate(now);
  const headers: Record<string, string> = {
    ...request.headers,
    "x-amz-date": timestamp,
    "x-amz-content-sha256": payloadHash,
  };
  if (credentials.securityToken) headers["x-amz-security-token"] = credentials.securityToken;
  delete headers["authorization"];
  const signed = { ...request, headers };
  const signedHeaders = Object.keys(headers).sort();
  const scope: V4Scope = { date: timestamp.slice(0, 8), region, service };
  const signature = signatureV4(
    credentials.secretAccessKey,
    scope,
    timestamp,
    canonicalRequestV4(signed, signedHeaders, payloadHash),
  );
  headers["authorization"] =
    `${V4_ALGORITHM} Credential=${credentials.accessKeyId}/${scopeString(scope)}, ` +
    `SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`;
  return signed;
}

const USUAL_AUTHORIZATION_V4 =
  /^AWS4-HMAC-SHA256 Credential=([^/,= ]+)\/(\d{8})\/([^/,= ]+)\/([^/,= ]+)\/aws4_request, ?SignedHeaders=([^,= ]+), ?Signature=([0-9a-f]{64})$/;

export interface ParsedAuthorizationV4 {
  accessKeyId: string;
  scope: V4Scope;
  signedHeaders: string[];
  signature: string;
}

/** Parses `AWS4-HMAC-SHA256 Credential=AK/date/region/service/aws4_request, SignedHeaders=…, Signature=…`. */
export function parseAuthorizationV4(header: string): ParsedAuthorizationV4 | undefined {
  // The form every SDK sends, in one match; any other spacing or order goes the long way.
  const usual = USUAL_AUTHORIZATION_V4.exec(header);
  if (usual) {
    const [, accessKeyId = "", date = "", region = "", service = "", signedHeaders = "", signature = ""] = usual;
    return { accessKeyId, scope: { date, region, service }, signedHeaders: signedHeaders.split(";"), signature };
  }
  const trimmed = header.trim();
  if (!trimmed.startsWith(V4_ALGORITHM + " ")) return undefined;
  // Exactly the three fields, once each: anything else (a second Authorization header joined on, say) is malformed.
  let credential: string | undefined;
  let signedHeaders: string | undefined;
  let signature: string | undefined;
  for (const part of trimmed.slice(V4_ALGORITHM.length + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) return undefined;
    const value = part.slice(eq + 1).trim();
    switch (part.slice(0, eq).trim()) {
      case "Credential":
        if (credential !== undefined) return undefined;
        credential = value;
        break;
      case "SignedHeaders":
        if (signedHeaders !== undefined) return undefined;
        signedHeaders = value;
        break;
      case "Signature":
        if (signature !== undefined) return undefined;
        signature = value;
        break;
      default:
        return undefined;
    }
  }
  const parts = credential?.split("/");
  if (!parts || parts.length !== 5 || parts[4] !== "aws4_request" || !signedHeaders || !signature) return undefined;
  const [accessKeyId = "", date = "", region = "", service = ""] = parts;
  if (!/^\d{8}$/.test(date) || !/^[0-9a-f]{64}$/.test(signature)) return undefined;
  return { accessKeyId, scope: { date, region, service }, signedHeaders: signedHeaders.split(";"), signature };
}
