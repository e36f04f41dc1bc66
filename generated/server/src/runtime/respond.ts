// Copied from runtime/server/respond.ts by `npm run generate`: edit that file, not this one.
import { randomBytes } from "node:crypto";
import { ObsError, errorStatus } from "@obs-toolkit/validator";
import { renderXmlDocument } from "./xml.js";

/** An HTTP response, framework-free. */
export interface ObsHttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Text or bytes; a stream for operations that answer one. */
  body: string | Uint8Array | AsyncIterable<Uint8Array>;
}

/** What every answer to one request carries, whatever stage it comes from. */
export interface Exchange {
  requestId: string;
  hostId: string;
  receivedAt: Date;
  /** The Resource of an error document: `/bucket/key`, known once the target is parsed. */
  resource: string;
  /** A HEAD: its answer has the headers of its GET and no body. */
  headOnly: boolean;
}

// Request ids identify, they need not be secret: a random per-process prefix and a counter,
// rather than fresh random bytes per request (which cost a system call each).
const ID_PREFIX = randomBytes(8).toString("hex").toUpperCase();
const HOST_ID = randomBytes(32).toString("base64");
let requestCounter = 0;

/** A new exchange: its ids and the time it was received. */
export function beginExchange(receivedAt: Date, headOnly: boolean): Exchange {
  const requestId = ID_PREFIX + (++requestCounter).toString(16).toUpperCase().padStart(16, "0");
  return { requestId, hostId: HOST_ID, receivedAt, resource: "/", headOnly };
}

// The Date header changes once a second: format it once a second.
let dateSecond = -1;
let dateText = "";
function httpDate(time: Date): string {
  const second = Math.floor(time.getTime() / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = time.toUTCString();
  }
  return dateText;
}

/** The response: the operation's headers, then RUNTIME_RESPONSE_HEADERS (response-headers.ts); the body's type and length. */
export function answer(
  exchange: Exchange,
  status: number,
  headers: Readonly<Record<string, string | undefined>>,
  body: ObsHttpResponse["body"],
  now: Date,
): ObsHttpResponse {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = value;
  }
  out["x-amz-request-id"] = exchange.requestId;
  out["x-amz-id-2"] = exchange.hostId;
  out["date"] = httpDate(now);
  out["server"] = "OBS";
  if (typeof body === "string" && body !== "" && out["content-type"] === undefined)
    out["content-type"] = "application/xml";
  // 204 and 304 carry no Content-Length; a stream is sent chunked unless its length is known; a
  // HEAD answers the length its GET would have (the handler's), with no body.
  if (status === 204 || status === 304) {
    delete out["content-length"];
    return { status, headers: out, body: "" };
  }
  if ((typeof body === "string" || body instanceof Uint8Array) && !(exchange.headOnly && out["content-length"]))
    out["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.length);
  return { status, headers: out, body };
}

/**
 * The S3 error document for `error` (a bodiless 304 is its headers alone). An error a handler
 * threw with only a code takes its status from the catalog; anything but an ObsError is a 500.
 */
export function errorAnswer(exchange: Exchange, error: unknown, now: Date): ObsHttpResponse {
  const known =
    error instanceof ObsError
      ? error
      : new ObsError("InternalError", "We encountered an internal error. Please try again.", 500);
  const status = known.statusCode >= 300 ? known.statusCode : errorStatus(known.code);
  if (status === 304) return answer(exchange, 304, known.headers, "", now);
  const body = renderXmlDocument("Error", undefined, [
    ["Code", known.code],
    ["Message", known.message],
    ["Resource", exchange.resource],
    ["RequestId", exchange.requestId],
    ["HostId", exchange.hostId],
  ]);
  return answer(exchange, status, known.headers, body, now);
}
