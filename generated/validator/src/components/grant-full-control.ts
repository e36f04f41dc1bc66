// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/GrantFullControl`, in every operation input that uses it. */
export interface GrantFullControlParameter {
  /**
   * Grants FULL_CONTROL to the grantees it lists, comma-separated: `id="DomainId"` for a user, `uri="http://acs.amazonaws.com/groups/global/AllUsers"` for a group (S3's header grants).
   *
   * Header: `x-amz-grant-full-control`.
   */
  grantFullControl?: string | undefined;
}

/** Checks header `x-amz-grant-full-control` as `#/components/parameters/GrantFullControl` defines it, reporting each broken rule to `fail`. */
export function checkGrantFullControl(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!/^\s*(id|uri|emailAddress)="[^"]*"(\s*,\s*(id|uri|emailAddress)="[^"]*")*\s*$/u.test(value)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-grant-full-control",
        'x-amz-grant-full-control must match ^\\s*(id|uri|emailAddress)="[^"]*"(\\s*,\\s*(id|uri|emailAddress)="[^"]*")*\\s*$.',
      );
    }
  }
}
