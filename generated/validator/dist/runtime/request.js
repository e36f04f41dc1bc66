// Copied from runtime/validator/request.ts by `npm run generate`: edit that file, not this one.
// Objects made by `new RequestRecord()` inherit from an object without a prototype: any header name is a
// key like another (`constructor` included), and V8 keeps them in its fast form.
function RequestRecord() {}
RequestRecord.prototype = Object.create(null);
const bareRecord = () => new RequestRecord();
const NO_HEADERS = bareRecord();
/** Lowercase names, each value one string (a list joined with commas, as HTTP allows); anything else is no headers. */
export function normalizeHeaders(raw) {
	if (raw === null || typeof raw !== "object") return NO_HEADERS;
	const out = bareRecord();
	for (const name of Object.keys(raw)) {
		const value = headerValue(raw[name]);
		if (value === undefined) continue;
		const key = name.toLowerCase();
		const previous = out[key];
		out[key] = previous === undefined ? value : previous + "," + value;
	}
	return out;
}
/** A request's headers as the validator reads them: normalized here unless `options` says they are. */
export function requestHeaders(request, options) {
	const raw = request.headers;
	if (options.headersNormalized !== true) return normalizeHeaders(raw);
	return raw !== null && typeof raw === "object" ? raw : NO_HEADERS;
}
/** Whether `name` is longer than `prefix` and starts with it (compared from its end, where header names differ most; twice as fast as startsWith). */
function hasPrefix(name, prefix) {
	if (name.length <= prefix.length) return false;
	for (let i = prefix.length - 1; i >= 0; i--) if (name.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
	return true;
}
/** The headers of a family (`x-amz-meta-*`) by the rest of their name, or undefined when there are none. */
export function prefixedHeaders(headers, prefix) {
	let family;
	for (const name of Object.keys(headers)) {
		if (!hasPrefix(name, prefix)) continue;
		const value = headers[name];
		if (value === undefined) continue;
		family ??= bareRecord();
		family[name.slice(prefix.length)] = value;
	}
	return family;
}
/** A header's value as a string: repeated values (an array) joined with commas; anything else is no value. */
export function headerValue(raw) {
	if (typeof raw === "string") return raw;
	if (!Array.isArray(raw)) return undefined;
	const strings = raw.filter((value) => typeof value === "string");
	return strings.length > 0 ? strings.join(",") : undefined;
}
/** The first string value of a query parameter, or undefined. */
export function queryValue(query, name) {
	if (query === null || typeof query !== "object" || !Object.hasOwn(query, name)) return undefined;
	const raw = query[name];
	if (typeof raw === "string") return raw;
	if (Array.isArray(raw) && typeof raw[0] === "string") return raw[0];
	return undefined;
}
