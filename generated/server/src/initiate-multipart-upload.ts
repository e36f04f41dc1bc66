// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  INITIATE_MULTIPART_UPLOAD_OUTPUT_XML,
  renderXmlTree,
  validateInitiateMultipartUploadRequest,
  xmlTreeOf,
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
} from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a Initiate Multipart Upload handler returns; the server adds the request ID, host ID and Date. */
export type InitiateMultipartUploadHandlerOutput = Omit<InitiateMultipartUploadOutput, "requestId" | "hostId">;

/** The Initiate Multipart Upload member of `ObsHandlers`. */
export interface InitiateMultipartUploadHandler {
  /** Initiate Multipart Upload: You can use this operation to obtain a globally unique upload ID. */
  initiateMultipartUpload?: (
    input: InitiateMultipartUploadInput,
    context: RequestContext,
  ) => Promise<InitiateMultipartUploadHandlerOutput> | InitiateMultipartUploadHandlerOutput;
}

/** The 200 response of Initiate Multipart Upload: the `InitiateMultipartUploadResult` document, and the response headers. */
export function renderInitiateMultipartUploadResponse(output: InitiateMultipartUploadHandlerOutput): RouteOutcome {
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
      "InitiateMultipartUploadResult",
      "http://obs.example.com/doc/2015-06-30/",
      xmlTreeOf(INITIATE_MULTIPART_UPLOAD_OUTPUT_XML, output),
    ),
  };
}

/** How the server routes, validates and answers Initiate Multipart Upload (`POST /{BucketName}/{ObjectName}?uploads`). */
export const initiateMultipartUploadRoute: Route<ObsHandlers> = {
  id: "InitiateMultipartUpload",
  method: "POST",
  selectors: ["uploads"],
  headerSelectors: [],
  parameters: [],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.initiateMultipartUpload !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.initiateMultipartUpload;
    if (!handler) throw notImplemented("Initiate Multipart Upload");
    const checked = validateInitiateMultipartUploadRequest(request, {
      requestTime: context.receivedAt,
      headersNormalized: true,
    });
    if (!checked.ok) return checked;
    return renderInitiateMultipartUploadResponse(await handler(checked.value, context));
  },
};
