// Generated from spec/ by `npm run generate`: edit the spec, not this file.
const SSE_CUSTOMER_ALGORITHM_VALUES = new Set(["AES256"]);
/** Checks header `x-amz-server-side-encryption-customer-algorithm` as `#/components/parameters/SseCustomerAlgorithm` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerAlgorithm(value, fail) {
	if (value !== undefined) {
		if (!SSE_CUSTOMER_ALGORITHM_VALUES.has(value)) {
			fail("InvalidEncryptionAlgorithmError", 400, "x-amz-server-side-encryption-customer-algorithm", "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).");
		}
	}
}
