// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { checkCopySourceServerSideEncryptionCustomerAlgorithmTogether } from "./components/copy-source-server-side-encryption-customer-algorithm-together.js";
import { checkCopySourceSseCustomerAlgorithm } from "./components/copy-source-sse-customer-algorithm.js";
import { checkObjectName } from "./components/object-name.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { base64Md5Of, codePointLength, isBase64OfLength, parseDecimalInteger } from "./runtime/checks.js";
import { queryValue, requestHeaders } from "./runtime/request.js";
/** How the Upload Part - Copy response body is written and read. */
export const UPLOAD_PART_COPY_OUTPUT_XML = {
	root: "CopyPartResult",
	namespace: "http://obs.example.com/doc/2015-06-30/",
	kind: "structure",
	members: [{
		member: "lastModified",
		xml: "LastModified",
		required: true,
		shape: { kind: "timestamp" }
	}, {
		member: "eTag",
		xml: "ETag",
		required: true,
		shape: { kind: "string" }
	}]
};
const SSE_CUSTOMER_ALGORITHM_VALUES = new Set(["AES256"]);
/** The Upload Part - Copy input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const UPLOAD_PART_COPY_SENSITIVE_MEMBERS = new Set([
	"sseCustomerKey",
	"copySourceSseCustomerKey",
	"securityToken"
]);
/**
* Validates an Upload Part - Copy request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateUploadPartCopyRequest(request, options = {}) {
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
	const copySource = headers["x-amz-copy-source"];
	const copySourceIfMatch = headers["x-amz-copy-source-if-match"];
	const copySourceIfNoneMatch = headers["x-amz-copy-source-if-none-match"];
	const copySourceIfUnmodifiedSince = headers["x-amz-copy-source-if-unmodified-since"];
	const copySourceIfModifiedSince = headers["x-amz-copy-source-if-modified-since"];
	const copySourceSseCustomerAlgorithm = headers["x-amz-copy-source-server-side-encryption-customer-algorithm"];
	const copySourceRange = headers["x-amz-copy-source-range"];
	const sseCustomerAlgorithm = headers["x-amz-server-side-encryption-customer-algorithm"];
	const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
	const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
	const copySourceSseCustomerKey = headers["x-amz-copy-source-server-side-encryption-customer-key"];
	const copySourceSseCustomerKeyMd5 = headers["x-amz-copy-source-server-side-encryption-customer-key-md5"];
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
	// x-amz-copy-source
	if (copySource === undefined || copySource === "") {
		fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source is required.");
	} else {
		if (codePointLength(copySource) < 1) {
			fail("InvalidArgument", 400, "x-amz-copy-source", "x-amz-copy-source must be at least 1 characters long.");
		}
	}
	checkCopySourceSseCustomerAlgorithm(copySourceSseCustomerAlgorithm, fail);
	// x-amz-copy-source-range
	if (copySourceRange !== undefined) {
		if (!/^bytes=[0-9]+-[0-9]+$/u.test(copySourceRange)) {
			fail("InvalidArgument", 400, "x-amz-copy-source-range", "x-amz-copy-source-range must match ^bytes=[0-9]+-[0-9]+$.");
		}
	}
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
	// x-amz-copy-source-server-side-encryption-customer-key
	if (copySourceSseCustomerKey !== undefined) {
		if (!isBase64OfLength(copySourceSseCustomerKey, [32, 64])) {
			fail("InvalidArgument", 400, "x-amz-copy-source-server-side-encryption-customer-key", "x-amz-copy-source-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.");
		}
	}
	// x-amz-copy-source-server-side-encryption-customer-key-md5
	if (copySourceSseCustomerKeyMd5 !== undefined) {
		if (!isBase64OfLength(copySourceSseCustomerKeyMd5, [16])) {
			fail("InvalidArgument", 400, "x-amz-copy-source-server-side-encryption-customer-key-md5", "x-amz-copy-source-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.");
		} else if (copySourceSseCustomerKey !== undefined && base64Md5Of(copySourceSseCustomerKey) !== copySourceSseCustomerKeyMd5) {
			fail("InvalidArgument", 400, "x-amz-copy-source-server-side-encryption-customer-key-md5", "x-amz-copy-source-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-copy-source-server-side-encryption-customer-key.");
		}
	}
	// Rules across headers, query parameters and body elements.
	// SSE-C needs the algorithm, the key and the key's MD5, all three.
	checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);
	// The source's SSE-C needs the algorithm, the key and the key's MD5, all three.
	checkCopySourceServerSideEncryptionCustomerAlgorithmTogether(fail, copySourceSseCustomerAlgorithm, copySourceSseCustomerKey, copySourceSseCustomerKeyMd5);
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
		copySource
	};
	if (copySourceIfMatch !== undefined) value.copySourceIfMatch = copySourceIfMatch;
	if (copySourceIfNoneMatch !== undefined) value.copySourceIfNoneMatch = copySourceIfNoneMatch;
	if (copySourceIfUnmodifiedSince !== undefined) value.copySourceIfUnmodifiedSince = copySourceIfUnmodifiedSince;
	if (copySourceIfModifiedSince !== undefined) value.copySourceIfModifiedSince = copySourceIfModifiedSince;
	if (copySourceSseCustomerAlgorithm !== undefined) value.copySourceSseCustomerAlgorithm = copySourceSseCustomerAlgorithm;
	if (copySourceRange !== undefined) value.copySourceRange = copySourceRange;
	if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
	if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
	if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
	if (copySourceSseCustomerKey !== undefined) value.copySourceSseCustomerKey = copySourceSseCustomerKey;
	if (copySourceSseCustomerKeyMd5 !== undefined) value.copySourceSseCustomerKeyMd5 = copySourceSseCustomerKeyMd5;
	if (securityToken !== undefined) value.securityToken = securityToken;
	return {
		ok: true,
		value
	};
}
