import { type XmlStructureShape } from "./runtime/xml-shapes.js";
/** A predefined access control policy (ACL page, Table 4). */
export type CannedAcl = "private" | "public-read" | "public-read-write" | "authenticated-read" | "bucket-owner-read" | "bucket-owner-full-control" | "log-delivery-write";
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
export declare const COMMON_PREFIX_XML: XmlStructureShape;
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
export declare const COMPLETED_PART_XML: XmlStructureShape;
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
export declare const OWNER_XML: XmlStructureShape;
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
export declare const PART_XML: XmlStructureShape;
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
export declare const UPLOAD_XML: XmlStructureShape;
