// Copied from runtime/client/transport.ts by `npm run generate`: edit that file, not this one.
import {
  ObsError,
  renderXmlTree,
  type XmlNode,
  parseBooleanText,
  parseDecimalInteger,
  parseHttpDate,
  readJsonDocument,
  readXmlDocument,
  type JsonDocumentShape,
  type ObsRequest,
  type ValidationIssue,
  type XmlDocumentShape,
} from "@obs-toolkit/validator";
import {
  headerBytes,
  headerText,
  lowercaseHeaders,
  signV2,
  signV4,
  uriEncode,
  V2_SUBRESOURCES,
  type SignableRequest,
} from "@obs-toolkit/signing";
import { parseXmlDocument } from "../xml/parse-xml.js";
import { prepareBody } from "./body.js";
import { FormBody } from "./form.js";
import { nodeFetch } from "./http.js";
import { readXmlFields } from "./xml.js";

/** What a streamed request body may be given as. */
export type BodySource = Uint8Array | string | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** An input type whose streamed member `K` takes any BodySource (the server hands it over as an AsyncIterable). */
export type WithBodySource<T, K extends keyof T> = Omit<T, K> &
  (undefined extends T[K] ? { [P in K]?: BodySource } : { [P in K]: BodySource });

/** How the client reaches and authenticates to the service. */
export interface ObsClientConfig {
  /** Service endpoint, e.g. `https://obs.example.com` or `http://127.0.0.1:9000`. */
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string; securityToken?: string | undefined };
  /** V2 (`AWS AK:signature`) or V4 (`AWS4-HMAC-SHA256`). */
  signatureVersion: "v2" | "v4";
  /** The region V4 signatures are scoped to. Default `us-east-1`. */
  region?: string | undefined;
  /** Bucket in the host name (the default) or as the first path segment. */
  addressing?: "virtual-hosted" | "path" | undefined;
  /**
   * The fetch implementation. By default one on `node:http` that hands a body over as it was
   * sent (the built-in fetch decodes `Content-Encoding: gzip`, which an object's bytes are not
   * for the client to undo).
   */
  fetch?: typeof fetch | undefined;
  /** The clock used for signing; tests pin it. */
  now?: (() => Date) | undefined;
  /** Milliseconds one attempt may take, the response body included. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Attempts in all when the network fails, an attempt times out or the server answers 5xx; a 4xx never retries. Default 3. */
  maxAttempts?: number | undefined;
  /** The first retry's backoff; it doubles on each retry (capped at 20×) with full jitter. Default 100 ms. */
  retryDelayMs?: number | undefined;
  /**
   * How V4 signs a streamed body (one not given as bytes or a string): `unsigned` sends
   * `UNSIGNED-PAYLOAD` (the default); `chunked` sends aws-chunked chunks of 64 KiB, each signed
   * (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`). Bodies given as bytes follow `payloadSigning`.
   */
  streamSigning?: "unsigned" | "chunked" | undefined;
  /** Send `Content-MD5` with every body given as bytes (V2 always does). Default false. */
  contentMd5?: boolean | undefined;
  /**
   * How V4 signs a body given as bytes: `sha256` (the default) signs its SHA-256; `unsigned` sends
   * `UNSIGNED-PAYLOAD`, leaving integrity to Content-MD5 (`contentMd5`, or a call's own) — a hash
   * pass fewer on each side.
   */
  payloadSigning?: "sha256" | "unsigned" | undefined;
}

/** What one call may add to the client's configuration. */
export interface CallOptions {
  /** Cancels the call (and its retries); the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** The body's base64 MD5, when the caller has it: sent (and signed) as Content-MD5, so the server refuses damaged bytes. */
  contentMd5?: string | undefined;
  /**
   * The length of a body given as a stream, when the caller knows it: sent as Content-Length
   * (S3 wants one) rather than chunked. The default transport writes such a stream's chunks one
   * at a time, taking the next only once the last is written, so a chunk's buffer may be reused.
   */
  contentLength?: number | undefined;
}

/** Codes of the errors the client raises itself, with statusCode 0: no S3 answer came. */
export const CLIENT_ERROR_CODES = { network: "NetworkError", timeout: "TimeoutError" } as const;

/** What an operation asks the transport to send. */
export interface OutgoingRequest extends ObsRequest {
  method: string;
  /** Sub-resource flags, sent as `?flag`. */
  subresources: readonly string[];
  query: Readonly<Record<string, string | undefined>>;
  headers: Readonly<Record<string, string | undefined>>;
  /** An XML document to render (`{ root, namespace, content }`), a JSON value (`json`), or a BodySource to send. */
  payload?: unknown;
  /** The payload is a JSON value: its JSON text is sent. */
  json?: boolean | undefined;
  /** Hand a successful response's body over as a stream instead of reading it. */
  streamResponse?: boolean | undefined;
  /** The codes of error statuses answered without a body (a 304, any error of a HEAD), by status. */
  bodilessErrors?: Readonly<Record<number, string>> | undefined;
  /** The operation requires Content-MD5: send it whatever the configuration says. */
  contentMd5?: boolean | undefined;
  /** Statuses of 300 and above that are answers of the operation, not errors (a 303 redirect). */
  answers?: readonly number[] | undefined;
}

export interface IncomingResponse {
  status: number;
  headers: Headers;
  /** The body's text (empty when it is streamed). */
  body: string;
  /** The body, for operations whose response payload is a byte stream. */
  stream?: ReadableStream<Uint8Array> | undefined;
}

/** The URL, and the signable parts of it, for a request under the config's addressing style. */
export function buildTarget(
  config: ObsClientConfig,
  request: OutgoingRequest,
): { url: URL; path: string; query: SignableRequest["query"]; bucketPrefix: string } {
  const endpoint = new URL(config.endpoint);
  const bucket = request.bucket ?? "";
  const keyPath = request.key === undefined ? "" : uriEncode(request.key, true);
  const virtual = (config.addressing ?? "virtual-hosted") === "virtual-hosted" && bucket !== "";
  const base = endpoint.pathname.replace(/\/$/, "");
  const path = virtual ? `${base}/${keyPath}` : `${base}/${bucket}${bucket !== "" ? "/" : ""}${keyPath}`;
  // Sub-resource flags go out bare (`?uploads`), parameters as name=value.
  const query: SignableRequest["query"] = [
    ...request.subresources.map((flag) => [flag, ""] as const),
    ...Object.entries(request.query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ];
  const search = query
    .map(([name, value], index) =>
      index < request.subresources.length ? uriEncode(name) : `${uriEncode(name)}=${uriEncode(value)}`,
    )
    .join("&");
  const url = new URL(
    `${endpoint.protocol}//${virtual ? `${bucket}.` : ""}${endpoint.host}${path}${search ? `?${search}` : ""}`,
  );
  return { url, path, query, bucketPrefix: virtual ? `/${bucket}` : "" };
}

/**
 * Signs and sends a request; answers the response, or throws the S3 error it carries. Network
 * failures, timeouts and 5xx answers are retried with exponential backoff; 4xx answers never are.
 */
export async function send(
  config: ObsClientConfig,
  request: OutgoingRequest,
  options: CallOptions = {},
): Promise<IncomingResponse> {
  // A streamed body can be read once: such a request is sent once.
  const replayable =
    request.payload === undefined ||
    typeof request.payload === "string" ||
    request.payload instanceof Uint8Array ||
    (typeof Blob !== "undefined" && request.payload instanceof Blob) ||
    request.json === true ||
    isXmlPayload(request.payload) ||
    (request.payload instanceof FormBody && request.payload.size !== undefined);
  const maxAttempts = replayable ? Math.max(1, config.maxAttempts ?? 3) : 1;
  const baseDelay = config.retryDelayMs ?? 100;
  for (let attempt = 1; ; attempt++) {
    let response: IncomingResponse;
    try {
      options.signal?.throwIfAborted();
      response = await sendOnce(config, request, options);
    } catch (error) {
      const retryable =
        error instanceof ObsError &&
        (error.code === CLIENT_ERROR_CODES.network || error.code === CLIENT_ERROR_CODES.timeout) &&
        !options.signal?.aborted;
      if (!retryable || attempt >= maxAttempts)
        throw attempt > 1 && error instanceof ObsError ? afterAttempts(error, attempt) : error;
      await backoff(baseDelay, attempt);
      continue;
    }
    if (response.status >= 500 && attempt < maxAttempts) {
      await backoff(baseDelay, attempt);
      continue;
    }
    if (response.status >= 300 && !request.answers?.includes(response.status))
      throw errorFromResponse(response.status, response.headers, response.body, request.bodilessErrors);
    return response;
  }
}

/** Full jitter: a random wait up to base × 2^(attempt-1), capped at 20 × base. */
function backoff(baseDelay: number, attempt: number): Promise<void> {
  const ceiling = Math.min(baseDelay * 2 ** (attempt - 1), baseDelay * 20);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

function afterAttempts(error: ObsError, attempts: number): ObsError {
  return new ObsError(error.code, `${error.message} (after ${attempts} attempts)`, error.statusCode, {
    requestId: error.requestId,
    hostId: error.hostId,
    resource: error.resource,
    cause: error.cause,
  });
}

/** One signed attempt, bounded by the timeout from the request's start to the body's end. */
async function sendOnce(
  config: ObsClientConfig,
  request: OutgoingRequest,
  options: CallOptions,
): Promise<IncomingResponse> {
  const cancel = options.signal;
  const { url, path, query, bucketPrefix } = buildTarget(config, request);
  const headers = lowercaseHeaders(request.headers);
  headers["host"] = url.host;
  const now = (config.now ?? (() => new Date()))();
  const form = request.payload instanceof FormBody ? request.payload : undefined;
  const payload = request.json
    ? JSON.stringify(request.payload)
    : isXmlPayload(request.payload)
      ? renderXmlTree(request.payload.root, request.payload.namespace, request.payload.content)
      : form
        ? form.stream()
        : (request.payload as BodySource | undefined);
  if (options.contentMd5 !== undefined) headers["content-md5"] = options.contentMd5;
  if (options.contentLength !== undefined) headers["content-length"] = String(options.contentLength);
  // A form goes as a browser sends one: its own Content-Type, its length when known, never aws-chunked.
  if (form) {
    headers["content-type"] = form.contentType;
    if (form.size !== undefined) headers["content-length"] = String(form.size);
  }
  const bodyConfig = form ? { ...config, streamSigning: undefined } : config;
  const body = await prepareBody(
    payload,
    request.contentMd5 ? { ...bodyConfig, contentMd5: true } : bodyConfig,
    headers,
  );
  const unsigned: SignableRequest = { method: request.method, path, query, headers };
  let signed: SignableRequest;
  if (config.signatureVersion === "v4") {
    signed = signV4(unsigned, config.credentials, config.region ?? "us-east-1", "s3", now, body.payloadHash);
  } else {
    // x-amz-date rather than Date: the V2 page leaves the Date slot empty then, as AWS SDKs and s3rver do.
    headers["x-amz-date"] = now.toUTCString();
    signed = signV2(unsigned, config.credentials, bucketPrefix, V2_SUBRESOURCES);
  }
  const { host: _host, ...signedHeaders } = signed.headers;
  // Signed as text, sent as UTF-8 bytes (fetch refuses a character past U+00FF).
  const sendHeaders: Record<string, string> = {};
  for (const name in signedHeaders) sendHeaders[name] = headerBytes(signedHeaders[name] as string);
  const timeoutMs = config.timeoutMs ?? 30_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = cancel ? AbortSignal.any([cancel, timeout]) : timeout;
  const what = `${request.method} ${url.origin}${url.pathname}`;
  try {
    const init = {
      method: request.method,
      headers: sendHeaders,
      signal,
      body: body.send(signed),
      duplex: "half",
      // A 3xx is the operation's answer (a 303 after a form upload), never followed.
      redirect: "manual",
    } as RequestInit;
    const response = await (config.fetch ?? nodeFetch)(url, init);
    if (request.streamResponse && response.status < 300)
      return { status: response.status, headers: response.headers, body: "", stream: response.body ?? undefined };
    return { status: response.status, headers: response.headers, body: await response.text() };
  } catch (error) {
    // The caller's cancellation is theirs to see as it is; a timeout is ours.
    if (cancel?.aborted) throw cancel.reason;
    if (signal.aborted) {
      throw new ObsError(CLIENT_ERROR_CODES.timeout, `${what} took longer than ${timeoutMs} ms.`, 0, { cause: error });
    }
    const reason =
      error instanceof Error
        ? [error.message, (error.cause as Error | undefined)?.message].filter(Boolean).join(": ")
        : String(error);
    throw new ObsError(CLIENT_ERROR_CODES.network, `${what} failed before a complete response arrived: ${reason}.`, 0, {
      cause: error,
    });
  }
}

/**
 * The typed error an S3 error response carries; a body that is not an `<Error>` still gives one
 * (named by `bodilessCodes` when the spec says which code answers that status without a body).
 * The response's headers come along (a 304's ETag and Last-Modified).
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: string,
  bodilessCodes: Readonly<Record<number, string>> = {},
): ObsError {
  const fields = readXmlFields(body, "Error");
  const requestId = fields?.RequestId ?? headers.get("x-amz-request-id") ?? undefined;
  const hostId = fields?.HostId ?? headers.get("x-amz-id-2") ?? undefined;
  const code = fields?.Code ?? bodilessCodes[status] ?? `Http${status}`;
  const message = fields?.Message ?? `The server answered HTTP ${status} without an S3 error body.`;
  const all: Record<string, string> = {};
  headers.forEach((value, name) => (all[name] = value));
  return new ObsError(code, message, status, { requestId, hostId, resource: fields?.Resource, headers: all });
}

/** The error a client-side validation failure throws: the same code and status a server would answer. */
export function errorFromIssues(issues: readonly ValidationIssue[]): ObsError {
  const first = issues[0];
  return new ObsError(
    first?.code ?? "InvalidArgument",
    first?.message ?? "The request is invalid.",
    first?.status ?? 400,
  );
}

/** An XML payload the serializer built: the root, its namespace and the content. */
function isXmlPayload(payload: unknown): payload is { root: string; namespace: string | undefined; content: XmlNode } {
  return (
    payload !== null &&
    typeof payload === "object" &&
    !(payload instanceof Uint8Array) &&
    typeof (payload as { root?: unknown }).root === "string" &&
    "content" in payload
  );
}

const invalidResponse = (response: IncomingResponse, message: string) =>
  new ObsError("InvalidResponse", message, response.status, {
    requestId: response.headers.get("x-amz-request-id") ?? undefined,
  });

/** The status of a response, one of the operation's answers; another is an InvalidResponse. */
export function answerStatus<S extends number>(response: IncomingResponse, statuses: readonly S[]): S {
  const status = statuses.find((candidate) => candidate === response.status);
  if (status === undefined)
    throw invalidResponse(response, `The response's status ${response.status} is none of ${statuses.join(", ")}.`);
  return status;
}

/** The typed members of a response's XML document, or a typed error naming what is wrong with it. */
export function readXmlResponse<T extends object>(response: IncomingResponse, shape: XmlDocumentShape<T>): T {
  const document = parseXmlDocument(response.body);
  if (!document) throw invalidResponse(response, `The response body is not a well-formed <${shape.root}> document.`);
  const problems: string[] = [];
  const value = readXmlDocument(
    shape,
    document,
    "InvalidResponse",
    (_code, _target, message) => problems.push(message),
    true,
  );
  if (!value || problems.length > 0)
    throw invalidResponse(
      response,
      `The response body is not a complete <${shape.root}> document: ${problems.join(" ")}`,
    );
  return value;
}

/** A JSON response body read and checked against its document's shape; InvalidResponse when it is not one. */
export function readJsonResponse<T>(response: IncomingResponse, shape: JsonDocumentShape<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    throw invalidResponse(response, "The response body is not well-formed JSON.");
  }
  const problems: string[] = [];
  const value = readJsonDocument(shape, parsed, "InvalidResponse", (_code, _target, message) => problems.push(message));
  if (value === undefined) throw invalidResponse(response, problems.join(" "));
  return value;
}

/** Every response header starting with `prefix`, by the rest of its name (lowercase), in a prototype-free record. */
export function responsePrefixHeaders(response: IncomingResponse, prefix: string): Record<string, string> {
  const found = Object.create(null) as Record<string, string>;
  response.headers.forEach((value, name) => {
    if (name.length > prefix.length && name.startsWith(prefix)) found[name.slice(prefix.length)] = headerText(value);
  });
  return found;
}

/** What a response header's text is read as, by its kind. */
interface HeaderKinds {
  string: string;
  integer: number;
  boolean: boolean;
  timestamp: Date;
}

/**
 * A response header whose value is one of an enum's. Another value counts as none, as an
 * unreadable number does: a required header is then an InvalidResponse.
 */
export function responseEnumHeader<T extends string>(
  response: IncomingResponse,
  name: string,
  isValue: (text: string) => text is T,
  required: true,
): T;
export function responseEnumHeader<T extends string>(
  response: IncomingResponse,
  name: string,
  isValue: (text: string) => text is T,
  required: false,
): T | undefined;
export function responseEnumHeader<T extends string>(
  response: IncomingResponse,
  name: string,
  isValue: (text: string) => text is T,
  required: boolean,
): T | undefined {
  const text = responseHeader(response, name, "string", false);
  const value = text !== undefined && isValue(text) ? text : undefined;
  if (required && value === undefined) throw invalidResponse(response, `The response has no valid ${name} header.`);
  return value;
}

/** A response header as its type says; a required one that is missing or unreadable is an InvalidResponse. */
export function responseHeader<K extends keyof HeaderKinds>(
  response: IncomingResponse,
  name: string,
  kind: K,
  required: true,
): HeaderKinds[K];
export function responseHeader<K extends keyof HeaderKinds>(
  response: IncomingResponse,
  name: string,
  kind: K,
  required: false,
): HeaderKinds[K] | undefined;
export function responseHeader(
  response: IncomingResponse,
  name: string,
  kind: keyof HeaderKinds,
  required: boolean,
): HeaderKinds[keyof HeaderKinds] | undefined {
  const wire = response.headers.get(name);
  const text = wire === null ? undefined : headerText(wire);
  const value =
    text === undefined
      ? undefined
      : kind === "integer"
        ? parseDecimalInteger(text)
        : kind === "boolean"
          ? parseBooleanText(text)
          : kind === "timestamp"
            ? parseHttpDate(text)
            : text;
  if (required && value === undefined) throw invalidResponse(response, `The response has no valid ${name} header.`);
  return value;
}
