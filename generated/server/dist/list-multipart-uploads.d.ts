import { type ListMultipartUploadsInput, type ListMultipartUploadsOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a List Multipart Uploads handler returns; the server adds the request ID, host ID and Date. */
export type ListMultipartUploadsHandlerOutput = Omit<ListMultipartUploadsOutput, "requestId" | "hostId">;
/** The List Multipart Uploads member of `ObsHandlers`. */
export interface ListMultipartUploadsHandler {
	/** List Multipart Uploads: You can use this operation to query all in-progress multipart uploads that have been initiated but not been combined or aborted. */
	listMultipartUploads?: (input: ListMultipartUploadsInput, context: RequestContext) => Promise<ListMultipartUploadsHandlerOutput> | ListMultipartUploadsHandlerOutput;
}
/** The 200 response of List Multipart Uploads: the `ListMultipartUploadsResult` document, and the response headers. */
export declare function renderListMultipartUploadsResponse(output: ListMultipartUploadsHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers List Multipart Uploads (`GET /{BucketName}?uploads`). */
export declare const listMultipartUploadsRoute: Route<ObsHandlers>;
