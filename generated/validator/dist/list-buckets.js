// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { requestHeaders } from "./runtime/request.js";
import { BUCKET_XML, OWNER_XML } from "./types.js";
/** How the List Buckets response body is written and read. */
export const LIST_BUCKETS_OUTPUT_XML = {
	root: "ListAllMyBucketsResult",
	namespace: "http://obs.example.com/doc/2015-06-30/",
	kind: "structure",
	members: [{
		member: "owner",
		xml: "Owner",
		required: true,
		shape: OWNER_XML
	}, {
		member: "buckets",
		xml: "Buckets",
		list: {
			item: "Bucket",
			wrapped: true
		},
		shape: BUCKET_XML
	}]
};
/** The List Buckets input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const LIST_BUCKETS_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a List Buckets request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateListBucketsRequest(request, options = {}) {
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
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = {};
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
