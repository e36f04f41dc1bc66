// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isStorageClass } from "../types.js";
/** Checks header `x-amz-storage-class` as `#/components/parameters/StorageClass` defines it, reporting each broken rule to `fail`. */
export function checkStorageClass(value, fail) {
	if (value !== undefined) {
		if (!isStorageClass(value)) {
			fail("InvalidStorageClass", 400, "x-amz-storage-class", "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).");
		}
	}
}
