// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  LIST_OBJECTS_V2_OUTPUT_XML,
  renderXmlTree,
  validateListObjectsV2Request,
  xmlTreeOf,
  type ListObjectsV2Input,
  type ListObjectsV2Output,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket V2 (List Objects V2) handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectsV2HandlerOutput = Omit<ListObjectsV2Output, "requestId" | "hostId">;

/** The GET Bucket V2 (List Objects V2) member of `ObsHandlers`. */
export interface ListObjectsV2Handler {
  /** GET Bucket V2 (List Objects V2): If you have the read permission for a bucket, you can use this operation to list the objects */
  listObjectsV2?: (
    input: ListObjectsV2Input,
    context: RequestContext,
  ) => Promise<ListObjectsV2HandlerOutput> | ListObjectsV2HandlerOutput;
}

/** The 200 response of GET Bucket V2 (List Objects V2): the `ListBucketResult` document, and the response headers. */
export function renderListObjectsV2Response(output: ListObjectsV2HandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-bucket-location": output.region,
    },
    body: renderXmlTree(
      "ListBucketResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_OBJECTS_V2_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket V2 (List Objects V2) (`GET /{BucketName}?list-type`). */
export const listObjectsV2Route: Route<ObsHandlers> = {
  id: "ListObjectsV2",
  method: "GET",
  selectors: ["list-type"],
  headerSelectors: [],
  parameters: [
    "list-type",
    "prefix",
    "delimiter",
    "max-keys",
    "encoding-type",
    "start-after",
    "continuation-token",
    "fetch-owner",
  ],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listObjectsV2 !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listObjectsV2;
    if (!handler) throw notImplemented("GET Bucket V2 (List Objects V2)");
    const checked = validateListObjectsV2Request(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderListObjectsV2Response(await handler(checked.value, context));
  },
};
