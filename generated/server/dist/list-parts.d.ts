import { type ListPartsInput, type ListPartsOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a List Parts handler returns; the server adds the request ID, host ID and Date. */
export type ListPartsHandlerOutput = Omit<ListPartsOutput, "requestId" | "hostId">;
/** The List Parts member of `ObsHandlers`. */
export interface ListPartsHandler {
	/** List Parts: You can use this operation to query all parts associated to a multipart upload. */
	listParts?: (input: ListPartsInput, context: RequestContext) => Promise<ListPartsHandlerOutput> | ListPartsHandlerOutput;
}
/** The 200 response of List Parts: the `ListPartsResult` document, and the response headers. */
export declare function renderListPartsResponse(output: ListPartsHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers List Parts (`GET /{BucketName}/{ObjectName}?uploadId`). */
export declare const listPartsRoute: Route<ObsHandlers>;
