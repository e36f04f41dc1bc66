import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type DeleteMarkerEntry, type ListObjectVersionsCommonPrefix, type Version } from "./types.js";
/** The input of GET Bucket Object versions. */
export interface ListObjectVersionsInput extends BucketNameParameter, SecurityTokenParameter {
	/**
	* Limits the response to object keys that begin with the specified prefix.
	*
	* Query parameter: `prefix`.
	*/
	prefix?: string | undefined;
	/**
	* Indicates the object key to start with when listing objects in a bucket. All objects are listed in the dictionary order.
	*
	* Query parameter: `key-marker`.
	*/
	keyMarker?: string | undefined;
	/**
	* Sets the maximum number of object keys returned in the response body. All objects are listed in the dictionary order. The value ranges from 1 to 1000. If the value is not in this range, 1000 is returned by default.
	*
	* Query parameter: `max-keys`. Default: `1000`.
	*/
	maxKeys?: number | undefined;
	/**
	* Indicates a character used to group object keys. All object keys that contain the same string between the prefix and the first occurrence of the delimiter after the prefix are grouped under a single result element CommonPrefixes.
	*
	* Query parameter: `delimiter`.
	*/
	delimiter?: string | undefined;
	/**
	* Indicates the version ID to start with when listing objects in a bucket. All objects are listed in the dictionary order. This parameter is used together with key-marker.
	*
	* If the value of version-id-marker is not a version ID specified by key-marker, version-id-marker is invalid.
	*
	* Valid Value: object version ID|None
	*
	* Query parameter: `version-id-marker`.
	*/
	versionIdMarker?: string | undefined;
	/**
	* `url`: keys, prefixes, markers and the delimiter are percent-encoded in the answer.
	*
	* Query parameter: `encoding-type`.
	*/
	encodingType?: "url" | undefined;
}
/** The output of GET Bucket Object versions. */
export interface ListObjectVersionsOutput {
	/**
	* Indicates the bucket name.
	*
	* XML: `<Name>`.
	*/
	name: string;
	/**
	* Indicates the prefix of an object key. Only objects whose keys have this prefix are listed.
	*
	* XML: `<Prefix>`.
	*/
	prefix?: string | undefined;
	/**
	* Indicates the object key to start with when listing objects.
	*
	* XML: `<KeyMarker>`.
	*/
	keyMarker?: string | undefined;
	/**
	* Indicates the object version ID to start with when listing objects.
	*
	* XML: `<VersionIdMarker>`.
	*/
	versionIdMarker?: string | undefined;
	/**
	* Indicates the key marker for the last returned object in the list. NextKeyMarker is returned when not all the objects are listed.
	*
	* XML: `<NextKeyMarker>`.
	*/
	nextKeyMarker?: string | undefined;
	/**
	* Indicates the version ID marker for the last returned object in the list. NextVersionIdMarker is returned when not all the objects are listed.
	*
	* XML: `<NextVersionIdMarker>`.
	*/
	nextVersionIdMarker?: string | undefined;
	/**
	* Indicates the maximum objects returned.
	*
	* XML: `<MaxKeys>`.
	*/
	maxKeys: number;
	/**
	* The delimiter parameter specified in the request.
	*
	* XML: `<Delimiter>`.
	*/
	delimiter?: string | undefined;
	/**
	* `url` when the request asked for it.
	*
	* XML: `<EncodingType>`.
	*/
	encodingType?: string | undefined;
	/**
	* Determines whether the returned list of objects is truncated. true indicates that the result is incomplete while false indicates that the result is complete.
	*
	* XML: `<IsTruncated>`.
	*/
	isTruncated: boolean;
	/**
	* Indicates the container for version information.
	*
	* XML: repeated `<Version>` elements.
	*/
	versions: Version[];
	/**
	* Indicates the container for objects with deletion marks.
	*
	* XML: repeated `<DeleteMarker>` elements.
	*/
	deleteMarkers: DeleteMarkerEntry[];
	/**
	* Grouping information. If you specify a delimiter in the request, the response contains grouping information in CommonPrefixes.
	*
	* XML: repeated `<CommonPrefixes>` elements.
	*/
	commonPrefixes: ListObjectVersionsCommonPrefix[];
	/**
	* The value created by OBS to uniquely identify a request. OBS uses this value to troubleshoot faults.
	*
	* Header: `x-amz-request-id`.
	*/
	requestId?: string | undefined;
	/**
	* A special token that helps OBS troubleshoot faults.
	*
	* Header: `x-amz-id-2`.
	*/
	hostId?: string | undefined;
}
/** How the GET Bucket Object versions response body is written and read. */
export declare const LIST_OBJECT_VERSIONS_OUTPUT_XML: XmlDocumentShape;
/** The GET Bucket Object versions input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const LIST_OBJECT_VERSIONS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListObjectVersionsInput>;
/**
* Validates a GET Bucket Object versions request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateListObjectVersionsRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<ListObjectVersionsInput>;
