// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { checkObjectName } from "./components/object-name.js";
import { parseDecimalInteger } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
import { OWNER_XML, PART_XML } from "./types.js";
/** How the List Parts response body is written and read. */
export const LIST_PARTS_OUTPUT_XML = {
	root: "ListPartsResult",
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
			member: "partNumberMarker",
			xml: "PartNumberMarker",
			shape: { kind: "integer" }
		},
		{
			member: "nextPartNumberMarker",
			xml: "NextPartNumberMarker",
			shape: { kind: "integer" }
		},
		{
			member: "maxParts",
			xml: "MaxParts",
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
			member: "parts",
			xml: "Part",
			list: {
				item: "Part",
				wrapped: false
			},
			shape: PART_XML
		}
	]
};
/** The List Parts input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_PARTS_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a List Parts request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateListPartsRequest(request, options = {}) {
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
	// query: max-parts
	const maxPartsText = queryValue(source.query, "max-parts");
	let maxParts;
	if (maxPartsText !== undefined) {
		maxParts = parseDecimalInteger(maxPartsText);
		if (maxParts === undefined) {
			fail("InvalidArgument", 400, "max-parts", "max-parts must be an integer.");
		} else if (maxParts < 0) {
			fail("InvalidArgument", 400, "max-parts", "max-parts must be at least 0.");
		}
	}
	// Outside 1–1000 (or absent) the default applies.
	if (maxParts === undefined || maxParts < 1 || maxParts > 1e3) maxParts = 1e3;
	// query: part-number-marker
	const partNumberMarkerText = queryValue(source.query, "part-number-marker");
	let partNumberMarker;
	if (partNumberMarkerText !== undefined) {
		partNumberMarker = parseDecimalInteger(partNumberMarkerText);
		if (partNumberMarker === undefined) {
			fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be an integer.");
		} else if (partNumberMarker < 0) {
			fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be at least 0.");
		}
	}
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = {
		bucket,
		key,
		uploadId
	};
	value.maxParts = maxParts;
	if (partNumberMarker !== undefined) value.partNumberMarker = partNumberMarker;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
