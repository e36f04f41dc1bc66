// Copied from runtime/signing/encoding.ts by `npm run generate`: edit that file, not this one.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
/** RFC 3986 percent-encoding as S3 signing wants it: every byte but A-Z a-z 0-9 - _ . ~ (and `/` when kept). */
export function uriEncode(value, keepSlash = false) {
	let out = "";
	for (const byte of Buffer.from(value, "utf8")) {
		const char = String.fromCharCode(byte);
		if (/[A-Za-z0-9\-_.~]/.test(char) || keepSlash && char === "/") out += char;
		else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
	}
	return out;
}
export function sha256Hex(data) {
	return createHash("sha256").update(data).digest("hex");
}
export function hmac(key, data) {
	return createHmac("sha256", key).update(data, "utf8").digest();
}
/** Compares two signatures in time independent of where they differ. */
export function signaturesEqual(expected, actual) {
	const a = Buffer.from(expected, "utf8");
	const b = Buffer.from(actual, "utf8");
	// Compare equal-length buffers even on a length mismatch, so timing does not leak the length either.
	return timingSafeEqual(a, b.length === a.length ? b : a) && a.length === b.length;
}
export function lowercaseHeaders(headers) {
	const out = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) continue;
		const joined = typeof value === "string" ? value : value.join(",");
		const key = name.toLowerCase();
		out[key] = key in out ? `${out[key]},${joined}` : joined;
	}
	return out;
}
