// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { base64Md5Of, isBase64OfLength } from "../runtime/checks.js";
/** Checks header `x-amz-server-side-encryption-customer-key-md5` as `#/components/parameters/SseCustomerKeyMd5` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerKeyMd5(value, fail, xAmzServerSideEncryptionCustomerKey) {
	if (value !== undefined) {
		if (!isBase64OfLength(value, [16])) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key-md5", "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.");
		} else if (xAmzServerSideEncryptionCustomerKey !== undefined && base64Md5Of(xAmzServerSideEncryptionCustomerKey) !== value) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key-md5", "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.");
		}
	}
}
