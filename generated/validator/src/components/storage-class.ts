// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type Fail } from "../runtime/request.js";
import { isStorageClass, type StorageClass } from "../types.js";

/** The member of `#/components/parameters/StorageClass`, in every operation input that uses it. */
export interface StorageClassParameter {
  /**
   * When creating an object, you can add this header in the request to set the storage class of the object. If you do not add this header, the object will use the default storage class of the bucket. The storage class can be STANDARD (OBS Standard), STANDARD_IA (OBS Warm), or GLACIER (OBS Cold); the values are case-sensitive.
   *
   * Header: `x-amz-storage-class`.
   */
  storageClass?: StorageClass | undefined;
}

/** Checks header `x-amz-storage-class` as `#/components/parameters/StorageClass` defines it, reporting each broken rule to `fail`; returns the value, typed (undefined when absent or broken). */
export function checkStorageClass(text: string | undefined, fail: Fail): StorageClass | undefined {
  let value: StorageClass | undefined;
  if (text !== undefined) {
    if (!isStorageClass(text)) {
      fail(
        "InvalidStorageClass",
        400,
        "x-amz-storage-class",
        "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).",
      );
    } else {
      value = text;
    }
  }

  return value;
}
