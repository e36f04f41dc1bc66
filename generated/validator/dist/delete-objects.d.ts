import { type BucketNameParameter } from "./components/bucket-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { type DeletedObject, type DeleteError, type ObjectToDelete } from "./types.js";
/** The input of DELETE Multiple Objects. */
export interface DeleteObjectsInput extends BucketNameParameter, SecurityTokenParameter {
	/**
	* Indicates the element to enable quite mode for the request. If the element is specified, OBS returns only the list of objects that failed to be deleted. This element is only valid when its value is true. Otherwise, OBS ignores it.
	*
	* XML: `<Quiet>`.
	*/
	quiet?: boolean | undefined;
	/**
	* Indicates an object to be deleted.
	*
	* XML: repeated `<Object>` elements.
	*/
	objects: ObjectToDelete[];
}
/** The output of DELETE Multiple Objects. */
export interface DeleteObjectsOutput {
	/**
	* Indicates the container element for a successful deletion.
	*
	* XML: repeated `<Deleted>` elements.
	*/
	deleted: DeletedObject[];
	/**
	* Indicates the container for a failed deletion.
	*
	* XML: repeated `<Error>` elements.
	*/
	errors: DeleteError[];
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
/** How the DELETE Multiple Objects request body is read. */
export declare const DELETE_OBJECTS_INPUT_XML: XmlDocumentShape;
/** How the DELETE Multiple Objects response body is written and read. */
export declare const DELETE_OBJECTS_OUTPUT_XML: XmlDocumentShape;
/** The DELETE Multiple Objects input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const DELETE_OBJECTS_SENSITIVE_MEMBERS: ReadonlySet<keyof DeleteObjectsInput>;
/**
* Validates a DELETE Multiple Objects request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateDeleteObjectsRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<DeleteObjectsInput>;
