// Copied from runtime/server/core.ts by `npm run generate`: edit that file, not this one.
import { ObsError } from "@obs-toolkit/validator";
import { emptyRecord, lowercaseHeaders } from "@obs-toolkit/signing";
import { authenticate } from "./auth.js";
import { decodePayload, readWholeBody } from "./body.js";
import { answer, beginExchange, errorAnswer } from "./respond.js";
import { createRouter } from "./routing.js";
import { parseTarget, resourceOf } from "./target.js";
/** The 501 for an operation the server has no handler for. */
export const notImplemented = (operation) => new ObsError("NotImplemented", `${operation} is not implemented by this server.`, 501);
/** `aws-chunked` is how a body travels, not how the object is encoded (`aws-chunked,gzip` is gzip): the headers without it. */
function withoutAwsChunked(headers) {
	const encoding = headers["content-encoding"];
	if (encoding === undefined || !/(^|,)\s*aws-chunked\s*(,|$)/i.test(encoding)) return headers;
	const rest = encoding.split(",").map((token) => token.trim()).filter((token) => token !== "" && token.toLowerCase() !== "aws-chunked").join(",");
	const copy = { ...headers };
	if (rest === "") delete copy["content-encoding"];
	else copy["content-encoding"] = rest;
	return copy;
}
/** The query as the validator reads it: each name's first value. */
function queryRecord(query) {
	const record = emptyRecord();
	for (const [name, value] of query) if (record[name] === undefined) record[name] = value;
	return record;
}
const levelOf = (bucket, key) => key !== undefined ? "object" : bucket !== undefined ? "bucket" : "service";
/**
* The framework-free server. A request flows through one stage after another, each a function of
* its own: the target (parseTarget), the route (routing.ts), the body read whole when the operation
* takes a document (body.ts), authentication (auth.ts), decoding and verifying the payload
* (body.ts, payload.ts), validation and the handler (the operation's generated route), and the
* answer (respond.ts). A stage refuses with an ObsError, which becomes the S3 error document.
*/
export function createServerCore(options, routes, settings) {
	const now = options.now ?? (() => new Date());
	const domains = options.domains ?? [];
	const maxXmlBodyBytes = options.maxXmlBodyBytes ?? 4 * 1024 * 1024;
	const authSettings = {
		credentials: options.credentials,
		allowAnonymous: options.allowAnonymous ?? false,
		...settings
	};
	const route = createRouter(routes);
	async function handle(request) {
		const exchange = beginExchange(now(), request.method === "HEAD");
		try {
			const headers = lowercaseHeaders(request.headers);
			const target = parseTarget(request.url, headers["host"], domains);
			exchange.resource = resourceOf(target);
			const operation = route(request.method, levelOf(target.bucket, target.key), target.query.map(([name]) => name), headers);
			if (!operation.implemented(options.handlers)) throw notImplemented(operation.id);
			const whole = await readWholeBody(operation.payload, request.body, headers, maxXmlBodyBytes);
			const caller = await authenticate({
				method: request.method,
				path: target.path,
				query: target.query,
				headers
			}, target.bucketPrefix, whole, exchange.receivedAt, authSettings);
			const checksums = {};
			const payload = await decodePayload(operation.payload, whole, request.body, headers, caller.signing, checksums);
			const outcome = await operation.run(options.handlers, {
				bucket: target.bucket,
				key: target.key,
				query: queryRecord(target.query),
				headers: withoutAwsChunked(headers),
				payload
			}, {
				requestId: exchange.requestId,
				accessKeyId: caller.accessKeyId,
				receivedAt: exchange.receivedAt,
				checksums
			});
			if (!outcome.ok) {
				const first = outcome.errors[0];
				throw new ObsError(first?.code ?? "InvalidArgument", first?.message ?? "Invalid argument.", first?.status ?? 400);
			}
			return answer(exchange, outcome.status, outcome.headers, outcome.body, now());
		} catch (error) {
			return errorAnswer(exchange, error, now());
		}
	}
	return {
		handle,
		refuse: (error) => errorAnswer(beginExchange(now(), false), error, now())
	};
}
