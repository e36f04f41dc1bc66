import { type ListObjectVersionsInput, type ListObjectVersionsOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket Object versions handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectVersionsHandlerOutput = Omit<ListObjectVersionsOutput, "requestId" | "hostId">;
/** The GET Bucket Object versions member of `ObsHandlers`. */
export interface ListObjectVersionsHandler {
	/** GET Bucket Object versions: If you have the read permission for a bucket, you can use this operation to list the versions */
	listObjectVersions?: (input: ListObjectVersionsInput, context: RequestContext) => Promise<ListObjectVersionsHandlerOutput> | ListObjectVersionsHandlerOutput;
}
/** The 200 response of GET Bucket Object versions: the `ListVersionsResult` document, and the response headers. */
export declare function renderListObjectVersionsResponse(output: ListObjectVersionsHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers GET Bucket Object versions (`GET /{BucketName}?versions`). */
export declare const listObjectVersionsRoute: Route<ObsHandlers>;
