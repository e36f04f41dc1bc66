import { type GetBucketVersioningInput, type GetBucketVersioningOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket versioning handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketVersioningHandlerOutput = Omit<GetBucketVersioningOutput, "requestId" | "hostId">;
/** The GET Bucket versioning member of `ObsHandlers`. */
export interface GetBucketVersioningHandler {
	/** GET Bucket versioning: You can use this operation to obtain the versioning state of a bucket: Enabled, Suspended, */
	getBucketVersioning?: (input: GetBucketVersioningInput, context: RequestContext) => Promise<GetBucketVersioningHandlerOutput> | GetBucketVersioningHandlerOutput;
}
/** The 200 response of GET Bucket versioning: the `VersioningConfiguration` document, and the response headers. */
export declare function renderGetBucketVersioningResponse(output: GetBucketVersioningHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers GET Bucket versioning (`GET /{BucketName}?versioning`). */
export declare const getBucketVersioningRoute: Route<ObsHandlers>;
