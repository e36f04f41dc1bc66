// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { parseDecimalInteger } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
import { LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML, UPLOAD_XML } from "./types.js";
/** How the List Multipart Uploads response body is written and read. */
export const LIST_MULTIPART_UPLOADS_OUTPUT_XML = {
	root: "ListMultipartUploadsResult",
	namespace: "http://obs.example.com/doc/2015-06-30/",
	kind: "structure",
	members: [
		{
			member: "bucket",
			xml: "Bucket",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "keyMarker",
			xml: "KeyMarker",
			shape: { kind: "string" }
		},
		{
			member: "uploadIdMarker",
			xml: "UploadIdMarker",
			shape: { kind: "string" }
		},
		{
			member: "nextKeyMarker",
			xml: "NextKeyMarker",
			shape: { kind: "string" }
		},
		{
			member: "nextUploadIdMarker",
			xml: "NextUploadIdMarker",
			shape: { kind: "string" }
		},
		{
			member: "delimiter",
			xml: "Delimiter",
			shape: { kind: "string" }
		},
		{
			member: "prefix",
			xml: "Prefix",
			shape: { kind: "string" }
		},
		{
			member: "maxUploads",
			xml: "MaxUploads",
			required: true,
			shape: { kind: "integer" }
		},
		{
			member: "isTruncated",
			xml: "IsTruncated",
			required: true,
			shape: { kind: "boolean" }
		},
		{
			member: "uploads",
			xml: "Upload",
			list: {
				item: "Upload",
				wrapped: false
			},
			shape: UPLOAD_XML
		},
		{
			member: "commonPrefixes",
			xml: "CommonPrefixes",
			list: {
				item: "CommonPrefixes",
				wrapped: false
			},
			shape: LIST_MULTIPART_UPLOADS_COMMON_PREFIX_XML
		}
	]
};
/** The List Multipart Uploads input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_MULTIPART_UPLOADS_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a List Multipart Uploads request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateListMultipartUploadsRequest(request, options = {}) {
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
	// query: delimiter
	const delimiter = queryValue(source.query, "delimiter");
	// query: prefix
	const prefix = queryValue(source.query, "prefix");
	// query: max-uploads
	const maxUploadsText = queryValue(source.query, "max-uploads");
	let maxUploads;
	if (maxUploadsText !== undefined) {
		maxUploads = parseDecimalInteger(maxUploadsText);
		if (maxUploads === undefined) {
			fail("InvalidArgument", 400, "max-uploads", "max-uploads must be an integer.");
		} else if (maxUploads < 0) {
			fail("InvalidArgument", 400, "max-uploads", "max-uploads must be at least 0.");
		}
	}
	// Outside 1–1000 (or absent) the default applies.
	if (maxUploads === undefined || maxUploads < 1 || maxUploads > 1e3) maxUploads = 1e3;
	// query: key-marker
	const keyMarker = queryValue(source.query, "key-marker");
	// query: upload-id-marker
	const uploadIdMarker = queryValue(source.query, "upload-id-marker");
	// Rules across headers, query parameters and body elements.
	// upload-id-marker is only meaningful together with key-marker.
	if (uploadIdMarker !== undefined && keyMarker === undefined) {
		fail("InvalidArgument", 400, "upload-id-marker", "upload-id-marker is only meaningful together with key-marker. Missing: " + [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "));
	}
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = { bucket };
	if (delimiter !== undefined) value.delimiter = delimiter;
	if (prefix !== undefined) value.prefix = prefix;
	value.maxUploads = maxUploads;
	if (keyMarker !== undefined) value.keyMarker = keyMarker;
	if (uploadIdMarker !== undefined) value.uploadIdMarker = uploadIdMarker;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
