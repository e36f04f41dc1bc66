import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/SseCustomerAlgorithm`, in every operation input that uses it. */
export interface SseCustomerAlgorithmParameter {
	/**
	* Indicates an encryption algorithm. The header is used in SSE-C mode. This header must be used together with x-amz-server-side-encryption-customer-key and x-amz-server-side-encryption-customer-key-MD5.
	*
	* Header: `x-amz-server-side-encryption-customer-algorithm`.
	*/
	sseCustomerAlgorithm?: "AES256" | undefined;
}
/** Checks header `x-amz-server-side-encryption-customer-algorithm` as `#/components/parameters/SseCustomerAlgorithm` defines it, reporting each broken rule to `fail`. */
export declare function checkSseCustomerAlgorithm(value: string | undefined, fail: Fail): void;
