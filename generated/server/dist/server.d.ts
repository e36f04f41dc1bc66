import { type InitiateMultipartUploadInput } from "@obs-toolkit/validator";
import { type ObsServer, type ObsServerOptions, type RequestContext } from "./runtime/core.js";
import { type InitiateMultipartUploadHandlerOutput } from "./initiate-multipart-upload.js";
/** The operations a server implements. Each receives validated, typed input; throwing an `ObsError` (e.g. `NoSuchBucket`) answers that S3 error. */
export interface ObsHandlers {
  /** Initiate Multipart Upload: You can use this operation to obtain a globally unique upload ID. */
  initiateMultipartUpload: (
    input: InitiateMultipartUploadInput,
    context: RequestContext,
  ) => Promise<InitiateMultipartUploadHandlerOutput> | InitiateMultipartUploadHandlerOutput;
}
/** A framework-free OBS S3-compatible object storage API server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to 900 s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with `createNodeListener`. */
export declare function createObsServer(options: ObsServerOptions<ObsHandlers>): ObsServer;
