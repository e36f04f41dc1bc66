import { createServerCore } from "./runtime/core.js";
import { abortMultipartUploadRoute } from "./abort-multipart-upload.js";
import { completeMultipartUploadRoute } from "./complete-multipart-upload.js";
import { initiateMultipartUploadRoute } from "./initiate-multipart-upload.js";
import { listMultipartUploadsRoute } from "./list-multipart-uploads.js";
import { listPartsRoute } from "./list-parts.js";
import { uploadPartRoute } from "./upload-part.js";
const ROUTES = [abortMultipartUploadRoute, completeMultipartUploadRoute, initiateMultipartUploadRoute, listMultipartUploadsRoute, listPartsRoute, uploadPartRoute];
export function createObsServer(options) {
    return createServerCore(options, ROUTES, { maxClockSkewSeconds: 900, service: "s3" });
}
