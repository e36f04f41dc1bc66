// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { base64Md5Of, isBase64OfLength } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/SseCustomerKeyMd5`, in every operation input that uses it. */
export interface SseCustomerKeyMd5Parameter {
  /**
   * Indicates the MD5 value of a key used to encrypt objects. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key. This header is a base64-encoded 128-bit MD5 value.
   *
   * Header: `x-amz-server-side-encryption-customer-key-md5`.
   */
  sseCustomerKeyMd5?: string | undefined;
}

/** Checks header `x-amz-server-side-encryption-customer-key-md5` as `#/components/parameters/SseCustomerKeyMd5` defines it, reporting each broken rule to `fail`. */
export function checkSseCustomerKeyMd5(
  value: string | undefined,
  fail: Fail,
  xAmzServerSideEncryptionCustomerKey: string | undefined,
): void {
  if (value !== undefined) {
    if (!isBase64OfLength(value, [16])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.",
      );
    } else if (
      xAmzServerSideEncryptionCustomerKey !== undefined &&
      base64Md5Of(xAmzServerSideEncryptionCustomerKey) !== value
    ) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.",
      );
    }
  }
}
