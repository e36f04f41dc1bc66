import { type PutObjectInput, type PutObjectOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Object handler returns; the server adds the request ID, host ID and Date. */
export type PutObjectHandlerOutput = Omit<PutObjectOutput, "requestId" | "hostId">;
/** The PUT Object member of `ObsHandlers`. */
export interface PutObjectHandler {
	/** PUT Object: After creating a bucket in OBS, you can use this operation to upload an object to the bucket. */
	putObject?: (input: PutObjectInput, context: RequestContext) => Promise<PutObjectHandlerOutput> | PutObjectHandlerOutput;
}
/** The 200 response of PUT Object: and the response headers. */
export declare function renderPutObjectResponse(output: PutObjectHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers PUT Object (`PUT /{BucketName}/{ObjectName}`). */
export declare const putObjectRoute: Route<ObsHandlers>;
