import { type InitiateMultipartUploadInput, type InitiateMultipartUploadOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Initiate Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type InitiateMultipartUploadHandlerOutput = Omit<InitiateMultipartUploadOutput, "requestId" | "hostId">;
/** The Initiate Multipart Upload member of `ObsHandlers`. */
export interface InitiateMultipartUploadHandler {
	/** Initiate Multipart Upload: You can use this operation to obtain a globally unique upload ID. */
	initiateMultipartUpload?: (input: InitiateMultipartUploadInput, context: RequestContext) => Promise<InitiateMultipartUploadHandlerOutput> | InitiateMultipartUploadHandlerOutput;
}
/** The 200 response of Initiate Multipart Upload: the `InitiateMultipartUploadResult` document, and the response headers. */
export declare function renderInitiateMultipartUploadResponse(output: InitiateMultipartUploadHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Initiate Multipart Upload (`POST /{BucketName}/{ObjectName}?uploads`). */
export declare const initiateMultipartUploadRoute: Route<ObsHandlers>;
