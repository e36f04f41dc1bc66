// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/UploadId`, in every operation input that uses it. */
export interface UploadIdParameter {
  /**
   * Indicates the ID of the multipart upload to be aborted.
   *
   * Query parameter: `uploadId`.
   */
  uploadId: string;
}

/** Checks query `uploadId` as `#/components/parameters/UploadId` defines it, reporting each broken rule to `fail`. */
export function checkUploadId(value: string | undefined, fail: Fail): void {
  if (value === undefined || value === "") {
    fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
  }
}
