import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/UploadId`, in every operation input that uses it. */
export interface UploadIdParameter {
	/**
	* Indicates the ID of the multipart upload to be aborted.
	*
	* Query parameter: `uploadId`.
	*/
	uploadId: string;
}
/** Checks query `uploadId` as `#/components/parameters/UploadId` defines it, reporting each broken rule to `fail`. */
export declare function checkUploadId(value: string | undefined, fail: Fail): void;
