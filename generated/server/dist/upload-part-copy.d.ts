import { type UploadPartCopyInput, type UploadPartCopyOutput } from "@obs-toolkit/validator";
import { type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Upload Part - Copy handler returns; the server adds the request ID, host ID and Date. */
export type UploadPartCopyHandlerOutput = Omit<UploadPartCopyOutput, "requestId" | "hostId">;
/** The Upload Part - Copy member of `ObsHandlers`. */
export interface UploadPartCopyHandler {
	/** Upload Part - Copy: After initiating a multipart upload, you can use this operation to copy a part of an */
	uploadPartCopy?: (input: UploadPartCopyInput, context: RequestContext) => Promise<UploadPartCopyHandlerOutput> | UploadPartCopyHandlerOutput;
}
/** The 200 response of Upload Part - Copy: the `CopyPartResult` document, and the response headers. */
export declare function renderUploadPartCopyResponse(output: UploadPartCopyHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Upload Part - Copy (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId + x-amz-copy-source`). */
export declare const uploadPartCopyRoute: Route<ObsHandlers>;
