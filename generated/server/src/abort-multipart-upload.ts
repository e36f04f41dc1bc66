// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  validateAbortMultipartUploadRequest,
  type AbortMultipartUploadInput,
  type AbortMultipartUploadOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Abort Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type AbortMultipartUploadHandlerOutput = Omit<AbortMultipartUploadOutput, "requestId" | "hostId">;

/** The Abort Multipart Upload member of `ObsHandlers`. */
export interface AbortMultipartUploadHandler {
  /** Abort Multipart Upload: You can use this operation to abort a multipart upload. After the request is sent, parts associated to the multipart upload cannot be uploaded or listed. */
  abortMultipartUpload?: (
    input: AbortMultipartUploadInput,
    context: RequestContext,
  ) => Promise<AbortMultipartUploadHandlerOutput> | AbortMultipartUploadHandlerOutput;
}

/** The 204 response of Abort Multipart Upload: and the response headers. */
export function renderAbortMultipartUploadResponse(output: AbortMultipartUploadHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers Abort Multipart Upload (`DELETE /{BucketName}/{ObjectName}?uploadId`). */
export const abortMultipartUploadRoute: Route<ObsHandlers> = {
  id: "AbortMultipartUpload",
  method: "DELETE",
  selectors: ["uploadId"],
  headerSelectors: [],
  parameters: ["uploadId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.abortMultipartUpload !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.abortMultipartUpload;
    if (!handler) throw notImplemented("Abort Multipart Upload");
    const checked = validateAbortMultipartUploadRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderAbortMultipartUploadResponse(await handler(checked.value, context));
  },
};
