// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** The rule "SSE-C needs the algorithm, the key and the key's MD5, all three.", over the values of `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export function checkServerSideEncryptionCustomerAlgorithmTogether(fail, serverSideEncryptionCustomerAlgorithm, serverSideEncryptionCustomerKey, serverSideEncryptionCustomerKeyMd5) {
	const present = (serverSideEncryptionCustomerAlgorithm !== undefined ? 1 : 0) + (serverSideEncryptionCustomerKey !== undefined ? 1 : 0) + (serverSideEncryptionCustomerKeyMd5 !== undefined ? 1 : 0);
	if (present > 0 && present < 3) {
		const missing = [
			serverSideEncryptionCustomerAlgorithm !== undefined ? "" : "x-amz-server-side-encryption-customer-algorithm",
			serverSideEncryptionCustomerKey !== undefined ? "" : "x-amz-server-side-encryption-customer-key",
			serverSideEncryptionCustomerKeyMd5 !== undefined ? "" : "x-amz-server-side-encryption-customer-key-md5"
		].filter(Boolean);
		fail("InvalidArgument", 400, missing[0] ?? "", "SSE-C needs the algorithm, the key and the key's MD5, all three. Missing: " + missing.join(", "));
	}
}
