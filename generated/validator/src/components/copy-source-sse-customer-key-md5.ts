// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { base64Md5Of, isBase64OfLength } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/CopySourceSseCustomerKeyMd5`, in every operation input that uses it. */
export interface CopySourceSseCustomerKeyMd5Parameter {
  /**
   * Indicates the MD5 value of the key used to decrypt a source object. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key.
   *
   * Header: `x-amz-copy-source-server-side-encryption-customer-key-md5`.
   */
  copySourceSseCustomerKeyMd5?: string | undefined;
}

/** Checks header `x-amz-copy-source-server-side-encryption-customer-key-md5` as `#/components/parameters/CopySourceSseCustomerKeyMd5` defines it, reporting each broken rule to `fail`. */
export function checkCopySourceSseCustomerKeyMd5(
  value: string | undefined,
  fail: Fail,
  xAmzCopySourceServerSideEncryptionCustomerKey: string | undefined,
): void {
  if (value !== undefined) {
    if (!isBase64OfLength(value, [16])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-copy-source-server-side-encryption-customer-key-md5",
        "x-amz-copy-source-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.",
      );
    } else if (
      xAmzCopySourceServerSideEncryptionCustomerKey !== undefined &&
      base64Md5Of(xAmzCopySourceServerSideEncryptionCustomerKey) !== value
    ) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-copy-source-server-side-encryption-customer-key-md5",
        "x-amz-copy-source-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-copy-source-server-side-encryption-customer-key.",
      );
    }
  }
}
