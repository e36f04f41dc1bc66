import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/ChecksumMode`, in every operation input that uses it. */
export interface ChecksumModeParameter {
	/**
	* `ENABLED`: the answer carries the checksums the object was stored with (x-amz-checksum-*), which S3 clients validate the bytes against. A ranged read answers none.
	*
	* Header: `x-amz-checksum-mode`.
	*/
	checksumMode?: "ENABLED" | undefined;
}
/** Checks header `x-amz-checksum-mode` as `#/components/parameters/ChecksumMode` defines it, reporting each broken rule to `fail`. */
export declare function checkChecksumMode(value: string | undefined, fail: Fail): void;
