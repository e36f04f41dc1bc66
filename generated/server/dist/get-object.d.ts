import { type GetObjectInput, type GetObjectOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Object handler returns; the server adds the request ID, host ID and Date. */
export type GetObjectHandlerOutput = Omit<Omit<GetObjectOutput, "requestId" | "hostId">, "body"> & {
	body: Uint8Array | string | AsyncIterable<Uint8Array>;
};
/** The GET Object member of `ObsHandlers`. */
export interface GetObjectHandler {
	/** GET Object: You can use this operation to download an object: its bytes are streamed, whole or one range, */
	getObject?: (input: GetObjectInput, context: RequestContext) => Promise<GetObjectHandlerOutput> | GetObjectHandlerOutput;
}
/** The 200 or 206 response of GET Object: the byte stream, and the response headers. */
export declare function renderGetObjectResponse(output: GetObjectHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers GET Object (`GET /{BucketName}/{ObjectName}`). */
export declare const getObjectRoute: Route<ObsHandlers>;
