import { type AbortMultipartUploadOutput } from "@obs-toolkit/validator";
import { type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Abort Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type AbortMultipartUploadHandlerOutput = Omit<AbortMultipartUploadOutput, "requestId" | "hostId">;
/** The 204 response of Abort Multipart Upload: and the response headers. */
export declare function renderAbortMultipartUploadResponse(output: AbortMultipartUploadHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Abort Multipart Upload (`DELETE /{BucketName}/{ObjectName}?uploadId`). */
export declare const abortMultipartUploadRoute: Route<ObsHandlers>;
