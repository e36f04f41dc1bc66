import { type HeadObjectInput, type HeadObjectOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a HEAD Object handler returns; the server adds the request ID, host ID and Date. */
export type HeadObjectHandlerOutput = Omit<HeadObjectOutput, "requestId" | "hostId">;
/** The HEAD Object member of `ObsHandlers`. */
export interface HeadObjectHandler {
	/** HEAD Object: You can use this operation to obtain an object's metadata without its bytes: the same headers */
	headObject?: (input: HeadObjectInput, context: RequestContext) => Promise<HeadObjectHandlerOutput> | HeadObjectHandlerOutput;
}
/** The 200 or 206 response of HEAD Object: and the response headers. */
export declare function renderHeadObjectResponse(output: HeadObjectHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers HEAD Object (`HEAD /{BucketName}/{ObjectName}`). */
export declare const headObjectRoute: Route<ObsHandlers>;
