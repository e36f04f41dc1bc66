// Copied from runtime/validator/request.ts by `npm run generate`: edit that file, not this one.
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
