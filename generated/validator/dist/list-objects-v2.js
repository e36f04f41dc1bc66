// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { parseBooleanText, parseDecimalInteger } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
import { LIST_OBJECTS_V2_COMMON_PREFIX_XML, LIST_OBJECTS_V2_CONTENTS_XML } from "./types.js";
/** How the GET Bucket V2 (List Objects V2) response body is written and read. */
export const LIST_OBJECTS_V2_OUTPUT_XML = {
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
			member: "startAfter",
			xml: "StartAfter",
			shape: { kind: "string" }
		},
		{
			member: "continuationToken",
			xml: "ContinuationToken",
			shape: { kind: "string" }
		},
		{
			member: "nextContinuationToken",
			xml: "NextContinuationToken",
			shape: { kind: "string" }
		},
		{
			member: "keyCount",
			xml: "KeyCount",
			required: true,
			shape: { kind: "integer" }
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
			shape: LIST_OBJECTS_V2_CONTENTS_XML
		},
		{
			member: "commonPrefixes",
			xml: "CommonPrefixes",
			list: {
				item: "CommonPrefixes",
				wrapped: false
			},
			shape: LIST_OBJECTS_V2_COMMON_PREFIX_XML
		}
	]
};
const LIST_TYPE_VALUES = new Set(["2"]);
const ENCODING_TYPE_VALUES = new Set(["url"]);
/** The GET Bucket V2 (List Objects V2) input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_OBJECTS_V2_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a GET Bucket V2 (List Objects V2) request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateListObjectsV2Request(request, options = {}) {
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
	// query: list-type
	const listType = queryValue(source.query, "list-type");
	if (listType === undefined || listType === "") {
		fail("InvalidArgument", 400, "list-type", "list-type is required.");
	} else {
		if (!LIST_TYPE_VALUES.has(listType)) {
			fail("InvalidArgument", 400, "list-type", "list-type must be one of 2 (case-sensitive).");
		}
	}
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
	// query: start-after
	const startAfter = queryValue(source.query, "start-after");
	// query: continuation-token
	const continuationToken = queryValue(source.query, "continuation-token");
	// query: fetch-owner
	const fetchOwnerText = queryValue(source.query, "fetch-owner");
	let fetchOwner;
	if (fetchOwnerText !== undefined) {
		fetchOwner = parseBooleanText(fetchOwnerText);
		if (fetchOwner === undefined) {
			fail("InvalidArgument", 400, "fetch-owner", "fetch-owner must be true or false.");
		}
	}
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = {
		bucket,
		listType
	};
	if (prefix !== undefined) value.prefix = prefix;
	if (delimiter !== undefined) value.delimiter = delimiter;
	value.maxKeys = maxKeys;
	if (encodingType !== undefined) value.encodingType = encodingType;
	if (startAfter !== undefined) value.startAfter = startAfter;
	if (continuationToken !== undefined) value.continuationToken = continuationToken;
	if (fetchOwner !== undefined) value.fetchOwner = fetchOwner;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
