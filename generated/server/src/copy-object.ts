// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  COPY_OBJECT_OUTPUT_XML,
  renderXmlTree,
  validateCopyObjectRequest,
  xmlTreeOf,
  type CopyObjectInput,
  type CopyObjectOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Object - Copy handler returns; the server adds the request ID, host ID and Date. */
export type CopyObjectHandlerOutput = Omit<CopyObjectOutput, "requestId" | "hostId">;

/** The PUT Object - Copy member of `ObsHandlers`. */
export interface CopyObjectHandler {
  /** PUT Object - Copy: You can use this operation to create a copy of an object in OBS: a PUT on the destination */
  copyObject?: (
    input: CopyObjectInput,
    context: RequestContext,
  ) => Promise<CopyObjectHandlerOutput> | CopyObjectHandlerOutput;
}

/** The 200 response of PUT Object - Copy: the `CopyObjectResult` document, and the response headers. */
export function renderCopyObjectResponse(output: CopyObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-copy-source-version-id": output.copySourceVersionId,
      "x-amz-version-id": output.versionId,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: renderXmlTree(
      "CopyObjectResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(COPY_OBJECT_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers PUT Object - Copy (`PUT /{BucketName}/{ObjectName} + x-amz-copy-source`). */
export const copyObjectRoute: Route<ObsHandlers> = {
  id: "CopyObject",
  method: "PUT",
  selectors: [],
  headerSelectors: ["x-amz-copy-source"],
  parameters: [],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.copyObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.copyObject;
    if (!handler) throw notImplemented("PUT Object - Copy");
    const checked = validateCopyObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderCopyObjectResponse(await handler(checked.value, context));
  },
};
