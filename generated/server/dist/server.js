import { createServerCore } from "./runtime/core.js";
import { abortMultipartUploadRoute } from "./abort-multipart-upload.js";
import { completeMultipartUploadRoute } from "./complete-multipart-upload.js";
import { initiateMultipartUploadRoute } from "./initiate-multipart-upload.js";
import { listMultipartUploadsRoute } from "./list-multipart-uploads.js";
import { listPartsRoute } from "./list-parts.js";
import { uploadPartRoute } from "./upload-part.js";
const ROUTES = [abortMultipartUploadRoute, completeMultipartUploadRoute, initiateMultipartUploadRoute, listMultipartUploadsRoute, listPartsRoute, uploadPartRoute];
/** A framework-free OBS S3-compatible object storage API server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to 900 s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with `createNodeListener`. */
export function createObsServer(options) {
    return createServerCore(options, ROUTES, { maxClockSkewSeconds: 900, service: "s3" });
}
