import { type GetBucketTaggingInput, type GetBucketTaggingOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket tagging handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketTaggingHandlerOutput = Omit<GetBucketTaggingOutput, "requestId" | "hostId">;
/** The GET Bucket tagging member of `ObsHandlers`. */
export interface GetBucketTaggingHandler {
	/** GET Bucket tagging: You can use this operation to obtain the tags of a bucket. A bucket without tags answers */
	getBucketTagging?: (input: GetBucketTaggingInput, context: RequestContext) => Promise<GetBucketTaggingHandlerOutput> | GetBucketTaggingHandlerOutput;
}
/** The 200 response of GET Bucket tagging: the `Tagging` document, and the response headers. */
export declare function renderGetBucketTaggingResponse(output: GetBucketTaggingHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers GET Bucket tagging (`GET /{BucketName}?tagging`). */
export declare const getBucketTaggingRoute: Route<ObsHandlers>;
