// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { checkBucketName } from "./components/bucket-name.js";
import { checkObjectLockModeTogether } from "./components/object-lock-mode-together.js";
import { checkObjectLockMode } from "./components/object-lock-mode.js";
import { checkObjectLockRetainUntilDate } from "./components/object-lock-retain-until-date.js";
import { checkObjectName } from "./components/object-name.js";
import { checkServerSideEncryptionAwsKmsKeyIdRequires } from "./components/server-side-encryption-aws-kms-key-id-requires.js";
import { checkServerSideEncryptionCustomerAlgorithmTogether } from "./components/server-side-encryption-customer-algorithm-together.js";
import { checkSseCustomerAlgorithm } from "./components/sse-customer-algorithm.js";
import { checkSseCustomerKeyMd5 } from "./components/sse-customer-key-md5.js";
import { checkStorageClass } from "./components/storage-class.js";
import { checkWebsiteRedirectLocation } from "./components/website-redirect-location.js";
import { isBase64OfLength, recordExceedsUtf8Bytes } from "./runtime/checks.js";
import { prefixedHeaders, requestHeaders } from "./runtime/request.js";
import { isCannedAcl } from "./types.js";
/** How the Initiate Multipart Upload response body is written and read. */
export const INITIATE_MULTIPART_UPLOAD_OUTPUT_XML = {
	root: "InitiateMultipartUploadResult",
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
		}
	]
};
const SERVER_SIDE_ENCRYPTION_VALUES = new Set(["aws:kms"]);
/** The Initiate Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS = new Set(["sseCustomerKey", "securityToken"]);
/**
* Validates an Initiate Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers.
* @param options `requestTime`: the time the request was received (default: now).
*/
export function validateInitiateMultipartUploadRequest(request, options = {}) {
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
	const storageClass = headers["x-amz-storage-class"];
	const websiteRedirectLocation = headers["x-amz-website-redirect-location"];
	const serverSideEncryption = headers["x-amz-server-side-encryption"];
	const sseKmsKeyId = headers["x-amz-server-side-encryption-aws-kms-key-id"];
	const sseCustomerAlgorithm = headers["x-amz-server-side-encryption-customer-algorithm"];
	const sseCustomerKey = headers["x-amz-server-side-encryption-customer-key"];
	const sseCustomerKeyMd5 = headers["x-amz-server-side-encryption-customer-key-md5"];
	const securityToken = headers["x-amz-security-token"];
	const objectLockMode = headers["x-amz-object-lock-mode"];
	const objectLockRetainUntilDate = headers["x-amz-object-lock-retain-until-date"];
	const contentType = headers["content-type"];
	const contentEncoding = headers["content-encoding"];
	const metadata = prefixedHeaders(headers, "x-amz-meta-");
	const requestTime = (options.requestTime ?? new Date()).getTime();
	// path: BucketName
	const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
	checkBucketName(bucket, fail);
	// path: ObjectName
	const key = typeof source.key === "string" ? source.key : undefined;
	checkObjectName(key, fail);
	// x-amz-acl
	if (acl !== undefined) {
		if (!isCannedAcl(acl)) {
			fail("InvalidArgument", 400, "x-amz-acl", "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).");
		}
	}
	checkStorageClass(storageClass, fail);
	checkWebsiteRedirectLocation(websiteRedirectLocation, fail);
	// x-amz-server-side-encryption
	if (serverSideEncryption !== undefined) {
		if (!SERVER_SIDE_ENCRYPTION_VALUES.has(serverSideEncryption)) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption", "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).");
		}
	}
	checkSseCustomerAlgorithm(sseCustomerAlgorithm, fail);
	// x-amz-server-side-encryption-customer-key
	if (sseCustomerKey !== undefined) {
		if (!isBase64OfLength(sseCustomerKey, [32, 64])) {
			fail("InvalidArgument", 400, "x-amz-server-side-encryption-customer-key", "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.");
		}
	}
	checkSseCustomerKeyMd5(sseCustomerKeyMd5, fail, sseCustomerKey);
	checkObjectLockMode(objectLockMode, fail);
	checkObjectLockRetainUntilDate(objectLockRetainUntilDate, fail, requestTime);
	// x-amz-meta-*
	if (metadata !== undefined && recordExceedsUtf8Bytes(metadata, 2048)) {
		fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
	}
	// Rules across headers, query parameters and body elements.
	// SSE-C needs the algorithm, the key and the key's MD5, all three.
	checkServerSideEncryptionCustomerAlgorithmTogether(fail, sseCustomerAlgorithm, sseCustomerKey, sseCustomerKeyMd5);
	// A KMS key ID is only meaningful with x-amz-server-side-encryption.
	checkServerSideEncryptionAwsKmsKeyIdRequires(fail, sseKmsKeyId, serverSideEncryption);
	// SSE-KMS and SSE-C cannot be used together.
	if ((serverSideEncryption !== undefined || sseKmsKeyId !== undefined ? 1 : 0) + (sseCustomerAlgorithm !== undefined || sseCustomerKey !== undefined || sseCustomerKeyMd5 !== undefined ? 1 : 0) > 1) {
		fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
	}
	// The object-lock mode and the retain-until date go together.
	checkObjectLockModeTogether(fail, objectLockMode, objectLockRetainUntilDate);
	if (errors.length > 0) return {
		ok: false,
		errors
	};
	// Every value was checked above; the casts narrow the values to their types.
	const value = {
		bucket,
		key
	};
	if (acl !== undefined) value.acl = acl;
	if (storageClass !== undefined) value.storageClass = storageClass;
	if (websiteRedirectLocation !== undefined) value.websiteRedirectLocation = websiteRedirectLocation;
	if (serverSideEncryption !== undefined) value.serverSideEncryption = serverSideEncryption;
	if (sseKmsKeyId !== undefined) value.sseKmsKeyId = sseKmsKeyId;
	if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm;
	if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
	if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
	if (securityToken !== undefined) value.securityToken = securityToken;
	if (objectLockMode !== undefined) value.objectLockMode = objectLockMode;
	if (objectLockRetainUntilDate !== undefined) value.objectLockRetainUntilDate = objectLockRetainUntilDate;
	if (contentType !== undefined) value.contentType = contentType;
	if (contentEncoding !== undefined) value.contentEncoding = contentEncoding;
	if (metadata !== undefined) value.metadata = metadata;
	return {
		ok: true,
		value
	};
}
