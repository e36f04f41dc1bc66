// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateUploadPartRequest, type UploadPartInput, type UploadPartOutput } from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Upload Part handler returns; the server adds the request ID, host ID and Date. */
export type UploadPartHandlerOutput = Omit<UploadPartOutput, "requestId" | "hostId">;

/** The Upload Part member of `ObsHandlers`. */
export interface UploadPartHandler {
  /** Upload Part: After initiating a multipart upload, you can use this operation to upload parts for the multipart upload using its uploadId. */
  uploadPart?: (
    input: UploadPartInput,
    context: RequestContext,
  ) => Promise<UploadPartHandlerOutput> | UploadPartHandlerOutput;
}

/** The 200 response of Upload Part: and the response headers. */
export function renderUploadPartResponse(output: UploadPartHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      etag: output.eTag,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: "",
  };
}

/** How the server routes, validates and answers Upload Part (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId`). */
export const uploadPartRoute: Route<ObsHandlers> = {
  id: "UploadPart",
  method: "PUT",
  selectors: ["partNumber", "uploadId"],
  headerSelectors: [],
  parameters: ["partNumber", "uploadId"],
  level: "object",
  payload: { kind: "blob", maxBytes: 5368709120, tooLarge: "EntityTooLarge" },
  implemented: (handlers) => handlers.uploadPart !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.uploadPart;
    if (!handler) throw notImplemented("Upload Part");
    const checked = validateUploadPartRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderUploadPartResponse(await handler(checked.value, context));
  },
};
