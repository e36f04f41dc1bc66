import { type UploadPartInput, type UploadPartOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Upload Part handler returns; the server adds the request ID, host ID and Date. */
export type UploadPartHandlerOutput = Omit<UploadPartOutput, "requestId" | "hostId">;
/** The Upload Part member of `ObsHandlers`. */
export interface UploadPartHandler {
	/** Upload Part: After initiating a multipart upload, you can use this operation to upload parts for the multipart upload using its uploadId. */
	uploadPart?: (input: UploadPartInput, context: RequestContext) => Promise<UploadPartHandlerOutput> | UploadPartHandlerOutput;
}
/** The 200 response of Upload Part: and the response headers. */
export declare function renderUploadPartResponse(output: UploadPartHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Upload Part (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId`). */
export declare const uploadPartRoute: Route<ObsHandlers>;
