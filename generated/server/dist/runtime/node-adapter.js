// Copied from runtime/server/node-adapter.ts by `npm run generate`: edit that file, not this one.
import { createServer } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ObsError } from "@obs-toolkit/validator";
const DEFAULT_LIMITS = {
	maxHeaderBytes: 8192,
	maxHeaderCount: 100
};
/** What is read and dropped of a body the server answered before reading it, so the client sees the answer; past it the connection closes. */
const MAX_DISCARD_BYTES = 16 * 1024 * 1024;
/**
* A `node:http` request listener serving an ObsServer. The body is handed over as a stream, read
* as far as the operation needs it (`Expect: 100-continue` is answered by Node). Repeated headers
* are joined with commas (none is dropped, as Node would drop a second Authorization); too many
* headers answer an S3 error without reaching the operation.
*/
export function createNodeListener(server, onResponse, limits = {}) {
	const maxHeaderCount = limits.maxHeaderCount ?? DEFAULT_LIMITS.maxHeaderCount;
	return (req, res) => {
		const started = performance.now();
		const method = req.method ?? "GET";
		const url = req.url ?? "/";
		const reply = (response) => {
			if (res.headersSent || res.destroyed) return;
			// An answer given before the body arrived: drop the rest (bounded) and close. A body that has
			// arrived whole but was not read, Node discards itself once the answer is sent.
			if (!req.complete) {
				res.shouldKeepAlive = false;
				let discarded = 0;
				req.on("data", (chunk) => {
					discarded += chunk.length;
					if (discarded > MAX_DISCARD_BYTES) req.destroy();
				});
				req.resume();
			}
			res.writeHead(response.status, response.headers);
			const body = response.body;
			if (method === "HEAD" || typeof body === "string" || body instanceof Uint8Array) res.end(method === "HEAD" ? undefined : body);
			else pipeline(Readable.from(body), res).catch(() => res.destroy());
			onResponse?.(method, url, response.status, performance.now() - started);
		};
		const headerCount = req.rawHeaders.length / 2;
		if (headerCount > maxHeaderCount) {
			reply(server.refuse(new ObsError("InvalidRequest", `The request has ${headerCount} headers; at most ${maxHeaderCount} are allowed.`, 400)));
			return;
		}
		req.on("error", () => undefined);
		server.handle({
			method,
			url,
			headers: req.rawHeaders,
			body: hasBody(req.rawHeaders) ? req : undefined
		}).then(reply).catch(() => {
			// handle() never rejects; this guards the socket if writing fails.
			res.destroy();
		});
	};
}
/** Whether an HTTP/1.1 request has a body: a Transfer-Encoding, or a Content-Length other than 0. */
function hasBody(raw) {
	for (let i = 0; i + 1 < raw.length; i += 2) {
		const name = raw[i];
		// Compare lengths first: most names are neither.
		if (name.length === 17 && name.toLowerCase() === "transfer-encoding") return true;
		if (name.length === 14 && name.toLowerCase() === "content-length" && raw[i + 1] !== "0") return true;
	}
	return false;
}
/** S3 codes for what Node's HTTP parser refuses before a request exists. */
function parserError(code) {
	switch (code) {
		case "HPE_HEADER_OVERFLOW": return new ObsError("MaxMessageLengthExceeded", "The request line and headers exceed the allowed size.", 400);
		case "HPE_INVALID_METHOD": return new ObsError("MethodNotAllowed", "The request method is not allowed.", 405);
		case "ERR_HTTP_REQUEST_TIMEOUT":
		case "HPE_HEADER_TIMEOUT": return new ObsError("RequestTimeout", "The request was not received in time.", 400);
		default: return new ObsError("BadRequest", "The request is not valid HTTP/1.1 (bad request line, header name or value).", 400);
	}
}
/** Writes an S3 error on a socket the parser gave up on, then closes it. */
function refuseSocket(server, error, socket) {
	if (!socket.writable) return void socket.destroy();
	const response = server.refuse(parserError(error.code));
	const reason = response.status === 405 ? "Method Not Allowed" : "Bad Request";
	const head = [
		`HTTP/1.1 ${response.status} ${reason}`,
		...Object.entries(response.headers).map(([name, value]) => `${name}: ${value}`),
		"connection: close",
		"",
		""
	];
	socket.end(head.join("\r\n") + response.body);
}
/**
* A `node:http` server for an ObsServer with S3's limits: 8 KB of request line and headers,
* at most 100 headers, bounded time to receive them; what the parser refuses (a CR or LF in a
* header value, an unknown method, oversized headers) still gets S3 error XML. A request
* without Host is served path-style.
*/
export function createObsHttpServer(server, options = {}) {
	const http = createServer({
		maxHeaderSize: options.maxHeaderBytes ?? DEFAULT_LIMITS.maxHeaderBytes,
		requireHostHeader: false,
		headersTimeout: 2e4,
		requestTimeout: 6e4
	}, createNodeListener(server, options.onResponse, options));
	// Count headers in the listener rather than have Node drop the extra ones silently.
	http.maxHeadersCount = 0;
	http.on("clientError", (error, socket) => refuseSocket(server, error, socket));
	return http;
}
