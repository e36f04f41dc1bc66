// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { base64Md5Of, isBase64OfLength } from "../runtime/checks.js";
/** Checks header `x-amz-copy-source-server-side-encryption-customer-key-md5` as `#/components/parameters/CopySourceSseCustomerKeyMd5` defines it, reporting each broken rule to `fail`. */
export function checkCopySourceSseCustomerKeyMd5(value, fail, xAmzCopySourceServerSideEncryptionCustomerKey) {
	if (value !== undefined) {
		if (!isBase64OfLength(value, [16])) {
			fail("InvalidArgument", 400, "x-amz-copy-source-server-side-encryption-customer-key-md5", "x-amz-copy-source-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.");
		} else if (xAmzCopySourceServerSideEncryptionCustomerKey !== undefined && base64Md5Of(xAmzCopySourceServerSideEncryptionCustomerKey) !== value) {
			fail("InvalidArgument", 400, "x-amz-copy-source-server-side-encryption-customer-key-md5", "x-amz-copy-source-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-copy-source-server-side-encryption-customer-key.");
		}
	}
}
