// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { isOneOf } from "../runtime/checks.js";
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

const SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<"aws:kms"> = new Set(["aws:kms"]);

/** Checks header `x-amz-server-side-encryption` as `#/components/parameters/ServerSideEncryption` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkServerSideEncryption(text: string | undefined, fail: Fail): "aws:kms" | undefined {
  let value: "aws:kms" | undefined;
  if (text !== undefined) {
    if (!isOneOf(SERVER_SIDE_ENCRYPTION_VALUES, text)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption",
        "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).",
      );
    } else {
      value = text;
    }
  }

  return value;
}
