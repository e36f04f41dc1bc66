// Copied from runtime/client/http.ts by `npm run generate`: edit that file, not this one.
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
// One keep-alive pool per protocol for every client of the process, as the AWS SDK's handler keeps.
const agents = {
	"http:": new HttpAgent({ keepAlive: true }),
	"https:": new HttpsAgent({ keepAlive: true })
};
/** Statuses and methods whose answer has no body (a Response refuses one). */
const bodiless = (status, method) => method === "HEAD" || status === 204 || status === 304;
/**
* The transport's default `fetch`, on `node:http`: the bytes of a response come as the server
* sent them. The built-in fetch decodes a `Content-Encoding: gzip` body (and fails on one that is
* not gzip at all, as `response-content-encoding=x-gzip` makes it), which is not what an object
* store's client may do: S3 clients hand over the stored bytes.
*/
export const nodeFetch = (input, init = {}) => {
	const url = new URL(input instanceof Request ? input.url : String(input));
	const method = init.method ?? "GET";
	const headers = {};
	new Headers(init.headers).forEach((value, name) => headers[name] = value);
	const send = url.protocol === "https:" ? httpsRequest : httpRequest;
	return new Promise((resolve, reject) => {
		const request = send(url, {
			method,
			headers,
			agent: url.protocol === "https:" ? agents["https:"] : agents["http:"],
			signal: init.signal ?? undefined
		});
		request.on("error", reject);
		request.on("response", (message) => {
			const answer = new Headers();
			for (const [name, value] of Object.entries(message.headers)) if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(", ") : value);
			const status = message.statusCode ?? 500;
			if (bodiless(status, method)) message.resume();
			const body = bodiless(status, method) ? null : Readable.toWeb(message);
			resolve(new Response(body, {
				status,
				statusText: message.statusMessage,
				headers: answer
			}));
		});
		const body = init.body;
		// A Blob's length is known: send it rather than chunks (S3 servers want a Content-Length).
		if (typeof Blob !== "undefined" && body instanceof Blob && headers["content-length"] === undefined) request.setHeader("content-length", String(body.size));
		if (body === undefined || body === null) request.end();
		else if (body instanceof Uint8Array) request.end(body);
		else {
			const source = typeof Blob !== "undefined" && body instanceof Blob ? Readable.fromWeb(body.stream()) : Readable.from(body);
			source.on("error", (error) => request.destroy(error));
			source.pipe(request);
		}
	});
};
