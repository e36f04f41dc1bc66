// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  LIST_MULTIPART_UPLOADS_OUTPUT_XML,
  renderXmlTree,
  validateListMultipartUploadsRequest,
  xmlTreeOf,
  type ListMultipartUploadsInput,
  type ListMultipartUploadsOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a List Multipart Uploads handler returns; the server adds the request ID, host ID and Date. */
export type ListMultipartUploadsHandlerOutput = Omit<ListMultipartUploadsOutput, "requestId" | "hostId">;

/** The List Multipart Uploads member of `ObsHandlers`. */
export interface ListMultipartUploadsHandler {
  /** List Multipart Uploads: You can use this operation to query all in-progress multipart uploads that have been initiated but not been combined or aborted. */
  listMultipartUploads?: (
    input: ListMultipartUploadsInput,
    context: RequestContext,
  ) => Promise<ListMultipartUploadsHandlerOutput> | ListMultipartUploadsHandlerOutput;
}

/** The 200 response of List Multipart Uploads: the `ListMultipartUploadsResult` document, and the response headers. */
export function renderListMultipartUploadsResponse(output: ListMultipartUploadsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListMultipartUploadsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_MULTIPART_UPLOADS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers List Multipart Uploads (`GET /{BucketName}?uploads`). */
export const listMultipartUploadsRoute: Route<ObsHandlers> = {
  id: "ListMultipartUploads",
  method: "GET",
  selectors: ["uploads"],
  headerSelectors: [],
  parameters: ["delimiter", "prefix", "max-uploads", "key-marker", "upload-id-marker"],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listMultipartUploads !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listMultipartUploads;
    if (!handler) throw notImplemented("List Multipart Uploads");
    const checked = validateListMultipartUploadsRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderListMultipartUploadsResponse(await handler(checked.value, context));
  },
};
