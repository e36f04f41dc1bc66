// Generated from spec/ by `npm run generate`: edit the spec, not this file.
const COPY_SOURCE_SSE_CUSTOMER_ALGORITHM_VALUES = new Set(["AES256"]);
/** Checks header `x-amz-copy-source-server-side-encryption-customer-algorithm` as `#/components/parameters/CopySourceSseCustomerAlgorithm` defines it, reporting each broken rule to `fail`. */
export function checkCopySourceSseCustomerAlgorithm(value, fail) {
	if (value !== undefined) {
		if (!COPY_SOURCE_SSE_CUSTOMER_ALGORITHM_VALUES.has(value)) {
			fail("InvalidEncryptionAlgorithmError", 400, "x-amz-copy-source-server-side-encryption-customer-algorithm", "x-amz-copy-source-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).");
		}
	}
}
