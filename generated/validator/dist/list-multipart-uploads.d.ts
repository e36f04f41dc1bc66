import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type ListMultipartUploadsCommonPrefix, type Upload } from "./types.js";
/** The input of List Multipart Uploads. */
export interface ListMultipartUploadsInput extends BucketNameParameter, SecurityTokenParameter {
	/**
	* Character used to group object keys. All keys that contain the same string between prefix, if specified, and the first occurrence of the delimiter after prefix are grouped under a single result element CommonPrefixes.
	*
	* Query parameter: `delimiter`.
	*/
	delimiter?: string | undefined;
	/**
	* Lists in-progress uploads only for those object keys that begin with the specified prefix.
	*
	* Query parameter: `prefix`.
	*/
	prefix?: string | undefined;
	/**
	* Sets the maximum number (ranging from 1 to 1000) of multipart uploads to be returned in the response body. If the value is not in this range, 1000 is returned by default.
	*
	* Query parameter: `max-uploads`. Default: `1000`.
	*/
	maxUploads?: number | undefined;
	/**
	* Indicates the multipart upload after which the listing begins.
	*
	* Query parameter: `key-marker`.
	*/
	keyMarker?: string | undefined;
	/**
	* Indicates the multipart upload after which the listing begins. This parameter is used together with key-marker.
	*
	* Query parameter: `upload-id-marker`.
	*/
	uploadIdMarker?: string | undefined;
}
/** The output of List Multipart Uploads. */
export interface ListMultipartUploadsOutput {
	/**
	* Name of the bucket to which the multipart upload was initiated
	*
	* XML: `<Bucket>`.
	*/
	bucket: string;
	/**
	* Object keys at or after which the multipart upload listing begins
	*
	* XML: `<KeyMarker>`.
	*/
	keyMarker?: string | undefined;
	/**
	* Upload ID after which the multipart upload listing begins
	*
	* XML: `<UploadIdMarker>`.
	*/
	uploadIdMarker?: string | undefined;
	/**
	* Value of KeyMarker in a subsequent request after a multipart upload list is truncated
	*
	* XML: `<NextKeyMarker>`.
	*/
	nextKeyMarker?: string | undefined;
	/**
	* Value of UploadMarker in a subsequent request after a multipart upload list is truncated
	*
	* XML: `<NextUploadIdMarker>`.
	*/
	nextUploadIdMarker?: string | undefined;
	/**
	* Contains the delimiter specified in the request.
	*
	* XML: `<Delimiter>`.
	*/
	delimiter?: string | undefined;
	/**
	* Contains the prefix specified in the request.
	*
	* XML: `<Prefix>`.
	*/
	prefix?: string | undefined;
	/**
	* Maximum of multipart uploads to be returned in the response
	*
	* XML: `<MaxUploads>`.
	*/
	maxUploads: number;
	/**
	* Indicates whether the returned list of multipart uploads is truncated. true indicates that the list was truncated and false indicates that the list was not truncated.
	*
	* XML: `<IsTruncated>`.
	*/
	isTruncated: boolean;
	/**
	* Container for elements related to a specific multipart upload
	*
	* XML: repeated `<Upload>` elements.
	*/
	uploads: Upload[];
	/**
	* If you specify a delimiter in the request, the result returns each distinct key prefix containing the delimiter in a CommonPrefixes element.
	*
	* XML: repeated `<CommonPrefixes>` elements.
	*/
	commonPrefixes: ListMultipartUploadsCommonPrefix[];
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
/** How the List Multipart Uploads response body is written and read. */
export declare const LIST_MULTIPART_UPLOADS_OUTPUT_XML: XmlDocumentShape;
/** The List Multipart Uploads input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const LIST_MULTIPART_UPLOADS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListMultipartUploadsInput>;
/**
* Validates a List Multipart Uploads request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateListMultipartUploadsRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<ListMultipartUploadsInput>;
