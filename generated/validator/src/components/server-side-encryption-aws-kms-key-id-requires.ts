// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type Fail } from "../runtime/request.js";

/** The rule "A KMS key ID is only meaningful with x-amz-server-side-encryption.", over the values of `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption` (undefined: absent). */
export function checkServerSideEncryptionAwsKmsKeyIdRequires(
  fail: Fail,
  serverSideEncryptionAwsKmsKeyId: unknown,
  serverSideEncryption: unknown,
): void {
  if (serverSideEncryptionAwsKmsKeyId !== undefined && serverSideEncryption === undefined) {
    fail(
      "InvalidArgument",
      400,
      "x-amz-server-side-encryption-aws-kms-key-id",
      "A KMS key ID is only meaningful with x-amz-server-side-encryption. Missing: " +
        [serverSideEncryption !== undefined ? "" : "x-amz-server-side-encryption"].filter(Boolean).join(", "),
    );
  }
}
