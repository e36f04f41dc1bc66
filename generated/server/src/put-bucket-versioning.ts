// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  validatePutBucketVersioningRequest,
  type PutBucketVersioningInput,
  type PutBucketVersioningOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Bucket versioning handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketVersioningHandlerOutput = Omit<PutBucketVersioningOutput, "requestId" | "hostId">;

/** The PUT Bucket versioning member of `ObsHandlers`. */
export interface PutBucketVersioningHandler {
  /** PUT Bucket versioning: You can use this operation to enable or suspend versioning for an existing bucket: the state */
  putBucketVersioning?: (
    input: PutBucketVersioningInput,
    context: RequestContext,
  ) => Promise<PutBucketVersioningHandlerOutput> | PutBucketVersioningHandlerOutput;
}

/** The 200 response of PUT Bucket versioning: and the response headers. */
export function renderPutBucketVersioningResponse(output: PutBucketVersioningHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket versioning (`PUT /{BucketName}?versioning`). */
export const putBucketVersioningRoute: Route<ObsHandlers> = {
  id: "PutBucketVersioning",
  method: "PUT",
  selectors: ["versioning"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketVersioning !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketVersioning;
    if (!handler) throw notImplemented("PUT Bucket versioning");
    const checked = validatePutBucketVersioningRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketVersioningResponse(await handler(checked.value, context));
  },
};
