import { type Fail } from "../runtime/request.js";
import { type CannedAcl } from "../types.js";
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
export declare function checkAcl(value: string | undefined, fail: Fail): void;
