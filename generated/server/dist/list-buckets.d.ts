import { type ListBucketsInput, type ListBucketsOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a List Buckets handler returns; the server adds the request ID, host ID and Date. */
export type ListBucketsHandlerOutput = Omit<ListBucketsOutput, "requestId" | "hostId">;
/** The List Buckets member of `ObsHandlers`. */
export interface ListBucketsHandler {
	/** List Buckets: You can use this operation to list all the buckets that you own. It is addressed to the */
	listBuckets?: (input: ListBucketsInput, context: RequestContext) => Promise<ListBucketsHandlerOutput> | ListBucketsHandlerOutput;
}
/** The 200 response of List Buckets: the `ListAllMyBucketsResult` document, and the response headers. */
export declare function renderListBucketsResponse(output: ListBucketsHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers List Buckets (`GET /`). */
export declare const listBucketsRoute: Route<ObsHandlers>;
