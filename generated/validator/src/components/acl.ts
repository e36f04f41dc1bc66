// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type Fail } from "../runtime/request.js";
import { isCannedAcl, type CannedAcl } from "../types.js";

/** The member of `#/components/parameters/Acl`, in every operation input that uses it. */
export interface AclParameter {
  /**
   * Indicates the ACL applied to the copy object. Possible values are private, public-read, public-read-write, authenticated-read, bucket-owner-read, and bucket-owner-full-control (log-delivery-write is accepted too).
   *
   * x-amz-acl: acl
   *
   * Header: `x-amz-acl`.
   */
  acl?: CannedAcl | undefined;
}

/** Checks header `x-amz-acl` as `#/components/parameters/Acl` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkAcl(text: string | undefined, fail: Fail): CannedAcl | undefined {
  let value: CannedAcl | undefined;
  if (text !== undefined) {
    if (!isCannedAcl(text)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-acl",
        "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).",
      );
    } else {
      value = text;
    }
  }

  return value;
}
