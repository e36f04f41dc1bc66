// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML,
  renderXmlTree,
  validateCompleteMultipartUploadRequest,
  xmlTreeOf,
  type CompleteMultipartUploadInput,
  type CompleteMultipartUploadOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Complete Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type CompleteMultipartUploadHandlerOutput = Omit<CompleteMultipartUploadOutput, "requestId" | "hostId">;

/** The Complete Multipart Upload member of `ObsHandlers`. */
export interface CompleteMultipartUploadHandler {
  /** Complete Multipart Upload: After uploading all parts for a multipart upload, you can use this operation to complete the multipart upload. */
  completeMultipartUpload?: (
    input: CompleteMultipartUploadInput,
    context: RequestContext,
  ) => Promise<CompleteMultipartUploadHandlerOutput> | CompleteMultipartUploadHandlerOutput;
}

/** The 200 response of Complete Multipart Upload: the `CompleteMultipartUploadResult` document, and the response headers. */
export function renderCompleteMultipartUploadResponse(output: CompleteMultipartUploadHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-version-id": output.versionId,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
    },
    body: renderXmlTree(
      "CompleteMultipartUploadResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers Complete Multipart Upload (`POST /{BucketName}/{ObjectName}?uploadId`). */
export const completeMultipartUploadRoute: Route<ObsHandlers> = {
  id: "CompleteMultipartUpload",
  method: "POST",
  selectors: ["uploadId"],
  headerSelectors: [],
  parameters: ["uploadId"],
  level: "object",
  payload: { kind: "xml", error: "MalformedXML" },
  implemented: (handlers) => handlers.completeMultipartUpload !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.completeMultipartUpload;
    if (!handler) throw notImplemented("Complete Multipart Upload");
    const checked = validateCompleteMultipartUploadRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderCompleteMultipartUploadResponse(await handler(checked.value, context));
  },
};
