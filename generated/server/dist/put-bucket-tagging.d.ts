import { type PutBucketTaggingInput, type PutBucketTaggingOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Bucket tagging handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketTaggingHandlerOutput = Omit<PutBucketTaggingOutput, "requestId" | "hostId">;
/** The PUT Bucket tagging member of `ObsHandlers`. */
export interface PutBucketTaggingHandler {
	/** PUT Bucket tagging: You can use this operation to add tags to an existing bucket, replacing any it had. Each */
	putBucketTagging?: (input: PutBucketTaggingInput, context: RequestContext) => Promise<PutBucketTaggingHandlerOutput> | PutBucketTaggingHandlerOutput;
}
/** The 204 response of PUT Bucket tagging: and the response headers. */
export declare function renderPutBucketTaggingResponse(output: PutBucketTaggingHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers PUT Bucket tagging (`PUT /{BucketName}?tagging`). */
export declare const putBucketTaggingRoute: Route<ObsHandlers>;
