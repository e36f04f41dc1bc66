// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isOneOf } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/ObjectLockMode`, in every operation input that uses it. */
export interface ObjectLockModeParameter {
  /**
   * WORM mode that will be applied to the object. Currently, only COMPLIANCE is supported. This header must be used together with x-amz-object-lock-retain-until-date.
   *
   * Header: `x-amz-object-lock-mode`.
   */
  objectLockMode?: "COMPLIANCE" | undefined;
}

const OBJECT_LOCK_MODE_VALUES: ReadonlySet<"COMPLIANCE"> = new Set(["COMPLIANCE"]);

/** Checks header `x-amz-object-lock-mode` as `#/components/parameters/ObjectLockMode` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkObjectLockMode(text: string | undefined, fail: Fail): "COMPLIANCE" | undefined {
  let value: "COMPLIANCE" | undefined;
  if (text !== undefined) {
    if (!isOneOf(OBJECT_LOCK_MODE_VALUES, text)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-mode",
        "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).",
      );
    } else {
      value = text;
    }
  }

  return value;
}
