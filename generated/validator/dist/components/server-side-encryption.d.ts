import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/ServerSideEncryption`, in every operation input that uses it. */
export interface ServerSideEncryptionParameter {
	/**
	* Indicates the SSE-KMS mode. The destination object uses SSE-KMS for encryption.
	*
	* Header: `x-amz-server-side-encryption`.
	*/
	serverSideEncryption?: "aws:kms" | undefined;
}
/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`. */
export declare function checkServerSideEncryption(value: string | undefined, fail: Fail): void;
