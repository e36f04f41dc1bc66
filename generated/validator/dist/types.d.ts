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
export declare const CANNED_ACL_VALUES: ReadonlySet<string>;
/** Whether `value` is a CannedAcl. */
export declare function isCannedAcl(value: string): value is CannedAcl;
/** The storage class of an object. */
export type StorageClass = "STANDARD" | "STANDARD_IA" | "GLACIER";
/** Every StorageClass value. */
export declare const STORAGE_CLASS_VALUES: ReadonlySet<string>;
/** Whether `value` is a StorageClass. */
export declare function isStorageClass(value: string): value is StorageClass;
