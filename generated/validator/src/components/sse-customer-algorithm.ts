// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isOneOf } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/SseCustomerAlgorithm`, in every operation input that uses it. */
export interface SseCustomerAlgorithmParameter {
  /**
   * Indicates an encryption algorithm. The header is used in SSE-C mode. This header must be used together with x-amz-server-side-encryption-customer-key and x-amz-server-side-encryption-customer-key-MD5.
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: "AES256" | undefined;
}

const SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<"AES256"> = new Set(["AES256"]);

/** Checks header `x-amz-server-side-encryption-customer-algorithm` as `#/components/parameters/SseCustomerAlgorithm` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkSseCustomerAlgorithm(text: string | undefined, fail: Fail): "AES256" | undefined {
  let value: "AES256" | undefined;
  if (text !== undefined) {
    if (!isOneOf(SSE_CUSTOMER_ALGORITHM_VALUES, text)) {
      fail(
        "InvalidEncryptionAlgorithmError",
        400,
        "x-amz-server-side-encryption-customer-algorithm",
        "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).",
      );
    } else {
      value = text;
    }
  }

  return value;
}
