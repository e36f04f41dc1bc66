// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  LIST_BUCKETS_OUTPUT_XML,
  renderXmlTree,
  validateListBucketsRequest,
  xmlTreeOf,
  type ListBucketsInput,
  type ListBucketsOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a List Buckets handler returns; the server adds the request ID, host ID and Date. */
export type ListBucketsHandlerOutput = Omit<ListBucketsOutput, "requestId" | "hostId">;

/** The List Buckets member of `ObsHandlers`. */
export interface ListBucketsHandler {
  /** List Buckets: You can use this operation to list all the buckets that you own. It is addressed to the */
  listBuckets?: (
    input: ListBucketsInput,
    context: RequestContext,
  ) => Promise<ListBucketsHandlerOutput> | ListBucketsHandlerOutput;
}

/** The 200 response of List Buckets: the `ListAllMyBucketsResult` document, and the response headers. */
export function renderListBucketsResponse(output: ListBucketsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListAllMyBucketsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_BUCKETS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers List Buckets (`GET /`). */
export const listBucketsRoute: Route<ObsHandlers> = {
  id: "ListBuckets",
  method: "GET",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "service",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listBuckets !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listBuckets;
    if (!handler) throw notImplemented("List Buckets");
    const checked = validateListBucketsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderListBucketsResponse(await handler(checked.value, context));
  },
};
