// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isOneOf } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/WriteIfNoneMatch`, in every operation input that uses it. */
export interface WriteIfNoneMatchParameter {
  /**
   * `*`: the object is written only if no object of that key exists; otherwise 412 PreconditionFailed. Any other value answers NotImplemented, as in S3.
   *
   * Header: `if-none-match`.
   */
  ifNoneMatch?: "*" | undefined;
}

const WRITE_IF_NONE_MATCH_VALUES: ReadonlySet<"*"> = new Set(["*"]);

/** Checks header `if-none-match` as `#/components/parameters/WriteIfNoneMatch` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkWriteIfNoneMatch(text: string | undefined, fail: Fail): "*" | undefined {
  let value: "*" | undefined;
  if (text !== undefined) {
    if (!isOneOf(WRITE_IF_NONE_MATCH_VALUES, text)) {
      fail("NotImplemented", 501, "if-none-match", "if-none-match must be one of * (case-sensitive).");
    } else {
      value = text;
    }
  }

  return value;
}
