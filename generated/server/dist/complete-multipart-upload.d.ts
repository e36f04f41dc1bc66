import { type CompleteMultipartUploadOutput } from "@obs-toolkit/validator";
import { type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Complete Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type CompleteMultipartUploadHandlerOutput = Omit<CompleteMultipartUploadOutput, "requestId" | "hostId">;
/** The 200 response of Complete Multipart Upload: the `CompleteMultipartUploadResult` document, and the response headers. */
export declare function renderCompleteMultipartUploadResponse(output: CompleteMultipartUploadHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Complete Multipart Upload (`POST /{BucketName}/{ObjectName}?uploadId`). */
export declare const completeMultipartUploadRoute: Route<ObsHandlers>;
