import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/ObjectName`, in every operation input that uses it. */
export interface ObjectNameParameter {
	/**
	* The object key. It may contain `/`, so it takes the rest of the path; it is percent-decoded before it is checked.
	*
	* Path: `ObjectName`.
	*/
	key: string;
}
/** Checks path `ObjectName` as `#/components/parameters/ObjectName` defines it, reporting each broken rule to `fail`. */
export declare function checkObjectName(value: string | undefined, fail: Fail): void;
