// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { type JsonDocumentShape } from "./runtime/json-shapes.js";
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

/** Container for specifying when the not merged parts (fragments) in an incomplete upload will be deleted. */
export interface AbortIncompleteMultipartUpload {
  /**
   * Specifies the number of days since the initiation of an incomplete multipart upload that OBS will wait before deleting the not merged parts (fragments) of the upload.
   *
   * XML: `<DaysAfterInitiation>`.
   */
  daysAfterInitiation: number;
}

/** How AbortIncompleteMultipartUpload is read from and written to XML. */
export const ABORT_INCOMPLETE_MULTIPART_UPLOAD_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    {
      member: "daysAfterInitiation",
      xml: "DaysAfterInitiation",
      required: true,
      shape: { kind: "integer", minimum: 1 },
    },
  ],
};

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
export const BUCKET_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "name", xml: "Name", required: true, shape: { kind: "string" } },
    { member: "creationDate", xml: "CreationDate", required: true, shape: { kind: "timestamp" } },
    { member: "bucketType", xml: "BucketType", shape: { kind: "string" } },
  ],
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

/** One CORS rule. */
export interface CORSRule {
  /**
   * Indicates the unique identifier of a rule. The value can contain a maximum of 255 characters.
   *
   * XML: `<ID>`.
   */
  id?: string | undefined;
  /**
   * Indicates a method that is allowed by a CORS rule (GET, PUT, HEAD, POST or DELETE).
   *
   * XML: repeated `<AllowedMethod>` elements.
   */
  allowedMethods: ("GET" | "PUT" | "HEAD" | "POST" | "DELETE")[];
  /**
   * Indicates an origin that is allowed by a CORS rule. It is a character string and can contain one wildcard (*).
   *
   * XML: repeated `<AllowedOrigin>` elements.
   */
  allowedOrigins: string[];
  /**
   * Indicates an allowed header (Access-Control-Request-Headers) in a CORS request; it can contain one wildcard (*).
   *
   * XML: repeated `<AllowedHeader>` elements.
   */
  allowedHeaders: string[];
  /**
   * How long, in seconds, a browser may cache the preflight's answer. It can be negative.
   *
   * XML: `<MaxAgeSeconds>`.
   */
  maxAgeSeconds?: number | undefined;
  /**
   * Indicates a supplemented header in CORS responses. It cannot contain spaces.
   *
   * XML: repeated `<ExposeHeader>` elements.
   */
  exposeHeaders: string[];
}

/** How CORSRule is read from and written to XML. */
export const CORSRULE_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "id", xml: "ID", shape: { kind: "string", maxLength: 255 } },
    {
      member: "allowedMethods",
      xml: "AllowedMethod",
      required: true,
      list: { item: "AllowedMethod", wrapped: false },
      shape: { kind: "string", enum: ["GET", "PUT", "HEAD", "POST", "DELETE"] },
    },
    {
      member: "allowedOrigins",
      xml: "AllowedOrigin",
      required: true,
      list: { item: "AllowedOrigin", wrapped: false },
      shape: { kind: "string", pattern: "^[^*]*\\*?[^*]*$" },
    },
    {
      member: "allowedHeaders",
      xml: "AllowedHeader",
      list: { item: "AllowedHeader", wrapped: false },
      shape: { kind: "string", pattern: "^[^*]*\\*?[^*]*$" },
    },
    {
      member: "maxAgeSeconds",
      xml: "MaxAgeSeconds",
      shape: { kind: "integer", minimum: -2147483648, maximum: 2147483647 },
    },
    {
      member: "exposeHeaders",
      xml: "ExposeHeader",
      list: { item: "ExposeHeader", wrapped: false },
      shape: { kind: "string", pattern: "^\\S+$" },
    },
  ],
};

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
export const DELETED_OBJECT_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "versionId", xml: "VersionId", shape: { kind: "string" } },
    { member: "deleteMarker", xml: "DeleteMarker", shape: { kind: "boolean" } },
    { member: "deleteMarkerVersionId", xml: "DeleteMarkerVersionId", shape: { kind: "string" } },
  ],
};

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
export const DELETE_ERROR_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "versionId", xml: "VersionId", shape: { kind: "string" } },
    { member: "code", xml: "Code", required: true, shape: { kind: "string" } },
    { member: "message", xml: "Message", required: true, shape: { kind: "string" } },
  ],
};

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
export const OWNER_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "id", xml: "ID", required: true, shape: { kind: "string" } },
    { member: "displayName", xml: "DisplayName", shape: { kind: "string" } },
  ],
};

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
export const DELETE_MARKER_ENTRY_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "versionId", xml: "VersionId", required: true, shape: { kind: "string" } },
    { member: "isLatest", xml: "IsLatest", required: true, shape: { kind: "boolean" } },
    { member: "lastModified", xml: "LastModified", required: true, shape: { kind: "timestamp" } },
    { member: "owner", xml: "Owner", shape: OWNER_XML },
  ],
};

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
export const GET_BUCKET_TAGGING_TAG_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "value", xml: "Value", required: true, shape: { kind: "string" } },
  ],
};

/** Container for the details about the grantee: an OBS user (xsi:type CanonicalUser, by its ID) or a group (xsi:type Group, by its URI: AllUsers, AuthenticatedUsers or LogDelivery). */
export interface Grantee {
  /**
   * The grantee's kind, the xsi:type attribute.
   *
   * XML: attribute `xsi:type`.
   */
  type: "CanonicalUser" | "Group";
  /**
   * DomainId of the user (a CanonicalUser grantee).
   *
   * XML: `<ID>`.
   */
  id?: string | undefined;
  /**
   * Indicates the name of the grantee.
   *
   * XML: `<DisplayName>`.
   */
  displayName?: string | undefined;
  /**
   * The group (a Group grantee), e.g. http://acs.amazonaws.com/groups/global/AllUsers.
   *
   * XML: `<URI>`.
   */
  uri?: string | undefined;
}

/** How Grantee is read from and written to XML. */
export const GRANTEE_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    {
      member: "type",
      xml: "type",
      required: true,
      attribute: { prefix: "xsi", namespace: "http://www.w3.org/2001/XMLSchema-instance" },
      shape: { kind: "string", enum: ["CanonicalUser", "Group"] },
    },
    { member: "id", xml: "ID", shape: { kind: "string" } },
    { member: "displayName", xml: "DisplayName", shape: { kind: "string" } },
    { member: "uri", xml: "URI", shape: { kind: "string" } },
  ],
};

/** Container for the grantee and its permission. */
export interface Grant {
  /**
   * Container for the details about the grantee: an OBS user (xsi:type CanonicalUser, by its ID) or a group (xsi:type Group, by its URI: AllUsers, AuthenticatedUsers or LogDelivery).
   *
   * XML: `<Grantee>`.
   */
  grantee: Grantee;
  /**
   * Indicates the permission to be granted (ACL page, Table 2): READ, WRITE, READ_ACP, WRITE_ACP or FULL_CONTROL.
   *
   * XML: `<Permission>`.
   */
  permission: "READ" | "WRITE" | "READ_ACP" | "WRITE_ACP" | "FULL_CONTROL";
}

/** How Grant is read from and written to XML. */
export const GRANT_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "grantee", xml: "Grantee", required: true, shape: GRANTEE_XML },
    {
      member: "permission",
      xml: "Permission",
      required: true,
      shape: { kind: "string", enum: ["READ", "WRITE", "READ_ACP", "WRITE_ACP", "FULL_CONTROL"] },
    },
  ],
};

/** Indicates the container for the object expiration rule. */
export interface LifecycleExpiration {
  /**
   * Indicates when the specified rule takes effect (applicable to the latest object version), midnight UTC in ISO 8601.
   *
   * XML: `<Date>`.
   */
  date?: Date | undefined;
  /**
   * Indicates the number of days after object creation when the specified rule takes effect.
   *
   * XML: `<Days>`.
   */
  days?: number | undefined;
}

/** How LifecycleExpiration is read from and written to XML. */
export const LIFECYCLE_EXPIRATION_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "date", xml: "Date", shape: { kind: "timestamp" } },
    { member: "days", xml: "Days", shape: { kind: "integer", minimum: 1 } },
  ],
};

/** Indicates the container for the noncurrent object expiration rule. */
export interface NoncurrentVersionExpiration {
  /**
   * Indicates the number of days after object is noncurrent when the specified rule takes effect.
   *
   * XML: `<NoncurrentDays>`.
   */
  noncurrentDays: number;
}

/** How NoncurrentVersionExpiration is read from and written to XML. */
export const NONCURRENT_VERSION_EXPIRATION_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "noncurrentDays", xml: "NoncurrentDays", required: true, shape: { kind: "integer", minimum: 1 } },
  ],
};

/** When the latest version moves to another storage class. */
export interface LifecycleTransition {
  /**
   * Indicates when the specified rule takes effect (applicable to the latest object version), midnight UTC in ISO 8601.
   *
   * XML: `<Date>`.
   */
  date?: Date | undefined;
  /**
   * Indicates the number of days after object creation when the specified rule takes effect.
   *
   * XML: `<Days>`.
   */
  days?: number | undefined;
  /**
   * Indicates the new storage class of the object, STANDARD_IA or GLACIER.
   *
   * XML: `<StorageClass>`.
   */
  storageClass: "STANDARD_IA" | "GLACIER";
}

/** How LifecycleTransition is read from and written to XML. */
export const LIFECYCLE_TRANSITION_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "date", xml: "Date", shape: { kind: "timestamp" } },
    { member: "days", xml: "Days", shape: { kind: "integer", minimum: 1 } },
    {
      member: "storageClass",
      xml: "StorageClass",
      required: true,
      shape: { kind: "string", enum: ["STANDARD_IA", "GLACIER"] },
    },
  ],
};

/** When a historical version moves to another storage class. */
export interface NoncurrentVersionTransition {
  /**
   * Indicates the number of days after object is noncurrent when the specified rule takes effect.
   *
   * XML: `<NoncurrentDays>`.
   */
  noncurrentDays: number;
  /**
   * Indicates the new storage class of the object, STANDARD_IA or GLACIER.
   *
   * XML: `<StorageClass>`.
   */
  storageClass: "STANDARD_IA" | "GLACIER";
}

/** How NoncurrentVersionTransition is read from and written to XML. */
export const NONCURRENT_VERSION_TRANSITION_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "noncurrentDays", xml: "NoncurrentDays", required: true, shape: { kind: "integer", minimum: 1 } },
    {
      member: "storageClass",
      xml: "StorageClass",
      required: true,
      shape: { kind: "string", enum: ["STANDARD_IA", "GLACIER"] },
    },
  ],
};

/** One lifecycle rule. */
export interface LifecycleRule {
  /**
   * Indicates the unique identifier of a rule. The value can contain a maximum of 255 characters.
   *
   * XML: `<ID>`.
   */
  id?: string | undefined;
  /**
   * Indicates the object key prefix identifying one or more objects to which the rule applies.
   *
   * XML: `<Prefix>`.
   */
  prefix: string;
  /**
   * Indicates whether the rule is enabled.
   *
   * XML: `<Status>`.
   */
  status: "Enabled" | "Disabled";
  /**
   * Indicates the container for the object expiration rule.
   *
   * XML: `<Expiration>`.
   */
  expiration?: LifecycleExpiration | undefined;
  /**
   * Indicates the container for the noncurrent object expiration rule.
   *
   * XML: `<NoncurrentVersionExpiration>`.
   */
  noncurrentVersionExpiration?: NoncurrentVersionExpiration | undefined;
  /**
   * Indicates the element of the transition time and new storage class (applicable to the latest version of the object) in the lifecycle configuration.
   *
   * XML: repeated `<Transition>` elements.
   */
  transitions: LifecycleTransition[];
  /**
   * Indicates the element of the transition time and new storage class (applicable to historical versions) in the lifecycle configuration.
   *
   * XML: repeated `<NoncurrentVersionTransition>` elements.
   */
  noncurrentVersionTransitions: NoncurrentVersionTransition[];
  /**
   * Container for specifying when the not merged parts (fragments) in an incomplete upload will be deleted.
   *
   * XML: `<AbortIncompleteMultipartUpload>`.
   */
  abortIncompleteMultipartUpload?: AbortIncompleteMultipartUpload | undefined;
}

/** How LifecycleRule is read from and written to XML. */
export const LIFECYCLE_RULE_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "id", xml: "ID", shape: { kind: "string", maxLength: 255 } },
    { member: "prefix", xml: "Prefix", required: true, shape: { kind: "string" } },
    { member: "status", xml: "Status", required: true, shape: { kind: "string", enum: ["Enabled", "Disabled"] } },
    { member: "expiration", xml: "Expiration", shape: LIFECYCLE_EXPIRATION_XML },
    {
      member: "noncurrentVersionExpiration",
      xml: "NoncurrentVersionExpiration",
      shape: NONCURRENT_VERSION_EXPIRATION_XML,
    },
    {
      member: "transitions",
      xml: "Transition",
      list: { item: "Transition", wrapped: false },
      shape: LIFECYCLE_TRANSITION_XML,
    },
    {
      member: "noncurrentVersionTransitions",
      xml: "NoncurrentVersionTransition",
      list: { item: "NoncurrentVersionTransition", wrapped: false },
      shape: NONCURRENT_VERSION_TRANSITION_XML,
    },
    {
      member: "abortIncompleteMultipartUpload",
      xml: "AbortIncompleteMultipartUpload",
      shape: ABORT_INCOMPLETE_MULTIPART_UPLOAD_XML,
    },
  ],
};

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
export const LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML: XmlStructureShape = {
  kind: "structure",
  members: [{ member: "prefix", xml: "Prefix", required: true, shape: { kind: "string" } }],
};

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
export const LIST_OBJECTS_COMMON_PREFIX_XML: XmlStructureShape = {
  kind: "structure",
  members: [{ member: "prefix", xml: "Prefix", required: true, shape: { kind: "string" } }],
};

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
export const LIST_OBJECTS_CONTENTS_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "lastModified", xml: "LastModified", required: true, shape: { kind: "timestamp" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
    { member: "size", xml: "Size", required: true, shape: { kind: "integer" } },
    { member: "owner", xml: "Owner", shape: OWNER_XML },
    { member: "storageClass", xml: "StorageClass", shape: { kind: "string" } },
  ],
};

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
export const LIST_OBJECTS_V2_COMMON_PREFIX_XML: XmlStructureShape = {
  kind: "structure",
  members: [{ member: "prefix", xml: "Prefix", required: true, shape: { kind: "string" } }],
};

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
export const LIST_OBJECTS_V2_CONTENTS_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "lastModified", xml: "LastModified", required: true, shape: { kind: "timestamp" } },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
    { member: "size", xml: "Size", required: true, shape: { kind: "integer" } },
    { member: "owner", xml: "Owner", shape: OWNER_XML },
    { member: "storageClass", xml: "StorageClass", shape: { kind: "string" } },
    { member: "type", xml: "Type", shape: { kind: "string" } },
  ],
};

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
export const LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML: XmlStructureShape = {
  kind: "structure",
  members: [{ member: "prefix", xml: "Prefix", required: true, shape: { kind: "string" } }],
};

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
export const OBJECT_TO_DELETE_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string", maxBytes: 1024 } },
    { member: "versionId", xml: "VersionId", shape: { kind: "string" } },
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
export const PUT_BUCKET_TAGGING_TAG_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    {
      member: "key",
      xml: "Key",
      required: true,
      error: "InvalidTag",
      shape: { kind: "string", minLength: 1, maxLength: 36, pattern: "^(?! )[^,/|<>=*\\\\]*(?<! )$" },
    },
    {
      member: "value",
      xml: "Value",
      required: true,
      error: "InvalidTag",
      shape: { kind: "string", maxLength: 43, pattern: "^[^,/|<>=*\\\\]*$" },
    },
  ],
};

/** Container of a specified replication rule. */
export interface ReplicationRule {
  /**
   * Unique identifier of a rule, with a maximum length of 255 characters.
   *
   * XML: `<ID>`.
   */
  id?: string | undefined;
  /**
   * If the value of this element is Disabled, this rule will be ignored.
   *
   * XML: `<Status>`.
   */
  status: "Enabled" | "Disabled";
  /**
   * Prefix of an object key name, applicable to one or more objects. If the Prefix is left blank, the cross-region replication rule is applied to the whole bucket.
   *
   * XML: `<Prefix>`.
   */
  prefix: string;
  /**
   * Container for the destination bucket information.
   *
   * XML: `<Destination>`.
   */
  destination: {
    bucket: string;
    storageClass?: "STANDARD" | "STANDARD_IA" | "GLACIER";
    deleteData?: "Enabled" | "Disabled";
  };
  /**
   * Whether the objects the bucket holds before the rule are replicated too.
   *
   * XML: `<HistoricalObjectReplication>`.
   */
  historicalObjectReplication?: "Enabled" | "Disabled" | undefined;
}

/** How ReplicationRule is read from and written to XML. */
export const REPLICATION_RULE_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "id", xml: "ID", shape: { kind: "string", maxLength: 255 } },
    { member: "status", xml: "Status", required: true, shape: { kind: "string", enum: ["Enabled", "Disabled"] } },
    { member: "prefix", xml: "Prefix", required: true, shape: { kind: "string" } },
    {
      member: "destination",
      xml: "Destination",
      required: true,
      shape: {
        kind: "structure",
        members: [
          {
            member: "bucket",
            xml: "Bucket",
            required: true,
            shape: { kind: "string", pattern: "^arn:aws:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$" },
          },
          {
            member: "storageClass",
            xml: "StorageClass",
            shape: { kind: "string", enum: ["STANDARD", "STANDARD_IA", "GLACIER"] },
          },
          { member: "deleteData", xml: "DeleteData", shape: { kind: "string", enum: ["Enabled", "Disabled"] } },
        ],
      },
    },
    {
      member: "historicalObjectReplication",
      xml: "HistoricalObjectReplication",
      shape: { kind: "string", enum: ["Enabled", "Disabled"] },
    },
  ],
};

/** Indicates the container for a routing rule that identifies a condition and a redirect applicable when the condition is met. */
export interface RoutingRule {
  /**
   * Indicates the container for describing a condition that must be met for the specified redirect to apply.
   *
   * XML: `<Condition>`.
   */
  condition?: { keyPrefixEquals?: string; httpErrorCodeReturnedEquals?: number } | undefined;
  /**
   * Indicates the container for redirect information.
   *
   * XML: `<Redirect>`.
   */
  redirect: {
    protocol?: "http" | "https";
    hostName?: string;
    replaceKeyPrefixWith?: string;
    replaceKeyWith?: string;
    httpRedirectCode?: number;
  };
}

/** How RoutingRule is read from and written to XML. */
export const ROUTING_RULE_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    {
      member: "condition",
      xml: "Condition",
      shape: {
        kind: "structure",
        members: [
          { member: "keyPrefixEquals", xml: "KeyPrefixEquals", shape: { kind: "string" } },
          {
            member: "httpErrorCodeReturnedEquals",
            xml: "HttpErrorCodeReturnedEquals",
            shape: { kind: "integer", minimum: 400, maximum: 599 },
          },
        ],
      },
    },
    {
      member: "redirect",
      xml: "Redirect",
      required: true,
      shape: {
        kind: "structure",
        members: [
          { member: "protocol", xml: "Protocol", shape: { kind: "string", enum: ["http", "https"] } },
          { member: "hostName", xml: "HostName", shape: { kind: "string" } },
          { member: "replaceKeyPrefixWith", xml: "ReplaceKeyPrefixWith", shape: { kind: "string" } },
          { member: "replaceKeyWith", xml: "ReplaceKeyWith", shape: { kind: "string" } },
          {
            member: "httpRedirectCode",
            xml: "HttpRedirectCode",
            shape: { kind: "integer", minimum: 300, maximum: 399 },
          },
        ],
      },
    },
  ],
};

/** Container for configuring the event notification topic. */
export interface TopicConfiguration {
  /**
   * Unique ID of each event notification. If the user does not specify an ID, the system assigns an ID automatically.
   *
   * XML: `<Id>`.
   */
  id?: string | undefined;
  /**
   * Container of S3Key used to store rules of filtering object names.
   *
   * XML: `<Filter>`.
   */
  filter?: { s3Key?: { filterRules: { name: "prefix" | "suffix"; value: string }[] } } | undefined;
  /**
   * URN of the event notification topic. After detecting a specific event, OBS sends a message to the topic.
   *
   * XML: `<Topic>`.
   */
  topic: string;
  /**
   * Type of events that need to be notified, ObjectCreated:* or ObjectRemoved:Delete say; the s3: prefix S3 clients write (s3:ObjectCreated:*) is taken too.
   *
   * XML: repeated `<Event>` elements.
   */
  events: string[];
}

/** How TopicConfiguration is read from and written to XML. */
export const TOPIC_CONFIGURATION_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "id", xml: "Id", shape: { kind: "string" } },
    {
      member: "filter",
      xml: "Filter",
      shape: {
        kind: "structure",
        members: [
          {
            member: "s3Key",
            xml: "S3Key",
            shape: {
              kind: "structure",
              members: [
                {
                  member: "filterRules",
                  xml: "FilterRule",
                  list: { item: "FilterRule", wrapped: false, maxItems: 2 },
                  shape: {
                    kind: "structure",
                    members: [
                      {
                        member: "name",
                        xml: "Name",
                        required: true,
                        shape: { kind: "string", enum: ["prefix", "suffix"] },
                      },
                      { member: "value", xml: "Value", required: true, shape: { kind: "string" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    { member: "topic", xml: "Topic", required: true, shape: { kind: "string" } },
    {
      member: "events",
      xml: "Event",
      required: true,
      list: { item: "Event", wrapped: false, minItems: 1 },
      shape: { kind: "string", pattern: "^(s3:)?(ObjectCreated|ObjectRemoved):[A-Za-z*]+$" },
    },
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
export const VERSION_XML: XmlStructureShape = {
  kind: "structure",
  members: [
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "versionId", xml: "VersionId", required: true, shape: { kind: "string" } },
    { member: "isLatest", xml: "IsLatest", required: true, shape: { kind: "boolean" } },
    { member: "lastModified", xml: "LastModified", required: true, shape: { kind: "timestamp" } },
    { member: "owner", xml: "Owner", shape: OWNER_XML },
    { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } },
    { member: "size", xml: "Size", required: true, shape: { kind: "integer" } },
    { member: "storageClass", xml: "StorageClass", shape: { kind: "string" } },
  ],
};

/** A bucket policy: statements, each allowing or denying actions (s3:GetObject, s3:*) on resources (arn:aws:s3:::bucket, arn:aws:s3:::bucket/prefix*) to principals (* or {"AWS": [...]}), under conditions. */
export type BucketPolicy = {
  Version?: "2008-10-17" | "2012-10-17";
  Id?: string;
  Statement: {
    Sid?: string;
    Effect: "Allow" | "Deny";
    Principal: "*" | { AWS: string | string[] };
    Action: string | string[];
    Resource: string | string[];
    Condition?: Record<string, Record<string, string | string[]>>;
  }[];
};

/** How a BucketPolicy JSON document is checked. */
export const BUCKET_POLICY_JSON: JsonDocumentShape<BucketPolicy> = {
  kind: "object",
  properties: {
    Version: { kind: "string", enum: ["2008-10-17", "2012-10-17"] },
    Id: { kind: "string" },
    Statement: {
      kind: "array",
      items: {
        kind: "object",
        properties: {
          Sid: { kind: "string" },
          Effect: { kind: "string", enum: ["Allow", "Deny"] },
          Principal: {
            kind: "oneOf",
            options: [
              { kind: "string", enum: ["*"] },
              {
                kind: "object",
                properties: {
                  AWS: {
                    kind: "oneOf",
                    options: [
                      { kind: "string", minLength: 1 },
                      { kind: "array", items: { kind: "string", minLength: 1 }, minItems: 1 },
                    ],
                  },
                },
                required: ["AWS"],
              },
            ],
          },
          Action: {
            kind: "oneOf",
            options: [
              { kind: "string", pattern: "^s3:[A-Za-z*?]+$" },
              { kind: "array", items: { kind: "string", pattern: "^s3:[A-Za-z*?]+$" }, minItems: 1 },
            ],
          },
          Resource: {
            kind: "oneOf",
            options: [
              { kind: "string", pattern: "^arn:aws:s3:::" },
              { kind: "array", items: { kind: "string", pattern: "^arn:aws:s3:::" }, minItems: 1 },
            ],
          },
          Condition: {
            kind: "map",
            values: {
              kind: "map",
              values: { kind: "oneOf", options: [{ kind: "string" }, { kind: "array", items: { kind: "string" } }] },
            },
          },
        },
        required: ["Effect", "Principal", "Action", "Resource"],
      },
      minItems: 1,
    },
  },
  required: ["Statement"],
};
