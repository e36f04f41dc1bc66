import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { ObsError } from "@obs-toolkit/validator";
import { headerBytes, headerText } from "@obs-toolkit/signing";
import type { ObsHttpResponse, ObsServer } from "./core.js";

/** What the HTTP layer refuses before a request reaches the operation. */
export interface ObsHttpLimits {
  /** The request line and headers together, in bytes. Default 8192, S3's limit. */
  maxHeaderBytes?: number | undefined;
  /** Header lines a request may carry. Default 100. */
  maxHeaderCount?: number | undefined;
}

/** Called once per answer: the request's method and target, the status, the time taken and the answer's request ID. */
export type ResponseLogger = (method: string, url: string, status: number, ms: number, requestId: string) => void;

const DEFAULT_LIMITS = { maxHeaderBytes: 8192, maxHeaderCount: 100 };
/** A connection with nothing read or written for this long is closed. */
const IDLE_TIMEOUT_MS = 120_000;
/** What is read and dropped of a body the server answered before reading it, so the client sees the answer; past it the connection closes. */
const MAX_DISCARD_BYTES = 16 * 1024 * 1024;

/**
 * A `node:http` request listener serving an ObsServer. The body is handed over as a stream, read
 * as far as the operation needs it (`Expect: 100-continue` is answered by Node). Repeated headers
 * are joined with commas (none is dropped, as Node would drop a second Authorization); too many
 * headers answer an S3 error without reaching the operation.
 */
export function createNodeListener(server: ObsServer, onResponse?: ResponseLogger, limits: ObsHttpLimits = {}) {
  const maxHeaderCount = limits.maxHeaderCount ?? DEFAULT_LIMITS.maxHeaderCount;
  // `expectsContinue`: the client waits for 100 Continue (Node's checkContinue), sent when the body is first read.
  return (req: IncomingMessage, res: ServerResponse, expectsContinue = false): void => {
    const started = performance.now();
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const reply = (response: ObsHttpResponse) => {
      if (res.headersSent || res.destroyed) return;
      // An answer given before the body arrived: drop the rest (bounded) and close. A body that has
      // arrived whole but was not read, Node discards itself once the answer is sent.
      if (!req.complete) {
        res.shouldKeepAlive = false;
        let discarded = 0;
        req.on("data", (chunk: Buffer) => {
          discarded += chunk.length;
          if (discarded > MAX_DISCARD_BYTES) req.destroy();
        });
        req.resume();
      }
      res.writeHead(response.status, utf8Headers(response.headers));
      const body = response.body;
      if (method === "HEAD" || typeof body === "string" || body instanceof Uint8Array)
        res.end(method === "HEAD" ? undefined : body);
      else writeStream(body, res).catch(() => res.destroy());
      onResponse?.(
        method,
        url,
        response.status,
        performance.now() - started,
        response.headers["x-amz-request-id"] ?? "",
      );
    };
    const headerCount = req.rawHeaders.length / 2;
    if (headerCount > maxHeaderCount) {
      reply(
        server.refuse(
          new ObsError(
            "InvalidRequest",
            `The request has ${headerCount} headers; at most ${maxHeaderCount} are allowed.`,
            400,
          ),
        ),
      );
      return;
    }
    req.on("error", () => undefined);
    server
      // The raw list keeps every repeated header, which Node's `headers` would drop (a second Authorization).
      .handle({
        method,
        url,
        headers: unicodeHeaders(req.rawHeaders),
        body: hasBody(req.rawHeaders) ? (expectsContinue ? continuing(req, res) : req) : undefined,
        remoteAddress: req.socket.remoteAddress,
      })
      // The answer is written once the loop has read what else arrived (setImmediate runs after the
      // poll phase): requests that came in together are answered in one burst. Written one at a
      // time, each answer wakes a client that went to sleep meanwhile, which on loopback costs the
      // server more than a signed request's own work.
      .then((response) => setImmediate(writeAnswer, response))
      .catch(() => res.destroy());
    const writeAnswer = (response: ObsHttpResponse) => {
      try {
        reply(response);
      } catch {
        // handle() never rejects; this guards the socket if writing fails.
        res.destroy();
      }
    };
  };
}

/**
 * Writes a streamed answer as the socket takes it. A plain loop rather than `pipeline`: for the
 * many small objects a gateway passes on, a pipeline's own streams and abort signal cost more than
 * the bytes. A client that goes away ends the loop, which cancels the source.
 */
async function writeStream(body: AsyncIterable<Uint8Array>, res: ServerResponse): Promise<void> {
  for await (const chunk of body) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  res.end();
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** The raw header list, each value as the text its bytes encode (what a client signed). */
function unicodeHeaders(raw: string[]): string[] {
  for (let i = 1; i < raw.length; i += 2) raw[i] = headerText(raw[i] as string);
  return raw;
}

/** The answer's headers, each value in its wire form (UTF-8 bytes), which Node writes as they are. */
function utf8Headers(headers: Record<string, string>): Record<string, string> {
  for (const name in headers) headers[name] = headerBytes(headers[name] as string);
  return headers;
}

/** The body of a request that expects 100 Continue: it is sent when the body is first read. */
function continuing(req: IncomingMessage, res: ServerResponse): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      res.writeContinue();
      return req[Symbol.asyncIterator]();
    },
  };
}

/** Whether an HTTP/1.1 request has a body: a Transfer-Encoding, or a Content-Length other than 0. */
function hasBody(raw: readonly string[]): boolean {
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    // Compare lengths first: most names are neither.
    if (name.length === 17 && name.toLowerCase() === "transfer-encoding") return true;
    if (name.length === 14 && name.toLowerCase() === "content-length" && raw[i + 1] !== "0") return true;
  }
  return false;
}

/** S3 codes for what Node's HTTP parser refuses before a request exists. */
function parserError(code: string | undefined): ObsError {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return new ObsError("MaxMessageLengthExceeded", "The request line and headers exceed the allowed size.", 400);
    case "HPE_INVALID_METHOD":
      return new ObsError("MethodNotAllowed", "The request method is not allowed.", 405);
    case "ERR_HTTP_REQUEST_TIMEOUT":
    case "HPE_HEADER_TIMEOUT":
      return new ObsError("RequestTimeout", "The request was not received in time.", 400);
    default:
      return new ObsError(
        "BadRequest",
        "The request is not valid HTTP/1.1 (bad request line, header name or value).",
        400,
      );
  }
}

/** Writes an S3 error on a socket the parser gave up on, then closes it. */
function refuseSocket(server: ObsServer, error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const response = server.refuse(parserError(error.code));
  const reason = response.status === 405 ? "Method Not Allowed" : "Bad Request";
  const head = [
    `HTTP/1.1 ${response.status} ${reason}`,
    ...Object.entries(response.headers).map(([name, value]) => `${name}: ${value}`),
    "connection: close",
    "",
    "",
  ];
  socket.end(head.join("\r\n") + response.body);
}

/**
 * A `node:http` server for an ObsServer with S3's limits: 8 KB of request line and headers,
 * at most 100 headers, bounded time to receive them; what the parser refuses (a CR or LF in a
 * header value, an unknown method, oversized headers) still gets S3 error XML. A request
 * without Host is served path-style.
 */
export function createObsHttpServer(
  server: ObsServer,
  options: ObsHttpLimits & { onResponse?: ResponseLogger | undefined } = {},
): Server {
  const listener = createNodeListener(server, options.onResponse, options);
  const http = createServer(
    {
      maxHeaderSize: options.maxHeaderBytes ?? DEFAULT_LIMITS.maxHeaderBytes,
      requireHostHeader: false,
      headersTimeout: 20_000,
      // A body may take as long as it keeps coming (a 5 GiB part on a slow link): what is refused is
      // a connection that goes quiet (below), as S3's RequestTimeout is.
      requestTimeout: 0,
    },
    listener,
  );
  http.setTimeout(IDLE_TIMEOUT_MS);
  // Expect: 100-continue is answered when the operation reads the body: a request refused before
  // (authentication, access, a header) gets its error without the client sending the body.
  http.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => listener(req, res, true));
  // Count headers in the listener rather than have Node drop the extra ones silently.
  http.maxHeadersCount = 0;
  http.on("clientError", (error: Error & { code?: string }, socket: Duplex) => refuseSocket(server, error, socket));
  return http;
}
