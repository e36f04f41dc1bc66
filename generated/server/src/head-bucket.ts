// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateHeadBucketRequest, type HeadBucketInput, type HeadBucketOutput } from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a HEAD Bucket handler returns; the server adds the request ID, host ID and Date. */
export type HeadBucketHandlerOutput = Omit<HeadBucketOutput, "requestId" | "hostId">;

/** The HEAD Bucket member of `ObsHandlers`. */
export interface HeadBucketHandler {
  /** HEAD Bucket: This operation is used to check whether a bucket exists and whether the user has the */
  headBucket?: (
    input: HeadBucketInput,
    context: RequestContext,
  ) => Promise<HeadBucketHandlerOutput> | HeadBucketHandlerOutput;
}

/** The 200 response of HEAD Bucket: and the response headers. */
export function renderHeadBucketResponse(output: HeadBucketHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-bucket-region": output.region,
      "x-default-storage-class": output.defaultStorageClass,
    },
    body: "",
  };
}

/** How the server routes, validates and answers HEAD Bucket (`HEAD /{BucketName}`). */
export const headBucketRoute: Route<ObsHandlers> = {
  id: "HeadBucket",
  method: "HEAD",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.headBucket !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.headBucket;
    if (!handler) throw notImplemented("HEAD Bucket");
    const checked = validateHeadBucketRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderHeadBucketResponse(await handler(checked.value, context));
  },
};
