// Generated from spec/ by `npm run generate`: edit the spec, not this file.
const CHECKSUM_MODE_VALUES = new Set(["ENABLED"]);
/** Checks header `x-amz-checksum-mode` as `#/components/parameters/ChecksumMode` defines it, reporting each broken rule to `fail`. */
export function checkChecksumMode(value, fail) {
	if (value !== undefined) {
		if (!CHECKSUM_MODE_VALUES.has(value)) {
			fail("InvalidArgument", 400, "x-amz-checksum-mode", "x-amz-checksum-mode must be one of ENABLED (case-sensitive).");
		}
	}
}
