// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isOneOf } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/ChecksumMode`, in every operation input that uses it. */
export interface ChecksumModeParameter {
  /**
   * `ENABLED`: the answer carries the checksums the object was stored with (x-amz-checksum-*), which S3 clients validate the bytes against. A ranged read answers none.
   *
   * Header: `x-amz-checksum-mode`.
   */
  checksumMode?: "ENABLED" | undefined;
}

const CHECKSUM_MODE_VALUES: ReadonlySet<"ENABLED"> = new Set(["ENABLED"]);

/** Checks header `x-amz-checksum-mode` as `#/components/parameters/ChecksumMode` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkChecksumMode(text: string | undefined, fail: Fail): "ENABLED" | undefined {
  let value: "ENABLED" | undefined;
  if (text !== undefined) {
    if (!isOneOf(CHECKSUM_MODE_VALUES, text)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-checksum-mode",
        "x-amz-checksum-mode must be one of ENABLED (case-sensitive).",
      );
    } else {
      value = text;
    }
  }

  return value;
}
