import { createServerCore } from "./runtime/core.js";
import { initiateMultipartUploadRoute } from "./initiate-multipart-upload.js";
const ROUTES = [initiateMultipartUploadRoute];
/** A framework-free OBS S3-compatible object storage API server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to 900 s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with `createNodeListener`. */
export function createObsServer(options) {
  return createServerCore(options, ROUTES, { maxClockSkewSeconds: 900, service: "s3" });
}
