import { type HeadBucketInput, type HeadBucketOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a HEAD Bucket handler returns; the server adds the request ID, host ID and Date. */
export type HeadBucketHandlerOutput = Omit<HeadBucketOutput, "requestId" | "hostId">;
/** The HEAD Bucket member of `ObsHandlers`. */
export interface HeadBucketHandler {
	/** HEAD Bucket: This operation is used to check whether a bucket exists and whether the user has the */
	headBucket?: (input: HeadBucketInput, context: RequestContext) => Promise<HeadBucketHandlerOutput> | HeadBucketHandlerOutput;
}
/** The 200 response of HEAD Bucket: and the response headers. */
export declare function renderHeadBucketResponse(output: HeadBucketHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers HEAD Bucket (`HEAD /{BucketName}`). */
export declare const headBucketRoute: Route<ObsHandlers>;
