import { type CopyObjectInput, type CopyObjectOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Object - Copy handler returns; the server adds the request ID, host ID and Date. */
export type CopyObjectHandlerOutput = Omit<CopyObjectOutput, "requestId" | "hostId">;
/** The PUT Object - Copy member of `ObsHandlers`. */
export interface CopyObjectHandler {
	/** PUT Object - Copy: You can use this operation to create a copy of an object in OBS: a PUT on the destination */
	copyObject?: (input: CopyObjectInput, context: RequestContext) => Promise<CopyObjectHandlerOutput> | CopyObjectHandlerOutput;
}
/** The 200 response of PUT Object - Copy: the `CopyObjectResult` document, and the response headers. */
export declare function renderCopyObjectResponse(output: CopyObjectHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers PUT Object - Copy (`PUT /{BucketName}/{ObjectName} + x-amz-copy-source`). */
export declare const copyObjectRoute: Route<ObsHandlers>;
