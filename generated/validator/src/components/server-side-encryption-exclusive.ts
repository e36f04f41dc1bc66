import { type Fail } from "../runtime/request.js";

/** The rule "SSE-KMS and SSE-C cannot be used together.", over the values of `x-amz-server-side-encryption`, `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export function checkServerSideEncryptionExclusive(
  fail: Fail,
  serverSideEncryption: unknown,
  serverSideEncryptionAwsKmsKeyId: unknown,
  serverSideEncryptionCustomerAlgorithm: unknown,
  serverSideEncryptionCustomerKey: unknown,
  serverSideEncryptionCustomerKeyMd5: unknown,
): void {
  if (
    (serverSideEncryption !== undefined || serverSideEncryptionAwsKmsKeyId !== undefined ? 1 : 0) +
      (serverSideEncryptionCustomerAlgorithm !== undefined ||
      serverSideEncryptionCustomerKey !== undefined ||
      serverSideEncryptionCustomerKeyMd5 !== undefined
        ? 1
        : 0) >
    1
  ) {
    fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
  }
}
