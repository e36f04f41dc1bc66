// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { parseIso8601Utc } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/ObjectLockRetainUntilDate`, in every operation input that uses it. */
export interface ObjectLockRetainUntilDateParameter {
  /**
   * Indicates the expiration time of the Object Lock retention. The value must be a UTC time that complies with ISO 8601, for example, 2015-07-01T04:11:15Z. This header must be used together with x-amz-object-lock-mode.
   *
   * Header: `x-amz-object-lock-retain-until-date`.
   */
  objectLockRetainUntilDate?: string | undefined;
}

/** Checks header `x-amz-object-lock-retain-until-date` as `#/components/parameters/ObjectLockRetainUntilDate` defines it, reporting each broken rule to `fail`. */
export function checkObjectLockRetainUntilDate(value: string | undefined, fail: Fail, requestTime: number): void {
  if (value !== undefined) {
    if (parseIso8601Utc(value) === undefined) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.",
      );
    } else if ((parseIso8601Utc(value) ?? 0) <= requestTime) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be later than the request time.",
      );
    }
  }
}
