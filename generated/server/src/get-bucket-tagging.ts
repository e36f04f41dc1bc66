// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_TAGGING_OUTPUT_XML,
  renderXmlTree,
  validateGetBucketTaggingRequest,
  xmlTreeOf,
  type GetBucketTaggingInput,
  type GetBucketTaggingOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket tagging handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketTaggingHandlerOutput = Omit<GetBucketTaggingOutput, "requestId" | "hostId">;

/** The GET Bucket tagging member of `ObsHandlers`. */
export interface GetBucketTaggingHandler {
  /** GET Bucket tagging: You can use this operation to obtain the tags of a bucket. A bucket without tags answers */
  getBucketTagging?: (
    input: GetBucketTaggingInput,
    context: RequestContext,
  ) => Promise<GetBucketTaggingHandlerOutput> | GetBucketTaggingHandlerOutput;
}

/** The 200 response of GET Bucket tagging: the `Tagging` document, and the response headers. */
export function renderGetBucketTaggingResponse(output: GetBucketTaggingHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "Tagging",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_TAGGING_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket tagging (`GET /{BucketName}?tagging`). */
export const getBucketTaggingRoute: Route<ObsHandlers> = {
  id: "GetBucketTagging",
  method: "GET",
  selectors: ["tagging"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketTagging !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketTagging;
    if (!handler) throw notImplemented("GET Bucket tagging");
    const checked = validateGetBucketTaggingRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketTaggingResponse(await handler(checked.value, context));
  },
};
