import { validateInitiateMultipartUploadRequest } from "@obs-toolkit/validator";
import { renderXmlDocument } from "./runtime/xml.js";
/** The 200 response of Initiate Multipart Upload: the `InitiateMultipartUploadResult` document, and the response headers. */
export function renderInitiateMultipartUploadResponse(output) {
  return {
    ok: true,
    status: 200,
    headers: {
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
    },
    body: renderXmlDocument("InitiateMultipartUploadResult", "http://obs.example.com/doc/2015-06-30/", [
      ["Bucket", output.bucket],
      ["Key", output.key],
      ["UploadId", output.uploadId],
    ]),
  };
}
/** How the server routes, validates and answers Initiate Multipart Upload (`POST /{BucketName}/{ObjectName}?uploads`). */
export const initiateMultipartUploadRoute = {
  id: "InitiateMultipartUpload",
  method: "POST",
  subresources: ["uploads"],
  hasKey: true,
  // The model has no request bodies yet.
  acceptsBody: false,
  async run(handlers, request, context) {
    const checked = validateInitiateMultipartUploadRequest(request, { requestTime: context.receivedAt });
    if (!checked.ok) return checked;
    return renderInitiateMultipartUploadResponse(await handlers.initiateMultipartUpload(checked.value, context));
  },
};
