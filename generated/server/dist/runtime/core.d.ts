import { ObsError, type ObsRequest, type ValidationIssue } from "@obs-toolkit/validator";
import { type CredentialsLookup } from "./auth.js";
/** An HTTP request, framework-free. */
export interface ObsHttpRequest {
  method: string;
  /** The request target as received: percent-encoded path and query. */
  url: string;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  body?: Uint8Array | undefined;
}
/** An HTTP response, framework-free. */
export interface ObsHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
/** What a handler learns about the request besides its typed input. */
export interface RequestContext {
  requestId: string;
  /** The authenticated access key, or undefined for an allowed anonymous request. */
  accessKeyId: string | undefined;
  receivedAt: Date;
}
/** What an operation's route produces: the rules broken, or the response. */
export type RouteOutcome =
  | {
      ok: false;
      errors: ValidationIssue[];
    }
  | {
      ok: true;
      status: number;
      headers: Record<string, string | undefined>;
      body: string;
    };
/** One operation, as the generated server wires it. */
export interface Route<Handlers> {
  id: string;
  method: string;
  /** Query flags that select the operation (`uploads`). */
  subresources: readonly string[];
  /** Whether the operation addresses an object (a key) rather than the bucket. */
  hasKey: boolean;
  /** Whether the operation takes a request body; a body sent to one that does not answers UnexpectedContent. */
  acceptsBody: boolean;
  run(handlers: Handlers, request: ObsRequest, context: RequestContext): Promise<RouteOutcome>;
}
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
}
export interface ServiceSettings {
  maxClockSkewSeconds: number;
  service: string;
}
export interface ObsServer {
  /** Answers one request; never throws. */
  handle(request: ObsHttpRequest): Promise<ObsHttpResponse>;
  /** The S3 error response for a request the HTTP layer refuses before `handle` (too large, malformed…). */
  refuse(error: ObsError): ObsHttpResponse;
}
/** The framework-free server: route, authenticate, validate, call the handler, render. */
export declare function createServerCore<Handlers>(
  options: ObsServerOptions<Handlers>,
  routes: readonly Route<Handlers>[],
  settings: ServiceSettings,
): ObsServer;
