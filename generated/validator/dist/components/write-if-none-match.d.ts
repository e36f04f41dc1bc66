import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/WriteIfNoneMatch`, in every operation input that uses it. */
export interface WriteIfNoneMatchParameter {
	/**
	* `*`: the object is written only if no object of that key exists; otherwise 412 PreconditionFailed. Any other value answers NotImplemented, as in S3.
	*
	* Header: `if-none-match`.
	*/
	ifNoneMatch?: "*" | undefined;
}
/** Checks header `if-none-match` as `#/components/parameters/WriteIfNoneMatch` defines it, reporting each broken rule to `fail`. */
export declare function checkWriteIfNoneMatch(value: string | undefined, fail: Fail): void;
