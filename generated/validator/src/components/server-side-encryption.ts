// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/ServerSideEncryption`, in every operation input that uses it. */
export interface ServerSideEncryptionParameter {
  /**
   * Indicates the SSE-KMS mode. The destination object uses SSE-KMS for encryption.
   *
   * Header: `x-amz-server-side-encryption`.
   */
  serverSideEncryption?: "aws:kms" | undefined;
}

const SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<string> = new Set(["aws:kms"]);

/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`. */
export function checkServerSideEncryption(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (!SERVER_SIDE_ENCRYPTION_VALUES.has(value)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption",
        "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).",
      );
    }
  }
}
