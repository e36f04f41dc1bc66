import { type DeleteBucketInput, type DeleteBucketOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a DELETE Bucket handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketHandlerOutput = Omit<DeleteBucketOutput, "requestId" | "hostId">;
/** The DELETE Bucket member of `ObsHandlers`. */
export interface DeleteBucketHandler {
	/** DELETE Bucket: This operation is used to delete a bucket. Only the owner of a bucket can delete it, and only */
	deleteBucket?: (input: DeleteBucketInput, context: RequestContext) => Promise<DeleteBucketHandlerOutput> | DeleteBucketHandlerOutput;
}
/** The 204 response of DELETE Bucket: and the response headers. */
export declare function renderDeleteBucketResponse(output: DeleteBucketHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers DELETE Bucket (`DELETE /{BucketName}`). */
export declare const deleteBucketRoute: Route<ObsHandlers>;
