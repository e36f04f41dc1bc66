// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { codePointLength } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/CopySource`, in every operation input that uses it. */
export interface CopySourceParameter {
  /**
   * Indicates the name of the source bucket and the key of the source object. If the source object has multiple version IDs, versionId is used to specify the required version ID.
   *
   * Header: `x-amz-copy-source`.
   */
  copySource: string;
}

/** Checks header `x-amz-copy-source` as `#/components/parameters/CopySource` defines it, reporting each broken rule to `fail`. */
export function checkCopySource(value: string | undefined, fail: Fail): void {
  if (value === undefined || value === "") {
    fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source is required.");
  } else {
    if (codePointLength(value) < 1) {
      fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source must be at least 1 characters long.");
    }
  }
}
