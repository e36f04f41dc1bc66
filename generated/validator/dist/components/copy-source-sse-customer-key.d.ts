import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/CopySourceSseCustomerKey`, in every operation input that uses it. */
export interface CopySourceSseCustomerKeyParameter {
	/**
	* Indicates the key used to decrypt a source object. The header is used in SSE-C mode.
	*
	* Header: `x-amz-copy-source-server-side-encryption-customer-key`.
	*/
	copySourceSseCustomerKey?: string | undefined;
}
/** Checks header `x-amz-copy-source-server-side-encryption-customer-key` as `#/components/parameters/CopySourceSseCustomerKey` defines it, reporting each broken rule to `fail`. */
export declare function checkCopySourceSseCustomerKey(value: string | undefined, fail: Fail): void;
