// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** The rule "The source's SSE-C needs the algorithm, the key and the key's MD5, all three.", over the values of `x-amz-copy-source-server-side-encryption-customer-algorithm`, `x-amz-copy-source-server-side-encryption-customer-key`, `x-amz-copy-source-server-side-encryption-customer-key-md5` (undefined: absent). */
export function checkCopySourceServerSideEncryptionCustomerAlgorithmTogether(fail, copySourceServerSideEncryptionCustomerAlgorithm, copySourceServerSideEncryptionCustomerKey, copySourceServerSideEncryptionCustomerKeyMd5) {
	const present = (copySourceServerSideEncryptionCustomerAlgorithm !== undefined ? 1 : 0) + (copySourceServerSideEncryptionCustomerKey !== undefined ? 1 : 0) + (copySourceServerSideEncryptionCustomerKeyMd5 !== undefined ? 1 : 0);
	if (present > 0 && present < 3) {
		const missing = [
			copySourceServerSideEncryptionCustomerAlgorithm !== undefined ? "" : "x-amz-copy-source-server-side-encryption-customer-algorithm",
			copySourceServerSideEncryptionCustomerKey !== undefined ? "" : "x-amz-copy-source-server-side-encryption-customer-key",
			copySourceServerSideEncryptionCustomerKeyMd5 !== undefined ? "" : "x-amz-copy-source-server-side-encryption-customer-key-md5"
		].filter(Boolean);
		fail("InvalidArgument", 400, missing[0] ?? "", "The source's SSE-C needs the algorithm, the key and the key's MD5, all three. Missing: " + missing.join(", "));
	}
}
