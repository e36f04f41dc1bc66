// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { bucketNameProblem, codePointLength } from "../runtime/checks.js";
import { type Fail } from "../runtime/request.js";

/** The member of `#/components/parameters/BucketName`, in every operation input that uses it. */
export interface BucketNameParameter {
  /**
   * The bucket. With virtual-hosted addressing it is the first label of the Host header (`bucketname.obs.example.com`); with path-style addressing it is the first path segment.
   *
   * Path: `BucketName`.
   */
  bucket: string;
}

/** Checks path `BucketName` as `#/components/parameters/BucketName` defines it, reporting each broken rule to `fail`. */
export function checkBucketName(value: string | undefined, fail: Fail): void {
  if (value === undefined || value === "") {
    fail("InvalidArgument", 400, "BucketName", "BucketName is required.");
  } else {
    if (codePointLength(value) < 3) {
      fail("InvalidBucketName", 400, "BucketName", "BucketName must be at least 3 characters long.");
    } else if (codePointLength(value) > 63) {
      fail("InvalidBucketName", 400, "BucketName", "BucketName must be at most 63 characters long.");
    } else if (bucketNameProblem(value) !== undefined) {
      fail("InvalidBucketName", 400, "BucketName", bucketNameProblem(value) ?? "");
    }
  }
}
