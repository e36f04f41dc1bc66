import { createServer } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ObsError } from "@obs-toolkit/validator";
const DEFAULT_LIMITS = { maxHeaderBytes: 8192, maxHeaderCount: 100 };
const MAX_DISCARD_BYTES = 16 * 1024 * 1024;
export function createNodeListener(server, onResponse, limits = {}) {
    const maxHeaderCount = limits.maxHeaderCount ?? DEFAULT_LIMITS.maxHeaderCount;
    return (req, res) => {
        const started = performance.now();
        const method = req.method ?? "GET";
        const url = req.url ?? "/";
        const reply = (response) => {
            if (res.headersSent || res.destroyed)
                return;
            if (!req.readableEnded) {
                res.shouldKeepAlive = false;
                let discarded = 0;
                req.on("data", (chunk) => {
                    discarded += chunk.length;
                    if (discarded > MAX_DISCARD_BYTES)
                        req.destroy();
                });
                req.resume();
            }
            res.writeHead(response.status, response.headers);
            const body = response.body;
            if (method === "HEAD" || typeof body === "string" || body instanceof Uint8Array)
                res.end(method === "HEAD" ? undefined : body);
            else
                pipeline(Readable.from(body), res).catch(() => res.destroy());
            onResponse?.(method, url, response.status, performance.now() - started);
        };
        const headerCount = req.rawHeaders.length / 2;
        if (headerCount > maxHeaderCount) {
            reply(server.refuse(new ObsError("InvalidRequest", `The request has ${headerCount} headers; at most ${maxHeaderCount} are allowed.`, 400)));
            return;
        }
        req.on("error", () => undefined);
        server
            .handle({ method, url, headers: req.headersDistinct, body: req })
            .then(reply)
            .catch(() => {
            res.destroy();
        });
    };
}
function parserError(code) {
    switch (code) {
        case "HPE_HEADER_OVERFLOW":
            return new ObsError("MaxMessageLengthExceeded", "The request line and headers exceed the allowed size.", 400);
        case "HPE_INVALID_METHOD":
            return new ObsError("MethodNotAllowed", "The request method is not allowed.", 405);
        case "ERR_HTTP_REQUEST_TIMEOUT":
        case "HPE_HEADER_TIMEOUT":
            return new ObsError("RequestTimeout", "The request was not received in time.", 400);
        default:
            return new ObsError("BadRequest", "The request is not valid HTTP/1.1 (bad request line, header name or value).", 400);
    }
}
function refuseSocket(server, error, socket) {
    if (!socket.writable)
        return void socket.destroy();
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
export function createObsHttpServer(server, options = {}) {
    const http = createServer({
        maxHeaderSize: options.maxHeaderBytes ?? DEFAULT_LIMITS.maxHeaderBytes,
        requireHostHeader: false,
        headersTimeout: 20_000,
        requestTimeout: 60_000,
    }, createNodeListener(server, options.onResponse, options));
    http.maxHeadersCount = 0;
    http.on("clientError", (error, socket) => refuseSocket(server, error, socket));
    return http;
}
