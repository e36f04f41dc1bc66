// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateDeleteBucketRequest, type DeleteBucketInput, type DeleteBucketOutput } from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a DELETE Bucket handler returns; the server adds the request ID, host ID and Date. */
export type DeleteBucketHandlerOutput = Omit<DeleteBucketOutput, "requestId" | "hostId">;

/** The DELETE Bucket member of `ObsHandlers`. */
export interface DeleteBucketHandler {
  /** DELETE Bucket: This operation is used to delete a bucket. Only the owner of a bucket can delete it, and only */
  deleteBucket?: (
    input: DeleteBucketInput,
    context: RequestContext,
  ) => Promise<DeleteBucketHandlerOutput> | DeleteBucketHandlerOutput;
}

/** The 204 response of DELETE Bucket: and the response headers. */
export function renderDeleteBucketResponse(output: DeleteBucketHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {},
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Bucket (`DELETE /{BucketName}`). */
export const deleteBucketRoute: Route<ObsHandlers> = {
  id: "DeleteBucket",
  method: "DELETE",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteBucket !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteBucket;
    if (!handler) throw notImplemented("DELETE Bucket");
    const checked = validateDeleteBucketRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderDeleteBucketResponse(await handler(checked.value, context));
  },
};
