// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { parseIso8601Utc } from "../runtime/checks.js";
/** Checks header `x-amz-object-lock-retain-until-date` as `#/components/parameters/ObjectLockRetainUntilDate` defines it, reporting each broken rule to `fail`. */
export function checkObjectLockRetainUntilDate(value, fail, requestTime) {
	if (value !== undefined) {
		if (parseIso8601Utc(value) === undefined) {
			fail("InvalidArgument", 400, "x-amz-object-lock-retain-until-date", "x-amz-object-lock-retain-until-date must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.");
		} else if ((parseIso8601Utc(value) ?? 0) <= requestTime) {
			fail("InvalidArgument", 400, "x-amz-object-lock-retain-until-date", "x-amz-object-lock-retain-until-date must be later than the request time.");
		}
	}
}
