import { type AbortMultipartUploadInput, type AbortMultipartUploadOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Abort Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type AbortMultipartUploadHandlerOutput = Omit<AbortMultipartUploadOutput, "requestId" | "hostId">;
/** The Abort Multipart Upload member of `ObsHandlers`. */
export interface AbortMultipartUploadHandler {
	/** Abort Multipart Upload: You can use this operation to abort a multipart upload. After the request is sent, parts associated to the multipart upload cannot be uploaded or listed. */
	abortMultipartUpload?: (input: AbortMultipartUploadInput, context: RequestContext) => Promise<AbortMultipartUploadHandlerOutput> | AbortMultipartUploadHandlerOutput;
}
/** The 204 response of Abort Multipart Upload: and the response headers. */
export declare function renderAbortMultipartUploadResponse(output: AbortMultipartUploadHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Abort Multipart Upload (`DELETE /{BucketName}/{ObjectName}?uploadId`). */
export declare const abortMultipartUploadRoute: Route<ObsHandlers>;
