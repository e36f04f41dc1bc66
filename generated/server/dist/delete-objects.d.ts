import { type DeleteObjectsInput, type DeleteObjectsOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a DELETE Multiple Objects handler returns; the server adds the request ID, host ID and Date. */
export type DeleteObjectsHandlerOutput = Omit<DeleteObjectsOutput, "requestId" | "hostId">;
/** The DELETE Multiple Objects member of `ObsHandlers`. */
export interface DeleteObjectsHandler {
	/** DELETE Multiple Objects: This operation is used to batch delete objects from a bucket: up to 1000 keys in one XML */
	deleteObjects?: (input: DeleteObjectsInput, context: RequestContext) => Promise<DeleteObjectsHandlerOutput> | DeleteObjectsHandlerOutput;
}
/** The 200 response of DELETE Multiple Objects: the `DeleteResult` document, and the response headers. */
export declare function renderDeleteObjectsResponse(output: DeleteObjectsHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers DELETE Multiple Objects (`POST /{BucketName}?delete`). */
export declare const deleteObjectsRoute: Route<ObsHandlers>;
