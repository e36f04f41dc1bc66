import { type Fail } from "../runtime/request.js";
import { type CannedAcl } from "../types.js";
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
/** Checks header `x-amz-acl` as `#/components/parameters/Acl` defines it, reporting each broken rule to `fail`. */
export declare function checkAcl(value: string | undefined, fail: Fail): void;
