// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { utf8Length } from "../runtime/checks.js";
/** Checks path `ObjectName` as `#/components/parameters/ObjectName` defines it, reporting each broken rule to `fail`. */
export function checkObjectName(value, fail) {
	if (value === undefined || value === "") {
		fail("InvalidArgument", 400, "ObjectName", "ObjectName is required.");
	} else {
		if (utf8Length(value) > 1024) {
			fail("KeyTooLong", 400, "ObjectName", "ObjectName must be at most 1024 bytes long in UTF-8.");
		}
	}
}
