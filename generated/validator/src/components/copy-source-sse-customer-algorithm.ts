// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isOneOf } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/CopySourceSseCustomerAlgorithm`, in every operation input that uses it. */
export interface CopySourceSseCustomerAlgorithmParameter {
  /**
   * Indicates the algorithm used to decrypt a source object. The header is used in SSE-C mode.
   *
   * Header: `x-amz-copy-source-server-side-encryption-customer-algorithm`.
   */
  copySourceSseCustomerAlgorithm?: "AES256" | undefined;
}

const COPY_SOURCE_SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<"AES256"> = new Set(["AES256"]);

/** Checks header `x-amz-copy-source-server-side-encryption-customer-algorithm` as `#/components/parameters/CopySourceSseCustomerAlgorithm` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkCopySourceSseCustomerAlgorithm(text: string | undefined, fail: Fail): "AES256" | undefined {
  let value: "AES256" | undefined;
  if (text !== undefined) {
    if (!isOneOf(COPY_SOURCE_SSE_CUSTOMER_ALGORITHM_VALUES, text)) {
      fail(
        "InvalidEncryptionAlgorithmError",
        400,
        "x-amz-copy-source-server-side-encryption-customer-algorithm",
        "x-amz-copy-source-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).",
      );
    } else {
      value = text;
    }
  }

  return value;
}
