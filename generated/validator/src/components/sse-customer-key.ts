// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isBase64OfLength } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/SseCustomerKey`, in every operation input that uses it. */
export interface SseCustomerKeyParameter {
  /**
   * Indicates a key used to encrypt destination objects. The header is used in SSE-C mode: base64 of 32 or 64 bytes.
   *
   * Header: `x-amz-server-side-encryption-customer-key`.
   */
  sseCustomerKey?: string | undefined;
}

/** Checks header `x-amz-server-side-encryption-customer-key` as `#/components/parameters/SseCustomerKey` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerKey(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!isBase64OfLength(value, [32, 64])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key",
        "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.",
      );
    }
  }
}
