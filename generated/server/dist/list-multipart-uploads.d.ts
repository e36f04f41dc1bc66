import { type ListMultipartUploadsOutput } from "@obs-toolkit/validator";
import { type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a List Multipart Uploads handler returns; the server adds the request ID, host ID and Date. */
export type ListMultipartUploadsHandlerOutput = Omit<ListMultipartUploadsOutput, "requestId" | "hostId">;
/** The 200 response of List Multipart Uploads: the `ListMultipartUploadsResult` document, and the response headers. */
export declare function renderListMultipartUploadsResponse(output: ListMultipartUploadsHandlerOutput): RouteOutcome;
/** How the server routes, validates and answers List Multipart Uploads (`GET /{BucketName}?uploads`). */
export declare const listMultipartUploadsRoute: Route<ObsHandlers>;
