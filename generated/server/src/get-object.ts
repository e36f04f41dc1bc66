// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateGetObjectRequest, type GetObjectInput, type GetObjectOutput } from "@obs-toolkit/validator";
import { notImplemented, type RequestContext, type Route, type RouteOutcome } from "./runtime/core.js";
import { type ObsHandlers } from "./server.js";
/** What a GET Object handler returns; the server adds the request ID, host ID and Date. */
export type GetObjectHandlerOutput = Omit<Omit<GetObjectOutput, "requestId" | "hostId">, "body"> & {
  body: Uint8Array | string | AsyncIterable<Uint8Array>;
};

/** The GET Object member of `ObsHandlers`. */
export interface GetObjectHandler {
  /** GET Object: You can use this operation to download an object: its bytes are streamed, whole or one range, */
  getObject?: (
    input: GetObjectInput,
    context: RequestContext,
  ) => Promise<GetObjectHandlerOutput> | GetObjectHandlerOutput;
}

/** The 200 or 206 response of GET Object: the byte stream, and the response headers. */
export function renderGetObjectResponse(output: GetObjectHandlerOutput): RouteOutcome {
  const headers: Record<string, string | undefined> = {
    "content-length": output.contentLength === undefined ? undefined : String(output.contentLength),
    "content-type": output.contentType,
    etag: output.eTag,
    "last-modified": output.lastModified?.toUTCString(),
    "accept-ranges": output.acceptRanges,
    "cache-control": output.cacheControl,
    "content-disposition": output.contentDisposition,
    "content-encoding": output.contentEncoding,
    "content-language": output.contentLanguage,
    expires: output.expires,
    "x-amz-website-redirect-location": output.websiteRedirectLocation,
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
    "content-range": output.contentRange,
  };
  for (const [name, value] of Object.entries(output.metadata ?? {}))
    headers[`x-amz-meta-${name.toLowerCase()}`] = value;
  return {
    ok: true,
    status: output.contentRange !== undefined ? 206 : 200,
    headers: headers,
    body: output.body,
  };
}

/** How the server routes, validates and answers GET Object (`GET /{BucketName}/{ObjectName}`). */
export const getObjectRoute: Route<ObsHandlers> = {
  id: "GetObject",
  method: "GET",
  selectors: [],
  headerSelectors: [],
  parameters: [
    "response-content-type",
    "response-content-language",
    "response-expires",
    "response-cache-control",
    "response-content-disposition",
    "response-content-encoding",
    "versionId",
  ],
  level: "object",
  payload: { kind: "none" },
  implemented: (handlers) => handlers.getObject !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.getObject;
    if (!handler) throw notImplemented("GET Object");
    const checked = validateGetObjectRequest(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return renderGetObjectResponse(await handler(checked.value, context));
  },
};
