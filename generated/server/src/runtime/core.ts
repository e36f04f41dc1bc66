// Copied from runtime/server/core.ts by `npm run generate`: edit that file, not this one.
import { ObsError, type ObsRequest, type ValidationIssue } from "@obs-toolkit/validator";
import { emptyRecord, lowercaseHeaders } from "@obs-toolkit/signing";
import { authenticate, type CredentialsLookup } from "./auth.js";
import { decodePayload, readWholeBody, type RequestBody, type RoutePayload } from "./body.js";
import { answer, beginExchange, errorAnswer, type ObsHttpResponse } from "./respond.js";
import { createRouter, type Level, type RouteKey } from "./routing.js";
import { parseTarget, resourceOf } from "./target.js";

export type { ObsHttpResponse } from "./respond.js";
export type { RoutePayload } from "./body.js";

/** An HTTP request, framework-free. */
export interface ObsHttpRequest {
  method: string;
  /** The request target as received: percent-encoded path and query. */
  url: string;
  /** By name in any case (a repeated header's values as a list), or as a raw list `[name, value, …]` (Node's `rawHeaders`). */
  headers: Readonly<Record<string, string | readonly string[] | undefined>> | readonly string[];
  /** The body: bytes, or a stream read only as far as the operation needs (never buffered whole for a streamed payload). */
  body?: RequestBody;
  /** The client's IP address, when the transport knows it. */
  remoteAddress?: string | undefined;
}

/** What a handler learns about the request besides its typed input. */
export interface RequestContext {
  requestId: string;
  /** The authenticated access key, or undefined for an allowed anonymous request. */
  accessKeyId: string | undefined;
  receivedAt: Date;
  /**
   * The flexible checksums (`x-amz-checksum-crc32`…, base64) the request body was verified
   * against, by header name: filled once the handler has read the whole body and it matched.
   */
  checksums: Readonly<Record<string, string>>;
  /** The client's IP address, when the transport knows it (a policy's aws:SourceIp). */
  remoteAddress: string | undefined;
  /**
   * The body as the client declared it, for a handler that passes a streamed body on: its length
   * (x-amz-decoded-content-length under aws-chunked, else Content-Length) and its Content-MD5.
   */
  declaredBody: { length: number | undefined; md5: string | undefined };
}

/** What a call to a backend (`ObsBackend`) carries of the request it serves: a streamed body's declared length and MD5. */
export interface BackendCallOptions {
  contentLength?: number | undefined;
  contentMd5?: string | undefined;
}

/** The options of a backend call that passes a streamed body on: the length and MD5 its client declared. */
export function streamedBodyOptions(context: RequestContext): BackendCallOptions {
  return { contentLength: context.declaredBody.length, contentMd5: context.declaredBody.md5 };
}

/** What an operation's route produces: the rules broken, or the response. */
export type RouteOutcome =
  | { ok: false; errors: ValidationIssue[] }
  | {
      ok: true;
      status: number;
      headers: Record<string, string | undefined>;
      body: string | Uint8Array | AsyncIterable<Uint8Array>;
    };

/** One operation, as the generated server wires it: what routing reads of it (RouteKey), and how it runs. */
export interface Route<Handlers> extends RouteKey {
  /** A body sent to an operation that takes none answers UnexpectedContent. */
  payload: RoutePayload;
  /** The operation is not authenticated (a CORS preflight): its handler sees no access key. */
  anonymous?: boolean;
  /** Whether the handlers implement the operation (a missing handler answers 501 NotImplemented). */
  implemented(handlers: Handlers): boolean;
  run(handlers: Handlers, request: ObsRequest, context: RequestContext): Promise<RouteOutcome>;
}

/** The 501 for an operation the server has no handler for. */
export const notImplemented = (operation: string): ObsError =>
  new ObsError("NotImplemented", `${operation} is not implemented by this server.`, 501);

export interface ObsServerOptions<Handlers> {
  handlers: Handlers;
  /** Looks up access keys; without it every signed request answers InvalidAccessKeyId. */
  credentials?: CredentialsLookup | undefined;
  /** Service domains for virtual-hosted addressing (`obs.example.com`); path-style always works. */
  domains?: readonly string[] | undefined;
  /** Let requests without Authorization through (the handler sees accessKeyId undefined). Default false. */
  allowAnonymous?: boolean | undefined;
  /** The server's clock; tests pin it. */
  now?: (() => Date) | undefined;
  /** Bytes of an XML request body (or of a body sent where none is taken) read at most; more answers MaxMessageLengthExceeded. Default 4 MiB. */
  maxXmlBodyBytes?: number | undefined;
  /**
   * Access control, after authentication and before the body is decoded or the request validated
   * (as S3 refuses a request it does not allow before looking at what it says): throw an ObsError
   * (AccessDenied) to refuse. `operation` is the operationId; the rest is the request as received.
   */
  authorize?:
    | ((request: {
        operation: string;
        bucket: string | undefined;
        key: string | undefined;
        query: Readonly<Record<string, string>>;
        headers: Readonly<Record<string, string>>;
        accessKeyId: string | undefined;
        remoteAddress: string | undefined;
      }) => void)
    | undefined;
  /**
   * Headers to add to every answer, success or error, from the request (a bucket's CORS headers
   * for an `Origin`): the last stage. `bucket` and `key` are undefined when the target could not be read.
   */
  answerHeaders?:
    | ((request: {
        method: string;
        bucket: string | undefined;
        key: string | undefined;
        headers: Readonly<Record<string, string>>;
      }) => Record<string, string> | undefined)
    | undefined;
}

export interface ServiceSettings {
  maxClockSkewSeconds: number;
  service: string;
  /** The query keys that name a resource of their own (the spec's `x-obs-routing`). */
  subResources: readonly string[];
}

export interface ObsServer {
  /** Answers one request; never throws. */
  handle(request: ObsHttpRequest): Promise<ObsHttpResponse>;
  /** The S3 error response for a request the HTTP layer refuses before `handle` (too large, malformed…). */
  refuse(error: ObsError): ObsHttpResponse;
}

/** `aws-chunked` is how a body travels, not how the object is encoded (`aws-chunked,gzip` is gzip): the headers without it. */
function withoutAwsChunked(headers: Record<string, string>): Record<string, string> {
  const encoding = headers["content-encoding"];
  if (encoding === undefined || !/(^|,)\s*aws-chunked\s*(,|$)/i.test(encoding)) return headers;
  const rest = encoding
    .split(",")
    .map((token) => token.trim())
    .filter((token) => token !== "" && token.toLowerCase() !== "aws-chunked")
    .join(",");
  // A copy that keeps the headers' record kind: no prototype chain, whatever the names.
  const copy = Object.assign(emptyRecord<string>(), headers);
  if (rest === "") delete copy["content-encoding"];
  else copy["content-encoding"] = rest;
  return copy;
}

/** The query as the validator reads it: each name's first value. */
function queryRecord(query: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const record = emptyRecord<string>();
  for (const [name, value] of query) if (record[name] === undefined) record[name] = value;
  return record;
}

/** What the first stages read of a request: its lowercase headers, and its target when it parsed. */
interface RequestRead {
  headers?: Record<string, string>;
  target?: ReturnType<typeof parseTarget>;
}

const levelOf = (bucket: string | undefined, key: string | undefined): Level =>
  key !== undefined ? "object" : bucket !== undefined ? "bucket" : "service";

/**
 * The framework-free server. A request flows through one stage after another, each a function of
 * its own: the target (parseTarget), the route (routing.ts), the body read whole when the operation
 * takes a document (body.ts), authentication (auth.ts), decoding and verifying the payload
 * (body.ts, payload.ts), validation and the handler (the operation's generated route), and the
 * answer (respond.ts). A stage refuses with an ObsError, which becomes the S3 error document.
 */
export function createServerCore<Handlers>(
  options: ObsServerOptions<Handlers>,
  routes: readonly Route<Handlers>[],
  settings: ServiceSettings,
): ObsServer {
  const now = options.now ?? (() => new Date());
  const domains = options.domains ?? [];
  const maxXmlBodyBytes = options.maxXmlBodyBytes ?? 4 * 1024 * 1024;
  const authSettings = {
    credentials: options.credentials,
    allowAnonymous: options.allowAnonymous ?? false,
    maxClockSkewSeconds: settings.maxClockSkewSeconds,
    service: settings.service,
  };
  const route = createRouter(routes, settings.subResources);

  async function handle(request: ObsHttpRequest): Promise<ObsHttpResponse> {
    if (!options.answerHeaders) return respond(request, undefined);
    const read: RequestRead = {};
    const response = await respond(request, read);
    if (!read.headers) return response;
    const added = options.answerHeaders({
      method: request.method,
      bucket: read.target?.bucket,
      key: read.target?.key,
      headers: read.headers,
    });
    return added ? { ...response, headers: { ...response.headers, ...added } } : response;
  }

  /** The stages in order; `read`, when given, keeps the headers and target as they were read, for the answer's headers. */
  async function respond(request: ObsHttpRequest, read: RequestRead | undefined): Promise<ObsHttpResponse> {
    const exchange = beginExchange(now(), request.method === "HEAD");
    try {
      const headers = lowercaseHeaders(request.headers);
      if (read) read.headers = headers;
      const target = parseTarget(request.url, headers["host"], domains);
      if (read) read.target = target;
      exchange.resource = resourceOf(target);
      const operation = route(
        request.method,
        levelOf(target.bucket, target.key),
        target.query.map(([name]) => name),
        headers,
      );
      if (!operation.implemented(options.handlers)) throw notImplemented(operation.id);
      const whole = await readWholeBody(operation.payload, request.body, headers, maxXmlBodyBytes);
      const caller = operation.anonymous
        ? { accessKeyId: undefined, signing: undefined }
        : await authenticate(
            { method: request.method, path: target.path, query: target.query, headers },
            target.bucketPrefix,
            whole,
            exchange.receivedAt,
            authSettings,
          );
      const query = queryRecord(target.query);
      options.authorize?.({
        operation: operation.id,
        bucket: target.bucket,
        key: target.key,
        query,
        headers,
        accessKeyId: caller.accessKeyId,
        remoteAddress: request.remoteAddress,
      });
      const checksums: Record<string, string> = {};
      const payload = await decodePayload(operation.payload, whole, request.body, headers, caller.signing, checksums);
      const outcome = await operation.run(
        options.handlers,
        {
          bucket: target.bucket,
          key: target.key,
          query,
          headers: withoutAwsChunked(headers),
          payload,
        },
        {
          requestId: exchange.requestId,
          accessKeyId: caller.accessKeyId,
          receivedAt: exchange.receivedAt,
          checksums,
          remoteAddress: request.remoteAddress,
          // Read only by a handler that passes a streamed body on: worked out when asked.
          get declaredBody() {
            return declaredBody(headers);
          },
        },
      );
      if (!outcome.ok) {
        const first = outcome.errors[0];
        throw new ObsError(
          first?.code ?? "InvalidArgument",
          first?.message ?? "Invalid argument.",
          first?.status ?? 400,
        );
      }
      return answer(exchange, outcome.status, outcome.headers, outcome.body, now());
    } catch (error) {
      return errorAnswer(exchange, error, now());
    }
  }

  return {
    handle,
    refuse: (error) => errorAnswer(beginExchange(now(), false), error, now()),
  };
}

/** The body's length and MD5 as the request's headers declare them. */
function declaredBody(headers: Readonly<Record<string, string>>): RequestContext["declaredBody"] {
  const length = headers["x-amz-decoded-content-length"] ?? headers["content-length"];
  return {
    length: length !== undefined && /^\d{1,15}$/.test(length) ? Number(length) : undefined,
    md5: headers["content-md5"],
  };
}
