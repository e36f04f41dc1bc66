import { type PutBucketInput, type PutBucketOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Bucket handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketHandlerOutput = Omit<PutBucketOutput, "requestId" | "hostId">;
/** The PUT Bucket member of `ObsHandlers`. */
export interface PutBucketHandler {
	/** PUT Bucket: This operation is used to create a bucket with a specified name. */
	putBucket?: (input: PutBucketInput, context: RequestContext) => Promise<PutBucketHandlerOutput> | PutBucketHandlerOutput;
}
/** The 200 response of PUT Bucket: and the response headers. */
export declare function renderPutBucketResponse(output: PutBucketHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers PUT Bucket (`PUT /{BucketName}`). */
export declare const putBucketRoute: Route<ObsHandlers>;
