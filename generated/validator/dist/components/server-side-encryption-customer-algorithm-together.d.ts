import { type Fail } from "../runtime/request.js";
/** The rule "SSE-C needs the algorithm, the key and the key's MD5, all three.", over the values of `x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key`, `x-amz-server-side-encryption-customer-key-md5` (undefined: absent). */
export declare function checkServerSideEncryptionCustomerAlgorithmTogether(fail: Fail, serverSideEncryptionCustomerAlgorithm: unknown, serverSideEncryptionCustomerKey: unknown, serverSideEncryptionCustomerKeyMd5: unknown): void;
