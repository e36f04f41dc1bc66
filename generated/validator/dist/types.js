// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** Every CannedAcl value. */
export const CANNED_ACL_VALUES = new Set([
	"private",
	"public-read",
	"public-read-write",
	"authenticated-read",
	"bucket-owner-read",
	"bucket-owner-full-control",
	"log-delivery-write"
]);
/** Whether `value` is a CannedAcl. */
export function isCannedAcl(value) {
	return CANNED_ACL_VALUES.has(value);
}
/** Every StorageClass value. */
export const STORAGE_CLASS_VALUES = new Set([
	"STANDARD",
	"STANDARD_IA",
	"GLACIER"
]);
/** Whether `value` is a StorageClass. */
export function isStorageClass(value) {
	return STORAGE_CLASS_VALUES.has(value);
}
/** How Bucket is read from and written to XML. */
export const BUCKET_XML = {
	kind: "structure",
	members: [
		{
			member: "name",
			xml: "Name",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "creationDate",
			xml: "CreationDate",
			required: true,
			shape: { kind: "timestamp" }
		},
		{
			member: "bucketType",
			xml: "BucketType",
			shape: { kind: "string" }
		}
	]
};
/** How CompletedPart is read from and written to XML. */
export const COMPLETED_PART_XML = {
	kind: "structure",
	members: [{
		member: "partNumber",
		xml: "PartNumber",
		required: true,
		shape: { kind: "integer" }
	}, {
		member: "eTag",
		xml: "ETag",
		required: true,
		shape: { kind: "string" }
	}]
};
/** How DeletedObject is read from and written to XML. */
export const DELETED_OBJECT_XML = {
	kind: "structure",
	members: [
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "versionId",
			xml: "VersionId",
			shape: { kind: "string" }
		},
		{
			member: "deleteMarker",
			xml: "DeleteMarker",
			shape: { kind: "boolean" }
		},
		{
			member: "deleteMarkerVersionId",
			xml: "DeleteMarkerVersionId",
			shape: { kind: "string" }
		}
	]
};
/** How DeleteError is read from and written to XML. */
export const DELETE_ERROR_XML = {
	kind: "structure",
	members: [
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "versionId",
			xml: "VersionId",
			shape: { kind: "string" }
		},
		{
			member: "code",
			xml: "Code",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "message",
			xml: "Message",
			required: true,
			shape: { kind: "string" }
		}
	]
};
/** How Owner is read from and written to XML. */
export const OWNER_XML = {
	kind: "structure",
	members: [{
		member: "id",
		xml: "ID",
		required: true,
		shape: { kind: "string" }
	}, {
		member: "displayName",
		xml: "DisplayName",
		shape: { kind: "string" }
	}]
};
/** How DeleteMarkerEntry is read from and written to XML. */
export const DELETE_MARKER_ENTRY_XML = {
	kind: "structure",
	members: [
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "versionId",
			xml: "VersionId",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "isLatest",
			xml: "IsLatest",
			required: true,
			shape: { kind: "boolean" }
		},
		{
			member: "lastModified",
			xml: "LastModified",
			required: true,
			shape: { kind: "timestamp" }
		},
		{
			member: "owner",
			xml: "Owner",
			shape: OWNER_XML
		}
	]
};
/** How GetBucketTaggingTag is read from and written to XML. */
export const GET_BUCKET_TAGGING_TAG_XML = {
	kind: "structure",
	members: [{
		member: "key",
		xml: "Key",
		required: true,
		shape: { kind: "string" }
	}, {
		member: "value",
		xml: "Value",
		required: true,
		shape: { kind: "string" }
	}]
};
/** How ListMultipartUploadsCommonPrefix is read from and written to XML. */
export const LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML = {
	kind: "structure",
	members: [{
		member: "prefix",
		xml: "Prefix",
		required: true,
		shape: { kind: "string" }
	}]
};
/** How ListObjectsCommonPrefix is read from and written to XML. */
export const LIST_OBJECTS_COMMON_PREFIX_XML = {
	kind: "structure",
	members: [{
		member: "prefix",
		xml: "Prefix",
		required: true,
		shape: { kind: "string" }
	}]
};
/** How ListObjectsContents is read from and written to XML. */
export const LIST_OBJECTS_CONTENTS_XML = {
	kind: "structure",
	members: [
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "lastModified",
			xml: "LastModified",
			required: true,
			shape: { kind: "timestamp" }
		},
		{
			member: "eTag",
			xml: "ETag",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "size",
			xml: "Size",
			required: true,
			shape: { kind: "integer" }
		},
		{
			member: "owner",
			xml: "Owner",
			shape: OWNER_XML
		},
		{
			member: "storageClass",
			xml: "StorageClass",
			shape: { kind: "string" }
		}
	]
};
/** How ListObjectsV2CommonPrefix is read from and written to XML. */
export const LIST_OBJECTS_V2_COMMON_PREFIX_XML = {
	kind: "structure",
	members: [{
		member: "prefix",
		xml: "Prefix",
		required: true,
		shape: { kind: "string" }
	}]
};
/** How ListObjectsV2Contents is read from and written to XML. */
export const LIST_OBJECTS_V2_CONTENTS_XML = {
	kind: "structure",
	members: [
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "lastModified",
			xml: "LastModified",
			required: true,
			shape: { kind: "timestamp" }
		},
		{
			member: "eTag",
			xml: "ETag",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "size",
			xml: "Size",
			required: true,
			shape: { kind: "integer" }
		},
		{
			member: "owner",
			xml: "Owner",
			shape: OWNER_XML
		},
		{
			member: "storageClass",
			xml: "StorageClass",
			shape: { kind: "string" }
		},
		{
			member: "type",
			xml: "Type",
			shape: { kind: "string" }
		}
	]
};
/** How ListObjectVersionsCommonPrefix is read from and written to XML. */
export const LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML = {
	kind: "structure",
	members: [{
		member: "prefix",
		xml: "Prefix",
		required: true,
		shape: { kind: "string" }
	}]
};
/** How ObjectToDelete is read from and written to XML. */
export const OBJECT_TO_DELETE_XML = {
	kind: "structure",
	members: [{
		member: "key",
		xml: "Key",
		required: true,
		shape: {
			kind: "string",
			maxBytes: 1024
		}
	}, {
		member: "versionId",
		xml: "VersionId",
		shape: { kind: "string" }
	}]
};
/** How Part is read from and written to XML. */
export const PART_XML = {
	kind: "structure",
	members: [
		{
			member: "partNumber",
			xml: "PartNumber",
			required: true,
			shape: { kind: "integer" }
		},
		{
			member: "lastModified",
			xml: "LastModified",
			required: true,
			shape: { kind: "timestamp" }
		},
		{
			member: "eTag",
			xml: "ETag",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "size",
			xml: "Size",
			required: true,
			shape: { kind: "integer" }
		}
	]
};
/** How PutBucketTaggingTag is read from and written to XML. */
export const PUT_BUCKET_TAGGING_TAG_XML = {
	kind: "structure",
	members: [{
		member: "key",
		xml: "Key",
		required: true,
		error: "InvalidTag",
		shape: {
			kind: "string",
			minLength: 1,
			maxLength: 36,
			pattern: "^(?! )[^,/|<>=*\\\\]*(?<! )$"
		}
	}, {
		member: "value",
		xml: "Value",
		required: true,
		error: "InvalidTag",
		shape: {
			kind: "string",
			maxLength: 43,
			pattern: "^[^,/|<>=*\\\\]*$"
		}
	}]
};
/** How Upload is read from and written to XML. */
export const UPLOAD_XML = {
	kind: "structure",
	members: [
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "uploadId",
			xml: "UploadId",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "initiator",
			xml: "Initiator",
			shape: OWNER_XML
		},
		{
			member: "owner",
			xml: "Owner",
			shape: OWNER_XML
		},
		{
			member: "storageClass",
			xml: "StorageClass",
			shape: {
				kind: "string",
				enum: [
					"STANDARD",
					"STANDARD_IA",
					"GLACIER"
				]
			}
		},
		{
			member: "initiated",
			xml: "Initiated",
			required: true,
			shape: { kind: "timestamp" }
		}
	]
};
/** How Version is read from and written to XML. */
export const VERSION_XML = {
	kind: "structure",
	members: [
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "versionId",
			xml: "VersionId",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "isLatest",
			xml: "IsLatest",
			required: true,
			shape: { kind: "boolean" }
		},
		{
			member: "lastModified",
			xml: "LastModified",
			required: true,
			shape: { kind: "timestamp" }
		},
		{
			member: "owner",
			xml: "Owner",
			shape: OWNER_XML
		},
		{
			member: "eTag",
			xml: "ETag",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "size",
			xml: "Size",
			required: true,
			shape: { kind: "integer" }
		},
		{
			member: "storageClass",
			xml: "StorageClass",
			shape: { kind: "string" }
		}
	]
};
