// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  validatePutBucketTaggingRequest,
  type PutBucketTaggingInput,
  type PutBucketTaggingOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Bucket tagging handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketTaggingHandlerOutput = Omit<PutBucketTaggingOutput, "requestId" | "hostId">;

/** The PUT Bucket tagging member of `ObsHandlers`. */
export interface PutBucketTaggingHandler {
  /** PUT Bucket tagging: You can use this operation to add tags to an existing bucket, replacing any it had. Each */
  putBucketTagging?: (
    input: PutBucketTaggingInput,
    context: RequestContext,
  ) => Promise<PutBucketTaggingHandlerOutput> | PutBucketTaggingHandlerOutput;
}

/** The 204 response of PUT Bucket tagging: and the response headers. */
export function renderPutBucketTaggingResponse(output: PutBucketTaggingHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket tagging (`PUT /{BucketName}?tagging`). */
export const putBucketTaggingRoute: Route<ObsHandlers> = {
  id: "PutBucketTagging",
  method: "PUT",
  selectors: ["tagging"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucketTagging !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucketTagging;
    if (!handler) throw notImplemented("PUT Bucket tagging");
    const checked = validatePutBucketTaggingRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderPutBucketTaggingResponse(await handler(checked.value, context));
  },
};
