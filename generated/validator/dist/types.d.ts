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
/** Indicates details about a bucket. */
export interface Bucket {
	/**
	* Indicates the bucket name.
	*
	* XML: `<Name>`.
	*/
	name: string;
	/**
	* Indicates the date on which a bucket was created.
	*
	* XML: `<CreationDate>`.
	*/
	creationDate: Date;
	/**
	* Indicates the bucket type: OBJECT (an object bucket) or POSIX (a parallel file system).
	*
	* XML: `<BucketType>`.
	*/
	bucketType?: string | undefined;
}
/** How Bucket is read from and written to XML. */
export declare const BUCKET_XML: XmlStructureShape;
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
/** Indicates the container element for a successful deletion. */
export interface DeletedObject {
	/**
	* Indicates the key of a deleted object.
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Indicates the version ID of an object to be deleted.
	*
	* XML: `<VersionId>`.
	*/
	versionId?: string | undefined;
	/**
	* If this element is specified, true will be returned when you create or delete a deletion mark in the requested bucket with versioning enabled.
	*
	* XML: `<DeleteMarker>`.
	*/
	deleteMarker?: boolean | undefined;
	/**
	* Indicates the version ID of the deletion marker deleted or created by the request.
	*
	* XML: `<DeleteMarkerVersionId>`.
	*/
	deleteMarkerVersionId?: string | undefined;
}
/** How DeletedObject is read from and written to XML. */
export declare const DELETED_OBJECT_XML: XmlStructureShape;
/** Indicates the container for a failed deletion. */
export interface DeleteError {
	/**
	* Indicates the key of an object that could not be deleted.
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Indicates the version ID of an object to be deleted.
	*
	* XML: `<VersionId>`.
	*/
	versionId?: string | undefined;
	/**
	* Indicates the status code for a failed deletion.
	*
	* XML: `<Code>`.
	*/
	code: string;
	/**
	* Indicates the error details about a failed deletion.
	*
	* XML: `<Message>`.
	*/
	message: string;
}
/** How DeleteError is read from and written to XML. */
export declare const DELETE_ERROR_XML: XmlStructureShape;
/** Indicates the user information such as the user ID and user name or domain ID and domain name. */
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
/** Indicates the container for objects with deletion marks. */
export interface DeleteMarkerEntry {
	/**
	* Name of an object
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Indicates the object version ID (`null` for an unversioned object's one version).
	*
	* XML: `<VersionId>`.
	*/
	versionId: string;
	/**
	* Specifies whether the object is or is not of the latest version. If the element is true, the object is of the latest version.
	*
	* XML: `<IsLatest>`.
	*/
	isLatest: boolean;
	/**
	* Indicates the date and time when the last modification was made to an object.
	*
	* XML: `<LastModified>`.
	*/
	lastModified: Date;
	/**
	* User information, including the DomainId and name
	*
	* XML: `<Owner>`.
	*/
	owner?: Owner | undefined;
}
/** How DeleteMarkerEntry is read from and written to XML. */
export declare const DELETE_MARKER_ENTRY_XML: XmlStructureShape;
/** Container for tag information */
export interface GetBucketTaggingTag {
	/**
	* Name of the tag: 1 to 36 characters, case sensitive, unique among the bucket's tags, neither starting nor ending with a space, without any of , / | < > = * \
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Value of the tag: 0 to 43 characters, case sensitive, without any of , / | < > = * \
	*
	* XML: `<Value>`.
	*/
	value: string;
}
/** How GetBucketTaggingTag is read from and written to XML. */
export declare const GET_BUCKET_TAGGING_TAG_XML: XmlStructureShape;
/** A key prefix up to the delimiter, standing for every upload under it. */
export interface ListMultipartUploadsCommonPrefix {
	/**
	* Prefix contained in a CommonPrefix element
	*
	* XML: `<Prefix>`.
	*/
	prefix: string;
}
/** How ListMultipartUploadsCommonPrefix is read from and written to XML. */
export declare const LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML: XmlStructureShape;
/** A key prefix up to the delimiter, standing for every object under it. */
export interface ListObjectsCommonPrefix {
	/**
	* Prefix contained in a CommonPrefixes element
	*
	* XML: `<Prefix>`.
	*/
	prefix: string;
}
/** How ListObjectsCommonPrefix is read from and written to XML. */
export declare const LIST_OBJECTS_COMMON_PREFIX_XML: XmlStructureShape;
/** Metadata of the objects */
export interface ListObjectsContents {
	/**
	* Name of an object
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Date and time when the last modification was made to an object
	*
	* XML: `<LastModified>`.
	*/
	lastModified: Date;
	/**
	* The MD5 value of an object. (If an object is encrypted using server-side encryption, the ETag value is not the MD5 value of the object.)
	*
	* XML: `<ETag>`.
	*/
	eTag: string;
	/**
	* Number of bytes of an object
	*
	* XML: `<Size>`.
	*/
	size: number;
	/**
	* User information, including the DomainId and name
	*
	* XML: `<Owner>`.
	*/
	owner?: Owner | undefined;
	/**
	* Storage class of an object: STANDARD, STANDARD_IA or GLACIER (a string, as servers answer other names).
	*
	* XML: `<StorageClass>`.
	*/
	storageClass?: string | undefined;
}
/** How ListObjectsContents is read from and written to XML. */
export declare const LIST_OBJECTS_CONTENTS_XML: XmlStructureShape;
/** A key prefix up to the delimiter, standing for every object under it. */
export interface ListObjectsV2CommonPrefix {
	/**
	* Prefix contained in a CommonPrefixes element
	*
	* XML: `<Prefix>`.
	*/
	prefix: string;
}
/** How ListObjectsV2CommonPrefix is read from and written to XML. */
export declare const LIST_OBJECTS_V2_COMMON_PREFIX_XML: XmlStructureShape;
/** Metadata of the objects */
export interface ListObjectsV2Contents {
	/**
	* Name of an object
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Date and time when the last modification was made to an object
	*
	* XML: `<LastModified>`.
	*/
	lastModified: Date;
	/**
	* The MD5 value of an object. (If an object is encrypted using server-side encryption, the ETag value is not the MD5 value of the object.)
	*
	* XML: `<ETag>`.
	*/
	eTag: string;
	/**
	* Number of bytes of an object
	*
	* XML: `<Size>`.
	*/
	size: number;
	/**
	* User information, including the DomainId and name
	*
	* XML: `<Owner>`.
	*/
	owner?: Owner | undefined;
	/**
	* Storage class of an object: STANDARD, STANDARD_IA or GLACIER (a string, as servers answer other names).
	*
	* XML: `<StorageClass>`.
	*/
	storageClass?: string | undefined;
	/**
	* Object type. This parameter is returned when the object type is not Normal.
	*
	* XML: `<Type>`.
	*/
	type?: string | undefined;
}
/** How ListObjectsV2Contents is read from and written to XML. */
export declare const LIST_OBJECTS_V2_CONTENTS_XML: XmlStructureShape;
/** A key prefix up to the delimiter, standing for every object under it. */
export interface ListObjectVersionsCommonPrefix {
	/**
	* Indicates a different prefix in the grouping information in CommonPrefixes.
	*
	* XML: `<Prefix>`.
	*/
	prefix: string;
}
/** How ListObjectVersionsCommonPrefix is read from and written to XML. */
export declare const LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML: XmlStructureShape;
/** Indicates an object to be deleted. */
export interface ObjectToDelete {
	/**
	* Indicates the key of an object to be deleted (at most 1024 bytes in UTF-8).
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Indicates the version ID of an object to be deleted.
	*
	* XML: `<VersionId>`.
	*/
	versionId?: string | undefined;
}
/** How ObjectToDelete is read from and written to XML. */
export declare const OBJECT_TO_DELETE_XML: XmlStructureShape;
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
/** Container for tag information */
export interface PutBucketTaggingTag {
	/**
	* Name of the tag: 1 to 36 characters, case sensitive, unique among the bucket's tags, neither starting nor ending with a space, without any of , / | < > = * \
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Value of the tag: 0 to 43 characters, case sensitive, without any of , / | < > = * \
	*
	* XML: `<Value>`.
	*/
	value: string;
}
/** How PutBucketTaggingTag is read from and written to XML. */
export declare const PUT_BUCKET_TAGGING_TAG_XML: XmlStructureShape;
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
/** Indicates the container for version information. */
export interface Version {
	/**
	* Name of an object
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* Indicates the object version ID (`null` for an unversioned object's one version).
	*
	* XML: `<VersionId>`.
	*/
	versionId: string;
	/**
	* Specifies whether the object is or is not of the latest version. If the element is true, the object is of the latest version.
	*
	* XML: `<IsLatest>`.
	*/
	isLatest: boolean;
	/**
	* Indicates the date and time when the last modification was made to an object.
	*
	* XML: `<LastModified>`.
	*/
	lastModified: Date;
	/**
	* User information, including the DomainId and name
	*
	* XML: `<Owner>`.
	*/
	owner?: Owner | undefined;
	/**
	* MD5 value of an object
	*
	* XML: `<ETag>`.
	*/
	eTag: string;
	/**
	* Number of bytes of an object
	*
	* XML: `<Size>`.
	*/
	size: number;
	/**
	* Storage type of an object
	*
	* XML: `<StorageClass>`.
	*/
	storageClass?: string | undefined;
}
/** How Version is read from and written to XML. */
export declare const VERSION_XML: XmlStructureShape;
