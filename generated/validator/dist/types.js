/** Every CannedAcl value. */
export const CANNED_ACL_VALUES = new Set([
  "private",
  "public-read",
  "public-read-write",
  "authenticated-read",
  "bucket-owner-read",
  "bucket-owner-full-control",
  "log-delivery-write",
]);
/** Whether `value` is a CannedAcl. */
export function isCannedAcl(value) {
  return CANNED_ACL_VALUES.has(value);
}
/** Every StorageClass value. */
export const STORAGE_CLASS_VALUES = new Set(["STANDARD", "STANDARD_IA", "GLACIER"]);
/** Whether `value` is a StorageClass. */
export function isStorageClass(value) {
  return STORAGE_CLASS_VALUES.has(value);
}
