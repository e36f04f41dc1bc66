// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateDeleteObjectRequest, type DeleteObjectInput, type DeleteObjectOutput } from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a DELETE Object handler returns; the server adds the request ID, host ID and Date. */
export type DeleteObjectHandlerOutput = Omit<DeleteObjectOutput, "requestId" | "hostId">;

/** The DELETE Object member of `ObsHandlers`. */
export interface DeleteObjectHandler {
  /** DELETE Object: You can use this operation to delete an object. The requester needs the write permission for */
  deleteObject?: (
    input: DeleteObjectInput,
    context: RequestContext,
  ) => Promise<DeleteObjectHandlerOutput> | DeleteObjectHandlerOutput;
}

/** The 204 response of DELETE Object: and the response headers. */
export function renderDeleteObjectResponse(output: DeleteObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 204,
    headers: {
      "x-amz-delete-marker": output.deleteMarker === undefined ? undefined : String(output.deleteMarker),
      "x-amz-version-id": output.versionId,
    },
    body: "",
  };
}

/** How the server routes, validates and answers DELETE Object (`DELETE /{BucketName}/{ObjectName}`). */
export const deleteObjectRoute: Route<ObsHandlers> = {
  id: "DeleteObject",
  method: "DELETE",
  selectors: [],
  headerSelectors: [],
  parameters: ["versionId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.deleteObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.deleteObject;
    if (!handler) throw notImplemented("DELETE Object");
    const checked = validateDeleteObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderDeleteObjectResponse(await handler(checked.value, context));
  },
};
