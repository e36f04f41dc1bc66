// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { errorStatus } from "./error-codes.js";
import { requestHeaders } from "./runtime/request.js";
import { readXmlDocument } from "./runtime/xml-shapes.js";
/** How the PUT Bucket versioning request body is read. */
export const PUT_BUCKET_VERSIONING_INPUT_XML = {
	root: "VersioningConfiguration",
	kind: "structure",
	members: [{
		member: "status",
		xml: "Status",
		required: true,
		shape: {
			kind: "string",
			enum: ["Enabled", "Suspended"]
		}
	}]
};
/** The PUT Bucket versioning input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_VERSIONING_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a PUT Bucket versioning request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validatePutBucketVersioningRequest(request, options = {}) {
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
	// Request body: <VersioningConfiguration>
	let payloadValue;
	if (source.payload === undefined || source.payload === null) {
		fail("MalformedXML", 400, "body", "The request body is required.");
	} else {
		payloadValue = readXmlDocument(PUT_BUCKET_VERSIONING_INPUT_XML, source.payload, "MalformedXML", (code, target, message) => fail(code, errorStatus(code), target, message));
	}
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = {
		bucket,
		...payloadValue
	};
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
