// Generated from spec/ by `npm run generate`: edit the spec, not this file.
const WRITE_IF_NONE_MATCH_VALUES = new Set(["*"]);
/** Checks header `if-none-match` as `#/components/parameters/WriteIfNoneMatch` defines it, reporting each broken rule to `fail`. */
export function checkWriteIfNoneMatch(value, fail) {
	if (value !== undefined) {
		if (!WRITE_IF_NONE_MATCH_VALUES.has(value)) {
			fail("NotImplemented", 501, "if-none-match", "if-none-match must be one of * (case-sensitive).");
		}
	}
}
