import { type Fail } from "../runtime/request.js";
/** The rule "A KMS key ID is only meaningful with x-amz-server-side-encryption.", over the values of `x-amz-server-side-encryption-aws-kms-key-id`, `x-amz-server-side-encryption` (undefined: absent). */
export declare function checkServerSideEncryptionAwsKmsKeyIdRequires(fail: Fail, serverSideEncryptionAwsKmsKeyId: unknown, serverSideEncryption: unknown): void;
