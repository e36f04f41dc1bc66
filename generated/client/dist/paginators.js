// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { paginate } from "./runtime/paginate.js";
/**
* The pages of List Multipart Uploads, one request each, until a page is not truncated: each next request carries `nextKeyMarker` and `nextUploadIdMarker` of the page before as `keyMarker` and `uploadIdMarker`. A page's items: `uploads`, `commonPrefixes`.
*
* @param options `pageSize` (`maxUploads`) and an `AbortSignal`.
*/
export function paginateListMultipartUploads(client, input, options = {}) {
	return paginate((request) => client.listMultipartUploads(request, { signal: options.signal }), input, {
		inputTokens: ["keyMarker", "uploadIdMarker"],
		outputTokens: ["nextKeyMarker", "nextUploadIdMarker"],
		truncated: "isTruncated",
		pageSize: "maxUploads"
	}, options);
}
/**
* The pages of GET Bucket (List Objects), one request each, until a page is not truncated: each next request carries `nextMarker` of the page before as `marker`. A page's items: `contents`, `commonPrefixes`.
*
* @param options `pageSize` (`maxKeys`) and an `AbortSignal`.
*/
export function paginateListObjects(client, input, options = {}) {
	return paginate((request) => client.listObjects(request, { signal: options.signal }), input, {
		inputTokens: ["marker"],
		outputTokens: ["nextMarker"],
		truncated: "isTruncated",
		pageSize: "maxKeys"
	}, options);
}
/**
* The pages of GET Bucket V2 (List Objects V2), one request each, until a page is not truncated: each next request carries `nextContinuationToken` of the page before as `continuationToken`. A page's items: `contents`, `commonPrefixes`.
*
* @param options `pageSize` (`maxKeys`) and an `AbortSignal`.
*/
export function paginateListObjectsV2(client, input, options = {}) {
	return paginate((request) => client.listObjectsV2(request, { signal: options.signal }), input, {
		inputTokens: ["continuationToken"],
		outputTokens: ["nextContinuationToken"],
		truncated: "isTruncated",
		pageSize: "maxKeys"
	}, options);
}
/**
* The pages of GET Bucket Object versions, one request each, until a page is not truncated: each next request carries `nextKeyMarker` and `nextVersionIdMarker` of the page before as `keyMarker` and `versionIdMarker`. A page's items: `versions`, `deleteMarkers`, `commonPrefixes`.
*
* @param options `pageSize` (`maxKeys`) and an `AbortSignal`.
*/
export function paginateListObjectVersions(client, input, options = {}) {
	return paginate((request) => client.listObjectVersions(request, { signal: options.signal }), input, {
		inputTokens: ["keyMarker", "versionIdMarker"],
		outputTokens: ["nextKeyMarker", "nextVersionIdMarker"],
		truncated: "isTruncated",
		pageSize: "maxKeys"
	}, options);
}
/**
* The pages of List Parts, one request each, until a page is not truncated: each next request carries `nextPartNumberMarker` of the page before as `partNumberMarker`. A page's items: `parts`.
*
* @param options `pageSize` (`maxParts`) and an `AbortSignal`.
*/
export function paginateListParts(client, input, options = {}) {
	return paginate((request) => client.listParts(request, { signal: options.signal }), input, {
		inputTokens: ["partNumberMarker"],
		outputTokens: ["nextPartNumberMarker"],
		truncated: "isTruncated",
		pageSize: "maxParts"
	}, options);
}
