import { type CompleteMultipartUploadInput, type CompleteMultipartUploadOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Complete Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type CompleteMultipartUploadHandlerOutput = Omit<CompleteMultipartUploadOutput, "requestId" | "hostId">;
/** The Complete Multipart Upload member of `ObsHandlers`. */
export interface CompleteMultipartUploadHandler {
	/** Complete Multipart Upload: After uploading all parts for a multipart upload, you can use this operation to complete the multipart upload. */
	completeMultipartUpload?: (input: CompleteMultipartUploadInput, context: RequestContext) => Promise<CompleteMultipartUploadHandlerOutput> | CompleteMultipartUploadHandlerOutput;
}
/** The 200 response of Complete Multipart Upload: the `CompleteMultipartUploadResult` document, and the response headers. */
export declare function renderCompleteMultipartUploadResponse(output: CompleteMultipartUploadHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Complete Multipart Upload (`POST /{BucketName}/{ObjectName}?uploadId`). */
export declare const completeMultipartUploadRoute: Route<ObsHandlers>;
