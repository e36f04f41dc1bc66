// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { parseDecimalInteger } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
import { LIST_OBJECTS_COMMON_PREFIX_XML, LIST_OBJECTS_CONTENTS_XML } from "./types.js";
/** How the GET Bucket (List Objects) response body is written and read. */
export const LIST_OBJECTS_OUTPUT_XML = {
	root: "ListBucketResult",
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
			member: "marker",
			xml: "Marker",
			shape: { kind: "string" }
		},
		{
			member: "nextMarker",
			xml: "NextMarker",
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
			member: "contents",
			xml: "Contents",
			list: {
				item: "Contents",
				wrapped: false
			},
			shape: LIST_OBJECTS_CONTENTS_XML
		},
		{
			member: "commonPrefixes",
			xml: "CommonPrefixes",
			list: {
				item: "CommonPrefixes",
				wrapped: false
			},
			shape: LIST_OBJECTS_COMMON_PREFIX_XML
		}
	]
};
const ENCODING_TYPE_VALUES = new Set(["url"]);
/** The GET Bucket (List Objects) input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECTS_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a GET Bucket (List Objects) request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateListObjectsRequest(request, options = {}) {
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
	// query: delimiter
	const delimiter = queryValue(source.query, "delimiter");
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
	// query: encoding-type
	const encodingType = queryValue(source.query, "encoding-type");
	if (encodingType !== undefined) {
		if (!ENCODING_TYPE_VALUES.has(encodingType)) {
			fail("InvalidArgument", 400, "encoding-type", "encoding-type must be one of url (case-sensitive).");
		}
	}
	// query: marker
	const marker = queryValue(source.query, "marker");
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = { bucket };
	if (prefix !== undefined) value.prefix = prefix;
	if (delimiter !== undefined) value.delimiter = delimiter;
	value.maxKeys = maxKeys;
	if (encodingType !== undefined) value.encodingType = encodingType;
	if (marker !== undefined) value.marker = marker;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
