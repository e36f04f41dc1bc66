// Generated from spec/ by `npm run generate`: edit the spec, not this file.
const OBJECT_LOCK_MODE_VALUES = new Set(["COMPLIANCE"]);
/** Checks header `x-amz-object-lock-mode` as `#/components/parameters/ObjectLockMode` defines it, reporting each broken rule to `fail`. */
export function checkObjectLockMode(value, fail) {
	if (value !== undefined) {
		if (!OBJECT_LOCK_MODE_VALUES.has(value)) {
			fail("InvalidArgument", 400, "x-amz-object-lock-mode", "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).");
		}
	}
}
