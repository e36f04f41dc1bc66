import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/ObjectLockMode`, in every operation input that uses it. */
export interface ObjectLockModeParameter {
	/**
	* WORM mode that will be applied to the object. Currently, only COMPLIANCE is supported. This header must be used together with x-amz-object-lock-retain-until-date.
	*
	* Header: `x-amz-object-lock-mode`.
	*/
	objectLockMode?: "COMPLIANCE" | undefined;
}
/** Checks header `x-amz-object-lock-mode` as `#/components/parameters/ObjectLockMode` defines it, reporting each broken rule to `fail`. */
export declare function checkObjectLockMode(value: string | undefined, fail: Fail): void;
