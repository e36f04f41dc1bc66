import { type BucketNameParameter } from "./components/bucket-name.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type Owner, type Part, type StorageClass } from "./types.js";
/** The input of List Parts. */
export interface ListPartsInput extends BucketNameParameter, ObjectNameParameter, SecurityTokenParameter {
	/**
	* Indicates the ID of the multipart upload whose parts are to be listed.
	*
	* Query parameter: `uploadId`.
	*/
	uploadId: string;
	/**
	* Sets the maximum number of parts to be listed.
	*
	* Query parameter: `max-parts`. Default: `1000`.
	*/
	maxParts?: number | undefined;
	/**
	* Specifies the part after which the part listing begins. The OBS lists only parts with greater numbers than that specified by this parameter.
	*
	* Query parameter: `part-number-marker`.
	*/
	partNumberMarker?: number | undefined;
}
/** The output of List Parts. */
export interface ListPartsOutput {
	/**
	* Name of the bucket to which the multipart upload was initiated
	*
	* XML: `<Bucket>`.
	*/
	bucket: string;
	/**
	* Key of the object for which the multipart upload was initiated
	*
	* XML: `<Key>`.
	*/
	key: string;
	/**
	* ID that identifies the multipart upload whose parts are listed
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
	* Part number after which the part listing begins
	*
	* XML: `<PartNumberMarker>`.
	*/
	partNumberMarker?: number | undefined;
	/**
	* Value of PartNumberMarker in a subsequent request after a part list is truncated.
	*
	* XML: `<NextPartNumberMarker>`.
	*/
	nextPartNumberMarker?: number | undefined;
	/**
	* Maximum number of parts that are returned
	*
	* XML: `<MaxParts>`.
	*/
	maxParts: number;
	/**
	* Indicates whether the returned part list is truncated. true indicates that the list was truncated and false indicates that the list was not truncated.
	*
	* XML: `<IsTruncated>`.
	*/
	isTruncated: boolean;
	/**
	* Container for elements related to a particular part
	*
	* XML: repeated `<Part>` elements.
	*/
	parts: Part[];
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
/** How the List Parts response body is written and read. */
export declare const LIST_PARTS_OUTPUT_XML: XmlDocumentShape;
/** The List Parts input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const LIST_PARTS_SENSITIVE_MEMBERS: ReadonlySet<keyof ListPartsInput>;
/**
* Validates a List Parts request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateListPartsRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<ListPartsInput>;
