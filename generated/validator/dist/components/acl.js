// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isCannedAcl } from "../types.js";
/** Checks header `x-amz-acl` as `#/components/parameters/Acl` defines it, reporting each broken rule to `fail`. */
export function checkAcl(value, fail) {
	if (value !== undefined) {
		if (!isCannedAcl(value)) {
			fail("InvalidArgument", 400, "x-amz-acl", "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).");
		}
	}
}
