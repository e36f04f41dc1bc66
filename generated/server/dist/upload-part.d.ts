import { type UploadPartOutput } from "@obs-toolkit/validator";
import { type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Upload Part handler returns; the server adds the request ID, host ID and Date. */
export type UploadPartHandlerOutput = Omit<UploadPartOutput, "requestId" | "hostId">;
/** The 200 response of Upload Part: and the response headers. */
export declare function renderUploadPartResponse(output: UploadPartHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers Upload Part (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId`). */
export declare const uploadPartRoute: Route<ObsHandlers>;
