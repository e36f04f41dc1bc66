// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { checkObjectName } from "./components/object-name.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { checkSseCustomerAlgorithm } from "./components/sse-customer-algorithm.js";
import { checkSseCustomerKeyMd5 } from "./components/sse-customer-key-md5.js";
import { isBase64OfLength, parseDecimalInteger } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
/** The Upload Part input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const UPLOAD_PART_SENSITIVE_MEMBERS = new Set(["sseCustomerKey", "securityToken"]);
/**
* Validates an Upload Part request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateUploadPartRequest(request, options = {}) {
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
	// query: partNumber
	const partNumberText = queryValue(source.query, "partNumber");
	let partNumber;
	if (partNumberText === undefined || partNumberText === "") {
		fail("InvalidArgument", 400, "partNumber", "partNumber is required.");
	} else {
		partNumber = parseDecimalInteger(partNumberText);
		if (partNumber === undefined) {
			fail("InvalidArgument", 400, "partNumber", "partNumber must be an integer.");
		} else if (partNumber < 1) {
			fail("InvalidArgument", 400, "partNumber", "partNumber must be at least 1.");
		} else if (partNumber > 1e4) {
			fail("InvalidArgument", 400, "partNumber", "partNumber must be at most 10000.");
		}
	}
	// query: uploadId
	const uploadId = queryValue(source.query, "uploadId");
	if (uploadId === undefined || uploadId === "") {
		fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
	}
	checkSseCustomerAlgorithm(sseCustomerAlgorithm, fail);
	// x-amz-server-side-encryption-customer-key
	if (sseCustomerKey !== undefined) {
		if (!isBase64OfLength(sseCustomerKey, [32, 64])) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key", "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.");
		}
	}
	checkSseCustomerKeyMd5(sseCustomerKeyMd5, fail, sseCustomerKey);
	// Request body: a byte stream, handed over as it is.
	const payloadValue = source.payload;
	if (payloadValue === undefined || payloadValue === null) fail("EntityTooLarge", 400, "body", "The request body is required.");
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
		key,
		partNumber,
		uploadId,
		body: payloadValue
	};
	if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
	if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
	if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
