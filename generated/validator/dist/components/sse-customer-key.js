// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isBase64OfLength } from "../runtime/checks.js";
/** Checks header `x-amz-server-side-encryption-customer-key` as `#/components/parameters/SseCustomerKey` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerKey(value, fail) {
	if (value !== undefined) {
		if (!isBase64OfLength(value, [32, 64])) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key", "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.");
		}
	}
}
