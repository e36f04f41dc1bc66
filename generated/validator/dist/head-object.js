// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { checkChecksumMode } from "./components/checksum-mode.js";
import { checkObjectName } from "./components/object-name.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { base64Md5Of, isBase64OfLength } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
const SSE_CUSTOMER_ALGORITHM_VALUES = new Set(["AES256"]);
/** The HEAD Object input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const HEAD_OBJECT_SENSITIVE_MEMBERS = new Set(["sseCustomerKey", "securityToken"]);
/**
* Validates a HEAD Object request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateHeadObjectRequest(request, options = {}) {
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
	const range = headers["range"];
	const ifModifiedSince = headers["if-modified-since"];
	const ifUnmodifiedSince = headers["if-unmodified-since"];
	const ifMatch = headers["if-match"];
	const ifNoneMatch = headers["if-none-match"];
	const checksumMode = headers["x-amz-checksum-mode"];
	const sseCustomerAlgorithm = headers["x-amz-server-side-encryption-customer-algorithm"];
	const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
	const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
	const securityToken = headers["x-amz-security-token"];
	// path: BucketName
	const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
	checkBucketName(bucket, fail);
	// path: ObjectName
	const key = typeof source.key === "string" ? source.key : undefined;
	checkObjectName(key, fail);
	// query: versionId
	const versionId = queryValue(source.query, "versionId");
	checkChecksumMode(checksumMode, fail);
	// x-amz-server-side-encryption-customer-algorithm
	if (sseCustomerAlgorithm !== undefined) {
		if (!SSE_CUSTOMER_ALGORITHM_VALUES.has(sseCustomerAlgorithm)) {
			fail("InvalidEncryptionAlgorithmError", 400, "x-amz-server-side-encryption-customer-algorithm", "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).");
		}
	}
	// x-amz-server-side-encryption-customer-key
	if (sseCustomerKey !== undefined) {
		if (!isBase64OfLength(sseCustomerKey, [32, 64])) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key", "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.");
		}
	}
	// x-amz-server-side-encryption-customer-key-md5
	if (sseCustomerKeyMd5 !== undefined) {
		if (!isBase64OfLength(sseCustomerKeyMd5, [16])) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key-md5", "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.");
		} else if (sseCustomerKey !== undefined && base64Md5Of(sseCustomerKey) !== sseCustomerKeyMd5) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key-md5", "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.");
		}
	}
	// Rules across headers, query parameters and body elements.
	// SSE-C needs the algorithm, the key and the key's MD5, all three.
	checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = {
		bucket,
		key
	};
	if (versionId !== undefined) value.versionId = versionId;
	if (range !== undefined) value.range = range;
	if (ifModifiedSince !== undefined) value.ifModifiedSince = ifModifiedSince;
	if (ifUnmodifiedSince !== undefined) value.ifUnmodifiedSince = ifUnmodifiedSince;
	if (ifMatch !== undefined) value.ifMatch = ifMatch;
	if (ifNoneMatch !== undefined) value.ifNoneMatch = ifNoneMatch;
	if (checksumMode !== undefined) value.checksumMode = checksumMode;
	if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
	if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
	if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
