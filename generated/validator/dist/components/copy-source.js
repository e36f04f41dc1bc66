// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { codePointLength } from "../runtime/checks.js";
/** Checks header `x-amz-copy-source` as `#/components/parameters/CopySource` defines it, reporting each broken rule to `fail`. */
export function checkCopySource(value, fail) {
	if (value === undefined || value === "") {
		fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source is required.");
	} else {
		if (codePointLength(value) < 1) {
			fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source must be at least 1 characters long.");
		}
	}
}
