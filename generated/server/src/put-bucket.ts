// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validatePutBucketRequest, type PutBucketInput, type PutBucketOutput } from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Bucket handler returns; the server adds the request ID, host ID and Date. */
export type PutBucketHandlerOutput = Omit<PutBucketOutput, "requestId" | "hostId">;

/** The PUT Bucket member of `ObsHandlers`. */
export interface PutBucketHandler {
  /** PUT Bucket: This operation is used to create a bucket with a specified name. */
  putBucket?: (
    input: PutBucketInput,
    context: RequestContext,
  ) => Promise<PutBucketHandlerOutput> | PutBucketHandlerOutput;
}

/** The 200 response of PUT Bucket: and the response headers. */
export function renderPutBucketResponse(output: PutBucketHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      location: output.location,
    },
    body: "",
  };
}

/** How the server routes, validates and answers PUT Bucket (`PUT /{BucketName}`). */
export const putBucketRoute: Route<ObsHandlers> = {
  id: "PutBucket",
  method: "PUT",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.putBucket !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putBucket;
    if (!handler) throw notImplemented("PUT Bucket");
    const checked = validatePutBucketRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPutBucketResponse(await handler(checked.value, context));
  },
};
