// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  GET_BUCKET_VERSIONING_OUTPUT_XML,
  renderXmlTree,
  validateGetBucketVersioningRequest,
  xmlTreeOf,
  type GetBucketVersioningInput,
  type GetBucketVersioningOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket versioning handler returns; the server adds the request ID, host ID and Date. */
export type GetBucketVersioningHandlerOutput = Omit<GetBucketVersioningOutput, "requestId" | "hostId">;

/** The GET Bucket versioning member of `ObsHandlers`. */
export interface GetBucketVersioningHandler {
  /** GET Bucket versioning: You can use this operation to obtain the versioning state of a bucket: Enabled, Suspended, */
  getBucketVersioning?: (
    input: GetBucketVersioningInput,
    context: RequestContext,
  ) => Promise<GetBucketVersioningHandlerOutput> | GetBucketVersioningHandlerOutput;
}

/** The 200 response of GET Bucket versioning: the `VersioningConfiguration` document, and the response headers. */
export function renderGetBucketVersioningResponse(output: GetBucketVersioningHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "VersioningConfiguration",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(GET_BUCKET_VERSIONING_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket versioning (`GET /{BucketName}?versioning`). */
export const getBucketVersioningRoute: Route<ObsHandlers> = {
  id: "GetBucketVersioning",
  method: "GET",
  selectors: ["versioning"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getBucketVersioning !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getBucketVersioning;
    if (!handler) throw notImplemented("GET Bucket versioning");
    const checked = validateGetBucketVersioningRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderGetBucketVersioningResponse(await handler(checked.value, context));
  },
};
