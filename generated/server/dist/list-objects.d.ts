import { type ListObjectsInput, type ListObjectsOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket (List Objects) handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectsHandlerOutput = Omit<ListObjectsOutput, "requestId" | "hostId">;
/** The GET Bucket (List Objects) member of `ObsHandlers`. */
export interface ListObjectsHandler {
	/** GET Bucket (List Objects): If you have the read permission for a bucket, you can use this operation to list the objects */
	listObjects?: (input: ListObjectsInput, context: RequestContext) => Promise<ListObjectsHandlerOutput> | ListObjectsHandlerOutput;
}
/** The 200 response of GET Bucket (List Objects): the `ListBucketResult` document, and the response headers. */
export declare function renderListObjectsResponse(output: ListObjectsHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers GET Bucket (List Objects) (`GET /{BucketName}`). */
export declare const listObjectsRoute: Route<ObsHandlers>;
