// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { errorStatus } from "./error-codes.js";
import { parseBooleanText } from "./runtime/checks.js";
import { requestHeaders } from "./runtime/request.js";
import { readXmlDocument } from "./runtime/xml-shapes.js";
import { isCannedAcl, isStorageClass } from "./types.js";
/** How the PUT Bucket request body is read. */
export const PUT_BUCKET_INPUT_XML = {
	root: "CreateBucketConfiguration",
	kind: "structure",
	members: [{
		member: "locationConstraint",
		xml: "LocationConstraint",
		shape: { kind: "string" }
	}]
};
const BUCKET_TYPE_VALUES = new Set(["OBJECT", "POSIX"]);
/** The PUT Bucket input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const PUT_BUCKET_SENSITIVE_MEMBERS = new Set(["securityToken"]);
/**
* Validates a PUT Bucket request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validatePutBucketRequest(request, options = {}) {
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
	const acl = headers["x-amz-acl"];
	const defaultStorageClass = headers["x-default-storage-class"];
	const objectLockEnabledText = headers["x-amz-bucket-object-lock-enabled"];
	const bucketType = headers["x-amz-bucket-type"];
	const securityToken = headers["x-amz-security-token"];
	// path: BucketName
	const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
	checkBucketName(bucket, fail);
	// x-amz-acl
	if (acl !== undefined) {
		if (!isCannedAcl(acl)) {
			fail("InvalidArgument", 400, "x-amz-acl", "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).");
		}
	}
	// x-default-storage-class
	if (defaultStorageClass !== undefined) {
		if (!isStorageClass(defaultStorageClass)) {
			fail("InvalidStorageClass", 400, "x-default-storage-class", "x-default-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).");
		}
	}
	let objectLockEnabled;
	// x-amz-bucket-object-lock-enabled
	if (objectLockEnabledText !== undefined) {
		objectLockEnabled = parseBooleanText(objectLockEnabledText);
		if (objectLockEnabled === undefined) {
			fail("InvalidArgument", 400, "x-amz-bucket-object-lock-enabled", "x-amz-bucket-object-lock-enabled must be true or false.");
		}
	}
	// x-amz-bucket-type
	if (bucketType !== undefined) {
		if (!BUCKET_TYPE_VALUES.has(bucketType)) {
			fail("InvalidArgument", 400, "x-amz-bucket-type", "x-amz-bucket-type must be one of OBJECT, POSIX (case-sensitive).");
		}
	}
	// Request body: <CreateBucketConfiguration>
	let payloadValue;
	if (source.payload === undefined || source.payload === null) {} else {
		payloadValue = readXmlDocument(PUT_BUCKET_INPUT_XML, source.payload, "MalformedXML", (code, target, message) => fail(code, errorStatus(code), target, message));
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
	if (acl !== undefined) value.acl = acl;
	if (defaultStorageClass !== undefined) value.defaultStorageClass = defaultStorageClass;
	if (objectLockEnabled !== undefined) value.objectLockEnabled = objectLockEnabled;
	if (bucketType !== undefined) value.bucketType = bucketType;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
