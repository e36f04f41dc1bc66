import { type ListObjectsV2Input, type ListObjectsV2Output } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket V2 (List Objects V2) handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectsV2HandlerOutput = Omit<ListObjectsV2Output, "requestId" | "hostId">;
/** The GET Bucket V2 (List Objects V2) member of `ObsHandlers`. */
export interface ListObjectsV2Handler {
	/** GET Bucket V2 (List Objects V2): If you have the read permission for a bucket, you can use this operation to list the objects */
	listObjectsV2?: (input: ListObjectsV2Input, context: RequestContext) => Promise<ListObjectsV2HandlerOutput> | ListObjectsV2HandlerOutput;
}
/** The 200 response of GET Bucket V2 (List Objects V2): the `ListBucketResult` document, and the response headers. */
export declare function renderListObjectsV2Response(output: ListObjectsV2HandlerOutput): RouteOutcome;
/** How the server routes, validates and answers GET Bucket V2 (List Objects V2) (`GET /{BucketName}?list-type`). */
export declare const listObjectsV2Route: Route<ObsHandlers>;
