// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type Fail } from "../runtime/request.js";

/** The rule "Specifying both a canned ACL and header grants is not allowed.", over the values of `x-amz-acl`, `x-amz-grant-read`, `x-amz-grant-write`, `x-amz-grant-read-acp`, `x-amz-grant-write-acp`, `x-amz-grant-full-control` (undefined: absent). */
export function checkAclExclusive(
  fail: Fail,
  acl: unknown,
  grantRead: unknown,
  grantWrite: unknown,
  grantReadAcp: unknown,
  grantWriteAcp: unknown,
  grantFullControl: unknown,
): void {
  if (
    (acl !== undefined ? 1 : 0) +
      (grantRead !== undefined ||
      grantWrite !== undefined ||
      grantReadAcp !== undefined ||
      grantWriteAcp !== undefined ||
      grantFullControl !== undefined
        ? 1
        : 0) >
    1
  ) {
    fail("InvalidRequest", 400, "x-amz-acl", "Specifying both a canned ACL and header grants is not allowed.");
  }
}
