import { type DeleteObjectInput, type DeleteObjectOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a DELETE Object handler returns; the server adds the request ID, host ID and Date. */
export type DeleteObjectHandlerOutput = Omit<DeleteObjectOutput, "requestId" | "hostId">;
/** The DELETE Object member of `ObsHandlers`. */
export interface DeleteObjectHandler {
	/** DELETE Object: You can use this operation to delete an object. The requester needs the write permission for */
	deleteObject?: (input: DeleteObjectInput, context: RequestContext) => Promise<DeleteObjectHandlerOutput> | DeleteObjectHandlerOutput;
}
/** The 204 response of DELETE Object: and the response headers. */
export declare function renderDeleteObjectResponse(output: DeleteObjectHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers DELETE Object (`DELETE /{BucketName}/{ObjectName}`). */
export declare const deleteObjectRoute: Route<ObsHandlers>;
