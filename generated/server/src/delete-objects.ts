// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  DELETE_OBJECTS_OUTPUT_XML,
  renderXmlTree,
  validateDeleteObjectsRequest,
  xmlTreeOf,
  type DeleteObjectsInput,
  type DeleteObjectsOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a DELETE Multiple Objects handler returns; the server adds the request ID, host ID and Date. */
export type DeleteObjectsHandlerOutput = Omit<DeleteObjectsOutput, "requestId" | "hostId">;

/** The DELETE Multiple Objects member of `ObsHandlers`. */
export interface DeleteObjectsHandler {
  /** DELETE Multiple Objects: This operation is used to batch delete objects from a bucket: up to 1000 keys in one XML */
  deleteObjects?: (
    input: DeleteObjectsInput,
    context: RequestContext,
  ) => Promise<DeleteObjectsHandlerOutput> | DeleteObjectsHandlerOutput;
}

/** The 200 response of DELETE Multiple Objects: the `DeleteResult` document, and the response headers. */
export function renderDeleteObjectsResponse(output: DeleteObjectsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "DeleteResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(DELETE_OBJECTS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers DELETE Multiple Objects (`POST /{BucketName}?delete`). */
export const deleteObjectsRoute: Route<ObsHandlers> = {
  id: "DeleteObjects",
  method: "POST",
  selectors: ["delete"],
  headerSelectors: [],
  parameters: [],
  level: "bucket",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.deleteObjects !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteObjects;
    if (!handler) throw notImplemented("DELETE Multiple Objects");
    const checked = validateDeleteObjectsRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderDeleteObjectsResponse(await handler(checked.value, context));
  },
};
