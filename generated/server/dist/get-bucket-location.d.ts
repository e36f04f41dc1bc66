import { type GetBucketLocationInput, type GetBucketLocationOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket location handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketLocationHandlerOutput = Omit<GetBucketLocationOutput, "requestId" | "hostId">;
/** The GET Bucket location member of `ObsHandlers`. */
export interface GetBucketLocationHandler {
	/** GET Bucket location: You can use this operation to obtain the region where a bucket is: the LocationConstraint it */
	getBucketLocation?: (input: GetBucketLocationInput, context: RequestContext) => Promise<GetBucketLocationHandlerOutput> | GetBucketLocationHandlerOutput;
}
/** The 200 response of GET Bucket location: the `LocationConstraint` document, and the response headers. */
export declare function renderGetBucketLocationResponse(output: GetBucketLocationHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers GET Bucket location (`GET /{BucketName}?location`). */
export declare const getBucketLocationRoute: Route<ObsHandlers>;
