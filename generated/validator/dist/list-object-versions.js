// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { parseDecimalInteger } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
import { DELETE_MARKER_ENTRY_XML, LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML, VERSION_XML } from "./types.js";
/** How the GET Bucket Object versions response body is written and read. */
export const LIST_OBJECT_VERSIONS_OUTPUT_XML = {
	root: "ListVersionsResult",
	namespace: "http://obs.example.com/doc/2015-06-30/",
	kind: "structure",
	members: [
		{
			member: "name",
			xml: "Name",
			required: true,
			shape: { kind: "string" }
		},
		{
			member: "prefix",
			xml: "Prefix",
			shape: { kind: "string" }
		},
		{
			member: "keyMarker",
			xml: "KeyMarker",
			shape: { kind: "string" }
		},
		{
			member: "versionIdMarker",
			xml: "VersionIdMarker",
			shape: { kind: "string" }
		},
		{
			member: "nextKeyMarker",
			xml: "NextKeyMarker",
			shape: { kind: "string" }
		},
		{
			member: "nextVersionIdMarker",
			xml: "NextVersionIdMarker",
			shape: { kind: "string" }
		},
		{
			member: "maxKeys",
			xml: "MaxKeys",
			required: true,
			shape: { kind: "integer" }
		},
		{
			member: "delimiter",
			xml: "Delimiter",
			shape: { kind: "string" }
		},
		{
			member: "encodingType",
			xml: "EncodingType",
			shape: { kind: "string" }
		},
		{
			member: "isTruncated",
			xml: "IsTruncated",
			required: true,
			shape: { kind: "boolean" }
		},
		{
			member: "versions",
			xml: "Version",
			list: {
				item: "Version",
				wrapped: false
			},
			shape: VERSION_XML
		},
		{
			member: "deleteMarkers",
			xml: "DeleteMarker",
			list: {
				item: "DeleteMarker",
				wrapped: false
			},
			shape: DELETE_MARKER_ENTRY_XML
		},
		{
			member: "commonPrefixes",
			xml: "CommonPrefixes",
			list: {
				item: "CommonPrefixes",
				wrapped: false
			},
			shape: LIST_OBJECT_VERSIONS_COMMON_PREFIX_XML
		}
	]
};
const ENCODING_TYPE_VALUES = new Set(["url"]);
/** The GET Bucket Object versions input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECT_VERSIONS_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a GET Bucket Object versions request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateListObjectVersionsRequest(request, options = {}) {
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
	// query: prefix
	const prefix = queryValue(source.query, "prefix");
	// query: key-marker
	const keyMarker = queryValue(source.query, "key-marker");
	// query: max-keys
	const maxKeysText = queryValue(source.query, "max-keys");
	let maxKeys;
	if (maxKeysText !== undefined) {
		maxKeys = parseDecimalInteger(maxKeysText);
		if (maxKeys === undefined) {
			fail("InvalidArgument", 400, "max-keys", "max-keys must be an integer.");
		} else if (maxKeys < 0) {
			fail("InvalidArgument", 400, "max-keys", "max-keys must be at least 0.");
		}
	}
	// Outside 1–1000 (or absent) the default applies.
	if (maxKeys === undefined || maxKeys < 1 || maxKeys > 1e3) maxKeys = 1e3;
	// query: delimiter
	const delimiter = queryValue(source.query, "delimiter");
	// query: version-id-marker
	const versionIdMarker = queryValue(source.query, "version-id-marker");
	// query: encoding-type
	const encodingType = queryValue(source.query, "encoding-type");
	if (encodingType !== undefined) {
		if (!ENCODING_TYPE_VALUES.has(encodingType)) {
			fail("InvalidArgument", 400, "encoding-type", "encoding-type must be one of url (case-sensitive).");
		}
	}
	// Rules across headers, query parameters and body elements.
	// version-id-marker is only meaningful together with key-marker.
	if (versionIdMarker !== undefined && keyMarker === undefined) {
		fail("InvalidArgument", 400, "version-id-marker", "version-id-marker is only meaningful together with key-marker. Missing: " + [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "));
	}
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = { bucket };
	if (prefix !== undefined) value.prefix = prefix;
	if (keyMarker !== undefined) value.keyMarker = keyMarker;
	value.maxKeys = maxKeys;
	if (delimiter !== undefined) value.delimiter = delimiter;
	if (versionIdMarker !== undefined) value.versionIdMarker = versionIdMarker;
	if (encodingType !== undefined) value.encodingType = encodingType;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
