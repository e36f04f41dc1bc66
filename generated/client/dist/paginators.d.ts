import { type ListMultipartUploadsInput, type ListMultipartUploadsOutput, type ListPartsInput, type ListPartsOutput } from "@obs-toolkit/validator";
import { type ObsClient } from "./client.js";
import { type PaginateOptions } from "./runtime/paginate.js";
/**
 * The pages of List Multipart Uploads, one request each, until a page is not truncated: each next request carries `nextKeyMarker` and `nextUploadIdMarker` of the page before as `keyMarker` and `uploadIdMarker`. A page's items: `uploads`, `commonPrefixes`.
 *
 * @param options `pageSize` (`maxUploads`) and an `AbortSignal`.
 */
export declare function paginateListMultipartUploads(client: ObsClient, input: ListMultipartUploadsInput, options?: PaginateOptions): AsyncGenerator<ListMultipartUploadsOutput, void, undefined>;
/**
 * The pages of List Parts, one request each, until a page is not truncated: each next request carries `nextPartNumberMarker` of the page before as `partNumberMarker`. A page's items: `parts`.
 *
 * @param options `pageSize` (`maxParts`) and an `AbortSignal`.
 */
export declare function paginateListParts(client: ObsClient, input: ListPartsInput, options?: PaginateOptions): AsyncGenerator<ListPartsOutput, void, undefined>;
