// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { utf8Length } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/ObjectName`, in every operation input that uses it. */
export interface ObjectNameParameter {
  /**
   * The object key. It may contain `/`, so it takes the rest of the path; it is percent-decoded before it is checked.
   *
   * Path: `ObjectName`.
   */
  key: string;
}

/** Checks path `ObjectName` as `#/components/parameters/ObjectName` defines it, reporting each broken rule to `fail`. */
export function checkObjectName(value: string | undefined, fail: Fail): void {
  if (value === undefined || value === "") {
    fail("InvalidArgument", 400, "ObjectName", "ObjectName is required.");
  } else {
    if (utf8Length(value) > 1024) {
      fail("KeyTooLong", 400, "ObjectName", "ObjectName must be at most 1024 bytes long in UTF-8.");
    }
  }
}
