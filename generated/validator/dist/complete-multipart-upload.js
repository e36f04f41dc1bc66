// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { checkObjectName } from "./components/object-name.js";
import { errorStatus } from "./error-codes.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
import { readXmlDocument } from "./runtime/xml-shapes.js";
import { COMPLETED_PART_XML } from "./types.js";
/** How the Complete Multipart Upload request body is read. */
export const COMPLETE_MULTIPART_UPLOAD_INPUT_XML = {
	root: "CompleteMultipartUpload",
	kind: "structure",
	members: [{
		member: "parts",
		xml: "Part",
		required: true,
		list: {
			item: "Part",
			wrapped: false
		},
		shape: COMPLETED_PART_XML
	}]
};
/** How the Complete Multipart Upload response body is written and read. */
export const COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML = {
	root: "CompleteMultipartUploadResult",
	namespace: "http://obs.example.com/doc/2015-06-30/",
	kind: "structure",
	members: [
		{
			member: "location",
			xml: "Location",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "bucket",
			xml: "Bucket",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "key",
			xml: "Key",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "eTag",
			xml: "ETag",
			required: true,
			shape: { kind: "string" }
		}
	]
};
/** The Complete Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const COMPLETE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a Complete Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateCompleteMultipartUploadRequest(request, options = {}) {
	const errors = [];
	const fail = (code, status, target, message) => {
		errors.push({
			code,
			status,
			target,
			message
		});
	};
	// Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
	const source = request !== null && typeof request === "object" ? request : {};
	// Headers by lowercase name, a repeated header's values joined with commas.
	const headers = requestHeaders(source, options);
	const securityToken = headers["x-amz-security-token"];
	// path: BucketName
	const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
	checkBucketName(bucket, fail);
	// path: ObjectName
	const key = typeof source.key === "string" ? source.key : undefined;
	checkObjectName(key, fail);
	// query: uploadId
	const uploadId = queryValue(source.query, "uploadId");
	if (uploadId === undefined || uploadId === "") {
		fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
	}
	// Request body: <CompleteMultipartUpload>
	let payloadValue;
	if (source.payload === undefined || source.payload === null) {
		fail("MalformedXML", 400, "body", "The request body is required.");
	} else {
		payloadValue = readXmlDocument(COMPLETE_MULTIPART_UPLOAD_INPUT_XML, source.payload, "MalformedXML", (code, target, message) => fail(code, errorStatus(code), target, message));
	}
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = {
		bucket,
		key,
		uploadId,
		...payloadValue
	};
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
