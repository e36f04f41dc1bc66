import { type PutBucketVersioningInput, type PutBucketVersioningOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Bucket versioning handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketVersioningHandlerOutput = Omit<PutBucketVersioningOutput, "requestId" | "hostId">;
/** The PUT Bucket versioning member of `ObsHandlers`. */
export interface PutBucketVersioningHandler {
	/** PUT Bucket versioning: You can use this operation to enable or suspend versioning for an existing bucket: the state */
	putBucketVersioning?: (input: PutBucketVersioningInput, context: RequestContext) => Promise<PutBucketVersioningHandlerOutput> | PutBucketVersioningHandlerOutput;
}
/** The 200 response of PUT Bucket versioning: and the response headers. */
export declare function renderPutBucketVersioningResponse(output: PutBucketVersioningHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers PUT Bucket versioning (`PUT /{BucketName}?versioning`). */
export declare const putBucketVersioningRoute: Route<ObsHandlers>;
