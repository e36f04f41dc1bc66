import { ObsError, type ObsRequest, type ValidationIssue, type XmlDocumentShape } from "@obs-toolkit/validator";
import { type SignableRequest } from "@obs-toolkit/signing";
/** What a streamed request body may be given as. */
export type BodySource = Uint8Array | string | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
/** An input type whose streamed member `K` takes any BodySource (the server hands it over as an AsyncIterable). */
export type WithBodySource<
	T,
	K extends keyof T
> = Omit<T, K> & (undefined extends T[K] ? { [P in K]?: BodySource } : { [P in K]: BodySource });
/** How the client reaches and authenticates to the service. */
export interface ObsClientConfig {
	/** Service endpoint, e.g. `https://obs.example.com` or `http://127.0.0.1:9000`. */
	endpoint: string;
	credentials: {
		accessKeyId: string;
		secretAccessKey: string;
		securityToken?: string | undefined;
	};
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
}
/** Codes of the errors the client raises itself, with statusCode 0: no S3 answer came. */
export declare const CLIENT_ERROR_CODES: {
	readonly network: "NetworkError";
	readonly timeout: "TimeoutError";
};
/** What an operation asks the transport to send. */
export interface OutgoingRequest extends ObsRequest {
	method: string;
	/** Sub-resource flags, sent as `?flag`. */
	subresources: readonly string[];
	query: Readonly<Record<string, string | undefined>>;
	headers: Readonly<Record<string, string | undefined>>;
	/** An XML document to render (`{ root, namespace, content }`), or a BodySource to send. */
	payload?: unknown;
	/** Hand a successful response's body over as a stream instead of reading it. */
	streamResponse?: boolean | undefined;
	/** The codes of error statuses answered without a body (a 304, any error of a HEAD), by status. */
	bodilessErrors?: Readonly<Record<number, string>> | undefined;
	/** The operation requires Content-MD5: send it whatever the configuration says. */
	contentMd5?: boolean | undefined;
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
export declare function buildTarget(config: ObsClientConfig, request: OutgoingRequest): {
	url: URL;
	path: string;
	query: SignableRequest["query"];
	bucketPrefix: string;
};
/**
* Signs and sends a request; answers the response, or throws the S3 error it carries. Network
* failures, timeouts and 5xx answers are retried with exponential backoff; 4xx answers never are.
*/
export declare function send(config: ObsClientConfig, request: OutgoingRequest, options?: CallOptions): Promise<IncomingResponse>;
/**
* The typed error an S3 error response carries; a body that is not an `<Error>` still gives one
* (named by `bodilessCodes` when the spec says which code answers that status without a body).
* The response's headers come along (a 304's ETag and Last-Modified).
*/
export declare function errorFromResponse(status: number, headers: Headers, body: string, bodilessCodes?: Readonly<Record<number, string>>): ObsError;
/** The error a client-side validation failure throws: the same code and status a server would answer. */
export declare function errorFromIssues(issues: readonly ValidationIssue[]): ObsError;
/** The typed members of a response's XML document, or a typed error naming what is wrong with it. */
export declare function readXmlResponse(response: IncomingResponse, shape: XmlDocumentShape): Record<string, unknown>;
/** Every response header starting with `prefix`, by the rest of its name (lowercase), in a prototype-free record. */
export declare function responsePrefixHeaders(response: IncomingResponse, prefix: string): Record<string, string>;
/** A response header as its type says; a required one that is missing or unreadable is an InvalidResponse. */
export declare function responseHeader(response: IncomingResponse, name: string, kind: "string" | "integer" | "boolean" | "timestamp", required: boolean): string | number | boolean | Date | undefined;
