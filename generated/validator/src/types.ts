/** A predefined access control policy (ACL page, Table 4). */
export type CannedAcl =
  | "private"
  | "public-read"
  | "public-read-write"
  | "authenticated-read"
  | "bucket-owner-read"
  | "bucket-owner-full-control"
  | "log-delivery-write";
/** Every CannedAcl value. */
export const CANNED_ACL_VALUES: ReadonlySet<string> = new Set([
  "private",
  "public-read",
  "public-read-write",
  "authenticated-read",
  "bucket-owner-read",
  "bucket-owner-full-control",
  "log-delivery-write",
]);

/** Whether `value` is a CannedAcl. */
export function isCannedAcl(value: string): value is CannedAcl {
  return CANNED_ACL_VALUES.has(value);
}

/** The storage class of an object. */
export type StorageClass = "STANDARD" | "STANDARD_IA" | "GLACIER";
/** Every StorageClass value. */
export const STORAGE_CLASS_VALUES: ReadonlySet<string> = new Set(["STANDARD", "STANDARD_IA", "GLACIER"]);

/** Whether `value` is a StorageClass. */
export function isStorageClass(value: string): value is StorageClass {
  return STORAGE_CLASS_VALUES.has(value);
}
