// Generated from spec/ by `npm run generate`: edit the spec, not this file.
const SERVER_SIDE_ENCRYPTION_VALUES = new Set(["aws:kms"]);
/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`. */
export function checkServerSideEncryption(value, fail) {
	if (value !== undefined) {
		if (!SERVER_SIDE_ENCRYPTION_VALUES.has(value)) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption", "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).");
		}
	}
}
