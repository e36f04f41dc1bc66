// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateAbortMultipartUploadRequest, validateCompleteMultipartUploadRequest, validateCopyObjectRequest, validateDeleteBucketRequest, validateDeleteObjectRequest, validateDeleteObjectsRequest, validateGetBucketLocationRequest, validateGetBucketTaggingRequest, validateGetBucketVersioningRequest, validateGetObjectRequest, validateHeadBucketRequest, validateHeadObjectRequest, validateInitiateMultipartUploadRequest, validateListBucketsRequest, validateListMultipartUploadsRequest, validateListObjectsRequest, validateListObjectsV2Request, validateListObjectVersionsRequest, validateListPartsRequest, validatePutBucketRequest, validatePutBucketTaggingRequest, validatePutBucketVersioningRequest, validatePutObjectRequest, validateUploadPartCopyRequest, validateUploadPartRequest } from "@obs-toolkit/validator";
import { deserializeAbortMultipartUploadResponse, serializeAbortMultipartUploadRequest } from "./abort-multipart-upload.js";
import { deserializeCompleteMultipartUploadResponse, serializeCompleteMultipartUploadRequest } from "./complete-multipart-upload.js";
import { deserializeCopyObjectResponse, serializeCopyObjectRequest } from "./copy-object.js";
import { deserializeDeleteBucketResponse, serializeDeleteBucketRequest } from "./delete-bucket.js";
import { deserializeDeleteObjectResponse, serializeDeleteObjectRequest } from "./delete-object.js";
import { deserializeDeleteObjectsResponse, serializeDeleteObjectsRequest } from "./delete-objects.js";
import { deserializeGetBucketLocationResponse, serializeGetBucketLocationRequest } from "./get-bucket-location.js";
import { deserializeGetBucketTaggingResponse, serializeGetBucketTaggingRequest } from "./get-bucket-tagging.js";
import { deserializeGetBucketVersioningResponse, serializeGetBucketVersioningRequest } from "./get-bucket-versioning.js";
import { deserializeGetObjectResponse, serializeGetObjectRequest } from "./get-object.js";
import { deserializeHeadBucketResponse, serializeHeadBucketRequest } from "./head-bucket.js";
import { deserializeHeadObjectResponse, serializeHeadObjectRequest } from "./head-object.js";
import { deserializeInitiateMultipartUploadResponse, serializeInitiateMultipartUploadRequest } from "./initiate-multipart-upload.js";
import { deserializeListBucketsResponse, serializeListBucketsRequest } from "./list-buckets.js";
import { deserializeListMultipartUploadsResponse, serializeListMultipartUploadsRequest } from "./list-multipart-uploads.js";
import { deserializeListObjectVersionsResponse, serializeListObjectVersionsRequest } from "./list-object-versions.js";
import { deserializeListObjectsV2Response, serializeListObjectsV2Request } from "./list-objects-v2.js";
import { deserializeListObjectsResponse, serializeListObjectsRequest } from "./list-objects.js";
import { deserializeListPartsResponse, serializeListPartsRequest } from "./list-parts.js";
import { deserializePutBucketTaggingResponse, serializePutBucketTaggingRequest } from "./put-bucket-tagging.js";
import { deserializePutBucketVersioningResponse, serializePutBucketVersioningRequest } from "./put-bucket-versioning.js";
import { deserializePutBucketResponse, serializePutBucketRequest } from "./put-bucket.js";
import { deserializePutObjectResponse, serializePutObjectRequest } from "./put-object.js";
import { errorFromIssues, send } from "./runtime/transport.js";
import { deserializeUploadPartCopyResponse, serializeUploadPartCopyRequest } from "./upload-part-copy.js";
import { deserializeUploadPartResponse, serializeUploadPartRequest } from "./upload-part.js";
/**
* A typed client for the OBS S3-compatible object storage API.
*
* Each method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an `ObsError` carrying `code`, `message`, `statusCode`, `requestId` and `hostId`.
*/
export class ObsClient {
	config;
	constructor(config) {
		const endpoint = URL.canParse(config.endpoint) ? new URL(config.endpoint) : undefined;
		if (!endpoint || endpoint.protocol !== "http:" && endpoint.protocol !== "https:") throw new TypeError(`endpoint must be an http(s) URL, got ${JSON.stringify(config.endpoint)}`);
		if (config.signatureVersion !== "v2" && config.signatureVersion !== "v4") throw new TypeError("signatureVersion must be \"v2\" or \"v4\"");
		this.config = { ...config };
	}
	async abortMultipartUpload(input, options = {}) {
		const request = serializeAbortMultipartUploadRequest(input);
		const checked = validateAbortMultipartUploadRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeAbortMultipartUploadResponse(await send(this.config, request, options));
	}
	async completeMultipartUpload(input, options = {}) {
		const request = serializeCompleteMultipartUploadRequest(input);
		const checked = validateCompleteMultipartUploadRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeCompleteMultipartUploadResponse(await send(this.config, request, options));
	}
	async copyObject(input, options = {}) {
		const request = serializeCopyObjectRequest(input);
		const checked = validateCopyObjectRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeCopyObjectResponse(await send(this.config, request, options));
	}
	async deleteBucket(input, options = {}) {
		const request = serializeDeleteBucketRequest(input);
		const checked = validateDeleteBucketRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeDeleteBucketResponse(await send(this.config, request, options));
	}
	async deleteObject(input, options = {}) {
		const request = serializeDeleteObjectRequest(input);
		const checked = validateDeleteObjectRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeDeleteObjectResponse(await send(this.config, request, options));
	}
	async deleteObjects(input, options = {}) {
		const request = serializeDeleteObjectsRequest(input);
		const checked = validateDeleteObjectsRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeDeleteObjectsResponse(await send(this.config, request, options));
	}
	async getBucketLocation(input, options = {}) {
		const request = serializeGetBucketLocationRequest(input);
		const checked = validateGetBucketLocationRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeGetBucketLocationResponse(await send(this.config, request, options));
	}
	async getBucketTagging(input, options = {}) {
		const request = serializeGetBucketTaggingRequest(input);
		const checked = validateGetBucketTaggingRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeGetBucketTaggingResponse(await send(this.config, request, options));
	}
	async getBucketVersioning(input, options = {}) {
		const request = serializeGetBucketVersioningRequest(input);
		const checked = validateGetBucketVersioningRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeGetBucketVersioningResponse(await send(this.config, request, options));
	}
	async getObject(input, options = {}) {
		const request = serializeGetObjectRequest(input);
		const checked = validateGetObjectRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeGetObjectResponse(await send(this.config, request, options));
	}
	async headBucket(input, options = {}) {
		const request = serializeHeadBucketRequest(input);
		const checked = validateHeadBucketRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeHeadBucketResponse(await send(this.config, request, options));
	}
	async headObject(input, options = {}) {
		const request = serializeHeadObjectRequest(input);
		const checked = validateHeadObjectRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeHeadObjectResponse(await send(this.config, request, options));
	}
	async initiateMultipartUpload(input, options = {}) {
		const request = serializeInitiateMultipartUploadRequest(input);
		const checked = validateInitiateMultipartUploadRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeInitiateMultipartUploadResponse(await send(this.config, request, options));
	}
	async listBuckets(input, options = {}) {
		const request = serializeListBucketsRequest(input);
		const checked = validateListBucketsRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeListBucketsResponse(await send(this.config, request, options));
	}
	async listMultipartUploads(input, options = {}) {
		const request = serializeListMultipartUploadsRequest(input);
		const checked = validateListMultipartUploadsRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeListMultipartUploadsResponse(await send(this.config, request, options));
	}
	async listObjects(input, options = {}) {
		const request = serializeListObjectsRequest(input);
		const checked = validateListObjectsRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeListObjectsResponse(await send(this.config, request, options));
	}
	async listObjectsV2(input, options = {}) {
		const request = serializeListObjectsV2Request(input);
		const checked = validateListObjectsV2Request(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeListObjectsV2Response(await send(this.config, request, options));
	}
	async listObjectVersions(input, options = {}) {
		const request = serializeListObjectVersionsRequest(input);
		const checked = validateListObjectVersionsRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeListObjectVersionsResponse(await send(this.config, request, options));
	}
	async listParts(input, options = {}) {
		const request = serializeListPartsRequest(input);
		const checked = validateListPartsRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeListPartsResponse(await send(this.config, request, options));
	}
	async putBucket(input, options = {}) {
		const request = serializePutBucketRequest(input);
		const checked = validatePutBucketRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializePutBucketResponse(await send(this.config, request, options));
	}
	async putBucketTagging(input, options = {}) {
		const request = serializePutBucketTaggingRequest(input);
		const checked = validatePutBucketTaggingRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializePutBucketTaggingResponse(await send(this.config, request, options));
	}
	async putBucketVersioning(input, options = {}) {
		const request = serializePutBucketVersioningRequest(input);
		const checked = validatePutBucketVersioningRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializePutBucketVersioningResponse(await send(this.config, request, options));
	}
	async putObject(input, options = {}) {
		const request = serializePutObjectRequest(input);
		const checked = validatePutObjectRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializePutObjectResponse(await send(this.config, request, options));
	}
	async uploadPart(input, options = {}) {
		const request = serializeUploadPartRequest(input);
		const checked = validateUploadPartRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeUploadPartResponse(await send(this.config, request, options));
	}
	async uploadPartCopy(input, options = {}) {
		const request = serializeUploadPartCopyRequest(input);
		const checked = validateUploadPartCopyRequest(request, {
			checkTransport: false,
			headersNormalized: true
		});
		if (!checked.ok) throw errorFromIssues(checked.errors);
		return deserializeUploadPartCopyResponse(await send(this.config, request, options));
	}
}
