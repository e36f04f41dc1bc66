import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/BucketName`, in every operation input that uses it. */
export interface BucketNameParameter {
	/**
	* The bucket. With virtual-hosted addressing it is the first label of the Host header (`bucketname.obs.example.com`); with path-style addressing it is the first path segment.
	*
	* Path: `BucketName`.
	*/
	bucket: string;
}
/** Checks path `BucketName` as `#/components/parameters/BucketName` defines it, reporting each broken rule to `fail`. */
export declare function checkBucketName(value: string | undefined, fail: Fail): void;
