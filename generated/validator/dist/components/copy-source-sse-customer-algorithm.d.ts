import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/CopySourceSseCustomerAlgorithm`, in every operation input that uses it. */
export interface CopySourceSseCustomerAlgorithmParameter {
	/**
	* Indicates the algorithm used to decrypt a source object. The header is used in SSE-C mode.
	*
	* Header: `x-amz-copy-source-server-side-encryption-customer-algorithm`.
	*/
	copySourceSseCustomerAlgorithm?: "AES256" | undefined;
}
/** Checks header `x-amz-copy-source-server-side-encryption-customer-algorithm` as `#/components/parameters/CopySourceSseCustomerAlgorithm` defines it, reporting each broken rule to `fail`. */
export declare function checkCopySourceSseCustomerAlgorithm(value: string | undefined, fail: Fail): void;
