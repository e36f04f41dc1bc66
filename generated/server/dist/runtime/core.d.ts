import { ObsError, type ObsRequest, type ValidationIssue } from "@obs-toolkit/validator";
import { type CredentialsLookup } from "./auth.js";
import { type RequestBody, type RoutePayload } from "./body.js";
import { type ObsHttpResponse } from "./respond.js";
import { type RouteKey } from "./routing.js";
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
}
/** What an operation's route produces: the rules broken, or the response. */
export type RouteOutcome = {
	ok: false;
	errors: ValidationIssue[];
} | {
	ok: true;
	status: number;
	headers: Record<string, string | undefined>;
	body: string | Uint8Array | AsyncIterable<Uint8Array>;
};
/** One operation, as the generated server wires it: what routing reads of it (RouteKey), and how it runs. */
export interface Route<Handlers> extends RouteKey {
	/** A body sent to an operation that takes none answers UnexpectedContent. */
	payload: RoutePayload;
	/** Whether the handlers implement the operation (a missing handler answers 501 NotImplemented). */
	implemented(handlers: Handlers): boolean;
	run(handlers: Handlers, request: ObsRequest, context: RequestContext): Promise<RouteOutcome>;
}
/** The 501 for an operation the server has no handler for. */
export declare const notImplemented: (operation: string) => ObsError;
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
/**
* The framework-free server. A request flows through one stage after another, each a function of
* its own: the target (parseTarget), the route (routing.ts), the body read whole when the operation
* takes a document (body.ts), authentication (auth.ts), decoding and verifying the payload
* (body.ts, payload.ts), validation and the handler (the operation's generated route), and the
* answer (respond.ts). A stage refuses with an ObsError, which becomes the S3 error document.
*/
export declare function createServerCore<Handlers>(options: ObsServerOptions<Handlers>, routes: readonly Route<Handlers>[], settings: ServiceSettings): ObsServer;
