import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/ServerSideEncryption`, in every operation input that uses it. */
export interface ServerSideEncryptionParameter {
    /**
     * Indicates that SSE-KMS is used. This header is mandatory when SSE-KMS is used.
     *
     * Header: `x-amz-server-side-encryption`.
     */
    serverSideEncryption?: "aws:kms" | undefined;
}
/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`. */
export declare function checkServerSideEncryption(value: string | undefined, fail: Fail): void;
