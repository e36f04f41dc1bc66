import { type Fail } from "../runtime/request.js";
import { isCannedAcl, type CannedAcl } from "../types.js";

/** The member of `#/components/parameters/Acl`, in every operation input that uses it. */
export interface AclParameter {
  /**
   * A predefined access control policy (canned ACL) for the object, from the ACL page's Table 4. The values are case-sensitive. By default the policy is `private`.
   *
   * Header: `x-amz-acl`.
   */
  acl?: CannedAcl | undefined;
}

/** Checks header `x-amz-acl` as `#/components/parameters/Acl` defines it, reporting each broken rule to `fail`. */
export function checkAcl(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!isCannedAcl(value)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-acl",
        "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).",
      );
    }
  }
}
