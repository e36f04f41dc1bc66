// Copied from runtime/signing/sigv4.ts by `npm run generate`: edit that file, not this one.
import { hmac, sha256Hex, uriEncode } from "./encoding.js";
export const EMPTY_PAYLOAD_SHA256 = sha256Hex("");
export const V4_ALGORITHM = "AWS4-HMAC-SHA256";
export function scopeString(scope) {
	return `${scope.date}/${scope.region}/${scope.service}/aws4_request`;
}
/** `Date` → `YYYYMMDDTHHMMSSZ`. */
export function amzDate(date) {
	return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
/** `YYYYMMDDTHHMMSSZ` → Date, or undefined when malformed. */
export function parseAmzDate(value) {
	const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
	if (!match) return undefined;
	const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
	return Number.isNaN(date.getTime()) ? undefined : date;
}
export function canonicalQuery(query) {
	return query.map(([name, value]) => [uriEncode(name), uriEncode(value)]).sort(([a, av], [b, bv]) => a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0).map(([name, value]) => `${name}=${value}`).join("&");
}
/** The canonical request of the V4 Common Request page, over the named signed headers. */
export function canonicalRequestV4(request, signedHeaders, payloadHash) {
	const headers = signedHeaders.map((name) => `${name}:${(request.headers[name] ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
	return [
		request.method,
		request.path,
		canonicalQuery(request.query),
		headers,
		signedHeaders.join(";"),
		payloadHash
	].join("\n");
}
// The key changes once a day per secret, region and service: keep the latest few.
const signingKeys = new Map();
export function signingKeyV4(secretAccessKey, scope) {
	const id = `${scope.date}/${scope.region}/${scope.service}/${secretAccessKey}`;
	const cached = signingKeys.get(id);
	if (cached) return cached;
	const key = deriveSigningKeyV4(secretAccessKey, scope);
	if (signingKeys.size >= 64) signingKeys.delete(signingKeys.keys().next().value);
	signingKeys.set(id, key);
	return key;
}
function deriveSigningKeyV4(secretAccessKey, scope) {
	const dateKey = hmac(`AWS4${secretAccessKey}`, scope.date);
	const regionKey = hmac(dateKey, scope.region);
	const serviceKey = hmac(regionKey, scope.service);
	return hmac(serviceKey, "aws4_request");
}
export function signatureV4(secretAccessKey, scope, timestamp, canonicalRequest) {
	const stringToSign = [
		V4_ALGORITHM,
		timestamp,
		scopeString(scope),
		sha256Hex(canonicalRequest)
	].join("\n");
	return hmac(signingKeyV4(secretAccessKey, scope), stringToSign).toString("hex");
}
/**
* Signs every header the request carries (they are all the client's own), plus host,
* x-amz-date and x-amz-content-sha256, and adds the Authorization header.
*/
export function signV4(request, credentials, region, service, now, payloadHash = EMPTY_PAYLOAD_SHA256) {
	const timestamp = amzDate(now);
	const headers = {
		...request.headers,
		"x-amz-date": timestamp,
		"x-amz-content-sha256": payloadHash
	};
	if (credentials.securityToken) headers["x-amz-security-token"] = credentials.securityToken;
	delete headers["authorization"];
	const signed = {
		...request,
		headers
	};
	const signedHeaders = Object.keys(headers).sort();
	const scope = {
		date: timestamp.slice(0, 8),
		region,
		service
	};
	const signature = signatureV4(credentials.secretAccessKey, scope, timestamp, canonicalRequestV4(signed, signedHeaders, payloadHash));
	headers["authorization"] = `${V4_ALGORITHM} Credential=${credentials.accessKeyId}/${scopeString(scope)}, ` + `SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`;
	return signed;
}
/** Parses `AWS4-HMAC-SHA256 Credential=AK/date/region/service/aws4_request, SignedHeaders=…, Signature=…`. */
export function parseAuthorizationV4(header) {
	const trimmed = header.trim();
	if (!trimmed.startsWith(V4_ALGORITHM + " ")) return undefined;
	// Exactly the three fields, once each: anything else (a second Authorization header joined on, say) is malformed.
	const fields = new Map();
	for (const part of trimmed.slice(V4_ALGORITHM.length + 1).split(",")) {
		const eq = part.indexOf("=");
		const name = part.slice(0, eq).trim();
		if (eq < 0 || fields.has(name) || ![
			"Credential",
			"SignedHeaders",
			"Signature"
		].includes(name)) return undefined;
		fields.set(name, part.slice(eq + 1).trim());
	}
	const credential = fields.get("Credential")?.split("/");
	const signedHeaders = fields.get("SignedHeaders");
	const signature = fields.get("Signature");
	if (!credential || credential.length !== 5 || credential[4] !== "aws4_request" || !signedHeaders || !signature) return undefined;
	const [accessKeyId = "", date = "", region = "", service = ""] = credential;
	if (!/^\d{8}$/.test(date) || !/^[0-9a-f]{64}$/.test(signature)) return undefined;
	return {
		accessKeyId,
		scope: {
			date,
			region,
			service
		},
		signedHeaders: signedHeaders.split(";"),
		signature
	};
}
