import { type ListMultipartUploadsInput, type ListMultipartUploadsOutput, type ListObjectsInput, type ListObjectsOutput, type ListObjectsV2Input, type ListObjectsV2Output, type ListObjectVersionsInput, type ListObjectVersionsOutput, type ListPartsInput, type ListPartsOutput } from "@obs-toolkit/validator";
import { type ObsClient } from "./client.js";
import { type PaginateOptions } from "./runtime/paginate.js";
/**
* The pages of List Multipart Uploads, one request each, until a page is not truncated: each next request carries `nextKeyMarker` and `nextUploadIdMarker` of the page before as `keyMarker` and `uploadIdMarker`. A page's items: `uploads`, `commonPrefixes`.
*
* @param options `pageSize` (`maxUploads`) and an `AbortSignal`.
*/
export declare function paginateListMultipartUploads(client: ObsClient, input: ListMultipartUploadsInput, options?: PaginateOptions): AsyncGenerator<ListMultipartUploadsOutput, void, undefined>;
/**
* The pages of GET Bucket (List Objects), one request each, until a page is not truncated: each next request carries `nextMarker` of the page before as `marker`. A page's items: `contents`, `commonPrefixes`.
*
* @param options `pageSize` (`maxKeys`) and an `AbortSignal`.
*/
export declare function paginateListObjects(client: ObsClient, input: ListObjectsInput, options?: PaginateOptions): AsyncGenerator<ListObjectsOutput, void, undefined>;
/**
* The pages of GET Bucket V2 (List Objects V2), one request each, until a page is not truncated: each next request carries `nextContinuationToken` of the page before as `continuationToken`. A page's items: `contents`, `commonPrefixes`.
*
* @param options `pageSize` (`maxKeys`) and an `AbortSignal`.
*/
export declare function paginateListObjectsV2(client: ObsClient, input: ListObjectsV2Input, options?: PaginateOptions): AsyncGenerator<ListObjectsV2Output, void, undefined>;
/**
* The pages of GET Bucket Object versions, one request each, until a page is not truncated: each next request carries `nextKeyMarker` and `nextVersionIdMarker` of the page before as `keyMarker` and `versionIdMarker`. A page's items: `versions`, `deleteMarkers`, `commonPrefixes`.
*
* @param options `pageSize` (`maxKeys`) and an `AbortSignal`.
*/
export declare function paginateListObjectVersions(client: ObsClient, input: ListObjectVersionsInput, options?: PaginateOptions): AsyncGenerator<ListObjectVersionsOutput, void, undefined>;
/**
* The pages of List Parts, one request each, until a page is not truncated: each next request carries `nextPartNumberMarker` of the page before as `partNumberMarker`. A page's items: `parts`.
*
* @param options `pageSize` (`maxParts`) and an `AbortSignal`.
*/
export declare function paginateListParts(client: ObsClient, input: ListPartsInput, options?: PaginateOptions): AsyncGenerator<ListPartsOutput, void, undefined>;
