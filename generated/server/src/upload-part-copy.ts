// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  renderXmlTree,
  UPLOAD_PART_COPY_OUTPUT_XML,
  validateUploadPartCopyRequest,
  xmlTreeOf,
  type UploadPartCopyInput,
  type UploadPartCopyOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Upload Part - Copy handler returns; the server adds the request ID, host ID and Date. */
export type UploadPartCopyHandlerOutput = Omit<UploadPartCopyOutput, "requestId" | "hostId">;

/** The Upload Part - Copy member of `ObsHandlers`. */
export interface UploadPartCopyHandler {
  /** Upload Part - Copy: After initiating a multipart upload, you can use this operation to copy a part of an */
  uploadPartCopy?: (
    input: UploadPartCopyInput,
    context: RequestContext,
  ) => Promise<UploadPartCopyHandlerOutput> | UploadPartCopyHandlerOutput;
}

/** The 200 response of Upload Part - Copy: the `CopyPartResult` document, and the response headers. */
export function renderUploadPartCopyResponse(output: UploadPartCopyHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: renderXmlTree(
      "CopyPartResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(UPLOAD_PART_COPY_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers Upload Part - Copy (`PUT /{BucketName}/{ObjectName}?partNumber&uploadId + x-amz-copy-source`). */
export const uploadPartCopyRoute: Route<ObsHandlers> = {
  id: "UploadPartCopy",
  method: "PUT",
  selectors: ["partNumber", "uploadId"],
  headerSelectors: ["x-amz-copy-source"],
  parameters: ["partNumber", "uploadId"],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.uploadPartCopy !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.uploadPartCopy;
    if (!handler) throw notImplemented("Upload Part - Copy");
    const checked = validateUploadPartCopyRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderUploadPartCopyResponse(await handler(checked.value, context));
  },
};
