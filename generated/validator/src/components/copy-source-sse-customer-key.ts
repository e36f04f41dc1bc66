// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isBase64OfLength } from "../runtime/checks.js";
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
export function checkCopySourceSseCustomerKey(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!isBase64OfLength(value, [32, 64])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-copy-source-server-side-encryption-customer-key",
        "x-amz-copy-source-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.",
      );
    }
  }
}
