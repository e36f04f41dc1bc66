// Copied from runtime/server/core.ts by `npm run generate`: edit that file, not this one.
import { randomBytes } from "node:crypto";
import { ObsError, errorStatus } from "@obs-toolkit/validator";
import { lowercaseHeaders } from "@obs-toolkit/signing";
import { parseXmlDocument } from "../xml/parse-xml.js";
import { authenticate } from "./auth.js";
import { collect, verifiedPayload } from "./payload.js";
import { selectRoute } from "./routing.js";
import { renderXmlDocument } from "./xml.js";
/** The 501 for an operation the server has no handler for. */
export const notImplemented = (operation) => new ObsError("NotImplemented", `${operation} is not implemented by this server.`, 501);
const unexpectedContent = () => new ObsError("UnexpectedContent", "This request does not support content.", 400);
/** A request body as a stream, whatever form the HTTP layer gave it in. */
function bodyStream(body) {
	if (body === undefined) return [];
	return body instanceof Uint8Array ? [body] : body;
}
/** The headers with `aws-chunked` taken out of Content-Encoding (the header gone when nothing is left). */
function withContentEncoding(headers, encoding) {
	const rest = encoding.split(",").map((token) => token.trim()).filter((token) => token !== "" && token.toLowerCase() !== "aws-chunked").join(",");
	const copy = { ...headers };
	if (rest === "") delete copy["content-encoding"];
	else copy["content-encoding"] = rest;
	return copy;
}
/** Splits the request target into bucket, key and query, for virtual-hosted or path-style addressing. */
function parseTarget(url, host, domains) {
	const queryAt = url.indexOf("?");
	const path = queryAt < 0 ? url : url.slice(0, queryAt);
	if (!path.startsWith("/")) throw new ObsError("InvalidURI", "The request URI must be an absolute path.", 400);
	const rawQuery = queryAt < 0 ? "" : url.slice(queryAt + 1);
	const decode = (text) => {
		try {
			return decodeURIComponent(text);
		} catch {
			throw new ObsError("InvalidURI", "The specified URI cannot be parsed: bad percent-encoding.", 400);
		}
	};
	const query = rawQuery.split("&").filter((part) => part !== "").map((part) => {
		const eq = part.indexOf("=");
		return eq < 0 ? [decode(part.replace(/\+/g, " ")), ""] : [decode(part.slice(0, eq).replace(/\+/g, " ")), decode(part.slice(eq + 1).replace(/\+/g, " "))];
	});
	const hostname = (host ?? "").toLowerCase().replace(/:\d+$/, "");
	const domain = domains.find((d) => hostname.endsWith(`.${d.toLowerCase()}`));
	if (domain) {
		const bucket = hostname.slice(0, hostname.length - domain.length - 1);
		const key = path.length > 1 ? decode(path.slice(1)) : undefined;
		return {
			bucket,
			key,
			bucketPrefix: `/${bucket}`,
			path,
			query
		};
	}
	const slash = path.indexOf("/", 1);
	const bucket = path.length > 1 ? decode(slash < 0 ? path.slice(1) : path.slice(1, slash)) : undefined;
	const key = slash >= 0 && slash < path.length - 1 ? decode(path.slice(slash + 1)) : undefined;
	return {
		bucket,
		key,
		bucketPrefix: "",
		path,
		query
	};
}
// Request ids identify, they need not be secret: a random per-process prefix and a counter,
// rather than fresh random bytes per request (which cost a system call each).
const ID_PREFIX = randomBytes(8).toString("hex").toUpperCase();
const HOST_ID = randomBytes(32).toString("base64");
let requestCounter = 0;
const newRequestId = () => ID_PREFIX + (++requestCounter).toString(16).toUpperCase().padStart(16, "0");
const newHostId = () => HOST_ID;
/** The framework-free server: route, authenticate, validate, call the handler, render. */
export function createServerCore(options, routes, settings) {
	const now = options.now ?? (() => new Date());
	const domains = options.domains ?? [];
	const maxXmlBodyBytes = options.maxXmlBodyBytes ?? 4 * 1024 * 1024;
	const respond = (status, headers, body, requestId, hostId, headOnly = false) => {
		const out = {};
		for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = value;
		out["x-amz-request-id"] = requestId;
		out["x-amz-id-2"] = hostId;
		out["date"] = now().toUTCString();
		out["server"] = "OBS";
		if (typeof body === "string" && body !== "" && out["content-type"] === undefined) out["content-type"] = "application/xml";
		const bodiless = status === 204 || status === 304;
		// 204 and 304 carry no Content-Length; a stream is sent chunked unless its length is known; a
		// HEAD answers the length its GET would have (the handler's), with no body.
		if (!bodiless && (typeof body === "string" || body instanceof Uint8Array) && !(headOnly && out["content-length"])) out["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.length);
		if (bodiless) delete out["content-length"];
		return {
			status,
			headers: out,
			body: bodiless ? "" : body
		};
	};
	const errorResponse = (error, resource, requestId, hostId) => {
		// A bodiless answer (304) is its headers alone.
		if (error.statusCode === 304) return respond(304, error.headers, "", requestId, hostId);
		const body = renderXmlDocument("Error", undefined, [
			["Code", error.code],
			["Message", error.message],
			["Resource", resource],
			["RequestId", requestId],
			["HostId", hostId]
		]);
		return respond(error.statusCode, error.headers, body, requestId, hostId);
	};
	return {
		refuse: (error) => errorResponse(error, "/", newRequestId(), newHostId()),
		async handle(request) {
			const requestId = newRequestId();
			const hostId = newHostId();
			const receivedAt = now();
			let resource = "/";
			try {
				const headers = lowercaseHeaders(request.headers);
				const target = parseTarget(request.url, headers["host"], domains);
				resource = target.bucket === undefined ? "/" : `/${target.bucket}${target.key === undefined ? "" : `/${target.key}`}`;
				const route = selectRoute(routes, request.method, target.key !== undefined ? "object" : target.bucket !== undefined ? "bucket" : "service", new Set(target.query.map(([name]) => name)), headers);
				if (!route.implemented(options.handlers)) throw notImplemented(route.id);
				const raw = bodyStream(request.body);
				const tooLarge = () => new ObsError("MaxMessageLengthExceeded", `The request body exceeds ${maxXmlBodyBytes} bytes.`, 400);
				// A body the operation reads whole is read before authentication (V4 may sign its hash without declaring it).
				const buffered = route.payload.kind === "blob" ? undefined : await collect(raw, maxXmlBodyBytes, route.payload.kind === "none" ? unexpectedContent : tooLarge);
				// A plain body where none is taken is refused before anything else (an aws-chunked one may decode to nothing).
				if (route.payload.kind === "none" && buffered && buffered.length > 0 && !headers["x-amz-content-sha256"]?.startsWith("STREAMING-")) throw unexpectedContent();
				const signable = {
					method: request.method,
					path: target.path,
					query: target.query,
					headers
				};
				const auth = await authenticate(signable, target.bucketPrefix, buffered, receivedAt, {
					credentials: options.credentials,
					allowAnonymous: options.allowAnonymous ?? false,
					...settings
				});
				const limits = route.payload.kind === "blob" ? {
					maxBytes: route.payload.maxBytes,
					tooLarge: route.payload.tooLarge
				} : {};
				const checksums = {};
				const body = verifiedPayload(buffered ? [buffered] : raw, headers, auth.signing, limits, checksums);
				let payload;
				if (route.payload.kind === "blob") payload = body;
				else {
					const bytes = await collect(body, maxXmlBodyBytes, tooLarge);
					if (route.payload.kind === "none" && bytes.length > 0) throw unexpectedContent();
					if (route.payload.kind === "xml" && bytes.length > 0) {
						payload = parseXmlDocument(bytes.toString("utf8"));
						if (payload === undefined) throw new ObsError(route.payload.error, "The XML you provided was not well-formed or did not validate against our published schema.", 400);
					}
				}
				const query = Object.create(null);
				for (const [name, value] of target.query) if (!(name in query)) query[name] = value;
				// `aws-chunked` is how the body travels, not how the object is encoded (`aws-chunked,gzip` is gzip).
				const encoding = headers["content-encoding"];
				const memberHeaders = encoding !== undefined && /(^|,)\s*aws-chunked\s*(,|$)/i.test(encoding) ? withContentEncoding(headers, encoding) : headers;
				const outcome = await route.run(options.handlers, {
					bucket: target.bucket,
					key: target.key,
					query,
					headers: memberHeaders,
					payload
				}, {
					requestId,
					accessKeyId: auth.accessKeyId,
					receivedAt,
					checksums
				});
				if (!outcome.ok) {
					const first = outcome.errors[0];
					throw new ObsError(first?.code ?? "InvalidArgument", first?.message ?? "Invalid argument.", first?.status ?? 400);
				}
				return respond(outcome.status, outcome.headers, outcome.body, requestId, hostId, request.method === "HEAD");
			} catch (error) {
				if (error instanceof ObsError) {
					// A handler may throw an ObsError with only a code: take the status from the catalog.
					const status = error.statusCode >= 300 ? error.statusCode : errorStatus(error.code);
					return errorResponse(status === error.statusCode ? error : new ObsError(error.code, error.message, status), resource, requestId, hostId);
				}
				return errorResponse(new ObsError("InternalError", "We encountered an internal error. Please try again.", 500), resource, requestId, hostId);
			}
		}
	};
}
