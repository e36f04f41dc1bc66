// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  LIST_OBJECT_VERSIONS_OUTPUT_XML,
  renderXmlTree,
  validateListObjectVersionsRequest,
  xmlTreeOf,
  type ListObjectVersionsInput,
  type ListObjectVersionsOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Bucket Object versions handler returns; the server adds the request ID, host ID and Date. */
export type ListObjectVersionsHandlerOutput = Omit<ListObjectVersionsOutput, "requestId" | "hostId">;

/** The GET Bucket Object versions member of `ObsHandlers`. */
export interface ListObjectVersionsHandler {
  /** GET Bucket Object versions: If you have the read permission for a bucket, you can use this operation to list the versions */
  listObjectVersions?: (
    input: ListObjectVersionsInput,
    context: RequestContext,
  ) => Promise<ListObjectVersionsHandlerOutput> | ListObjectVersionsHandlerOutput;
}

/** The 200 response of GET Bucket Object versions: the `ListVersionsResult` document, and the response headers. */
export function renderListObjectVersionsResponse(output: ListObjectVersionsHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {},
    body: renderXmlTree(
      "ListVersionsResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(LIST_OBJECT_VERSIONS_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers GET Bucket Object versions (`GET /{BucketName}?versions`). */
export const listObjectVersionsRoute: Route<ObsHandlers> = {
  id: "ListObjectVersions",
  method: "GET",
  selectors: ["versions"],
  headerSelectors: [],
  parameters: ["prefix", "key-marker", "max-keys", "delimiter", "version-id-marker", "encoding-type"],
  level: "bucket",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.listObjectVersions !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.listObjectVersions;
    if (!handler) throw notImplemented("GET Bucket Object versions");
    const checked = validateListObjectVersionsRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderListObjectVersionsResponse(await handler(checked.value, context));
  },
};
