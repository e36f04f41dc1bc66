import { type XmlStructureShape } from "./runtime/xml-shapes.js";
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

/** A key prefix up to the delimiter, standing for every upload under it. */
export interface CommonPrefix {
  /**
   * Prefix contained in a CommonPrefix element
   *
   * XML: `<Prefix>`.
   */
  prefix: string;
}

/** How CommonPrefix is read from and written to XML. */
export const COMMON_PREFIX_XML: XmlStructureShape = {
  kind: "structure",
  members: [{ member: "prefix", xml: "Prefix", required: true, shape: { kind: "string" } }],
};

/** A part to concatenate. */
export interface CompletedPart {
  /**
   * Indicates the number that identifies a part.
   *
   * XML: `<PartNumber>`.
   */
  partNumber: number;
  /**
   * Indicates the ETag returned after a part is uploaded.
   *
   * XML: `<ETag>`.
   */
  eTag: string;
}

/** How CompletedPart is read from and written to XML. */
export const COMPLETED_PART_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "partNumber", xml: "PartNumber", required: true, shape: { kind: "integer" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
  ],
};

/** Container element that identifies who initiated the multipart upload */
export interface Owner {
  /**
   * DomainId of the initiator or owner.
   *
   * XML: `<ID>`.
   */
  id: string;
  /**
   * The initiator's or owner's name.
   *
   * XML: `<DisplayName>`.
   */
  displayName?: string | undefined;
}

/** How Owner is read from and written to XML. */
export const OWNER_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "id", xml: "ID", required: true, shape: { kind: "string" } },
    { member: "displayName", xml: "DisplayName", shape: { kind: "string" } },
  ],
};

/** An uploaded part. */
export interface Part {
  /**
   * Number that identifies a part
   *
   * XML: `<PartNumber>`.
   */
  partNumber: number;
  /**
   * Date and time at which a part was uploaded
   *
   * XML: `<LastModified>`.
   */
  lastModified: Date;
  /**
   * ETag of an uploaded part.
   *
   * XML: `<ETag>`.
   */
  eTag: string;
  /**
   * Size of an uploaded part
   *
   * XML: `<Size>`.
   */
  size: number;
}

/** How Part is read from and written to XML. */
export const PART_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "partNumber", xml: "PartNumber", required: true, shape: { kind: "integer" } },
    { member: "lastModified", xml: "LastModified", required: true, shape: { kind: "timestamp" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
    { member: "size", xml: "Size", required: true, shape: { kind: "integer" } },
  ],
};

/** An in-progress multipart upload. */
export interface Upload {
  /**
   * Key of the object for which the multipart upload was initiated
   *
   * XML: `<Key>`.
   */
  key: string;
  /**
   * ID of the multipart upload
   *
   * XML: `<UploadId>`.
   */
  uploadId: string;
  /**
   * Container element that identifies who initiated the multipart upload
   *
   * XML: `<Initiator>`.
   */
  initiator?: Owner | undefined;
  /**
   * Container element that identifies the object owner; the same as Initiator.
   *
   * XML: `<Owner>`.
   */
  owner?: Owner | undefined;
  /**
   * The storage class of an object.
   *
   * XML: `<StorageClass>`.
   */
  storageClass?: StorageClass | undefined;
  /**
   * Date and time at which the multipart upload was initiated
   *
   * XML: `<Initiated>`.
   */
  initiated: Date;
}

/** How Upload is read from and written to XML. */
export const UPLOAD_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "uploadId", xml: "UploadId", required: true, shape: { kind: "string" } },
    { member: "initiator", xml: "Initiator", shape: OWNER_XML },
    { member: "owner", xml: "Owner", shape: OWNER_XML },
    {
      member: "storageClass",
      xml: "StorageClass",
      shape: { kind: "string", enum: ["STANDARD", "STANDARD_IA", "GLACIER"] },
    },
    { member: "initiated", xml: "Initiated", required: true, shape: { kind: "timestamp" } },
  ],
};
