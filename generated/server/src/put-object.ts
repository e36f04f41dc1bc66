// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validatePutObjectRequest, type PutObjectInput, type PutObjectOutput } from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a PUT Object handler returns; the server adds the request ID, host ID and Date. */
export type PutObjectHandlerOutput = Omit<PutObjectOutput, "requestId" | "hostId">;

/** The PUT Object member of `ObsHandlers`. */
export interface PutObjectHandler {
  /** PUT Object: After creating a bucket in OBS, you can use this operation to upload an object to the bucket. */
  putObject?: (
    input: PutObjectInput,
    context: RequestContext,
  ) => Promise<PutObjectHandlerOutput> | PutObjectHandlerOutput;
}

/** The 200 response of PUT Object: and the response headers. */
export function renderPutObjectResponse(output: PutObjectHandlerOutput): RouteOutcome {
  return {
    ok: true,
    status: 200,
    headers: {
      etag: output.eTag,
      "x-amz-version-id": output.versionId,
      "x-amz-server-side-encryption": output.serverSideEncryption,
      "x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
      "x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
      "x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
      "x-amz-storage-class": output.storageClass,
      "x-amz-checksum-crc32": output.checksumCrc32,
      "x-amz-checksum-crc32c": output.checksumCrc32c,
      "x-amz-checksum-crc64nvme": output.checksumCrc64Nvme,
      "x-amz-checksum-sha1": output.checksumSha1,
      "x-amz-checksum-sha256": output.checksumSha256,
    },
    body: "",
  };
}

/** How the server routes, validates and answers PUT Object (`PUT /{BucketName}/{ObjectName}`). */
export const putObjectRoute: Route<ObsHandlers> = {
  id: "PutObject",
  method: "PUT",
  selectors: [],
  headerSelectors: [],
  parameters: [],
  level: "object",
  payload: { kind: "blob", maxBytes: 5368709120, tooLarge: "EntityTooLarge" },
  implemented: (handlers) => handlers.putObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.putObject;
    if (!handler) throw notImplemented("PUT Object");
    const checked = validatePutObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderPutObjectResponse(await handler(checked.value, context));
  },
};
