import { type AbortMultipartUploadInput, type CompleteMultipartUploadInput, type InitiateMultipartUploadInput, type ListMultipartUploadsInput, type ListPartsInput, type UploadPartInput } from "@obs-toolkit/validator";
import { type ObsServer, type ObsServerOptions, type RequestContext } from "./runtime/core.js";
import { type AbortMultipartUploadHandlerOutput } from "./abort-multipart-upload.js";
import { type CompleteMultipartUploadHandlerOutput } from "./complete-multipart-upload.js";
import { type InitiateMultipartUploadHandlerOutput } from "./initiate-multipart-upload.js";
import { type ListMultipartUploadsHandlerOutput } from "./list-multipart-uploads.js";
import { type ListPartsHandlerOutput } from "./list-parts.js";
import { type UploadPartHandlerOutput } from "./upload-part.js";
/** The operations a server implements, each optional: a request for one without a handler answers 501 NotImplemented. Each receives validated, typed input; throwing an `ObsError` (e.g. `NoSuchBucket`) answers that S3 error. */
export interface ObsHandlers {
    /** Abort Multipart Upload: You can use this operation to abort a multipart upload. After the request is sent, parts associated to the multipart upload cannot be uploaded or listed. */
    abortMultipartUpload?: (input: AbortMultipartUploadInput, context: RequestContext) => Promise<AbortMultipartUploadHandlerOutput> | AbortMultipartUploadHandlerOutput;
    /** Complete Multipart Upload: After uploading all parts for a multipart upload, you can use this operation to complete the multipart upload. */
    completeMultipartUpload?: (input: CompleteMultipartUploadInput, context: RequestContext) => Promise<CompleteMultipartUploadHandlerOutput> | CompleteMultipartUploadHandlerOutput;
    /** Initiate Multipart Upload: You can use this operation to obtain a globally unique upload ID. */
    initiateMultipartUpload?: (input: InitiateMultipartUploadInput, context: RequestContext) => Promise<InitiateMultipartUploadHandlerOutput> | InitiateMultipartUploadHandlerOutput;
    /** List Multipart Uploads: You can use this operation to query all in-progress multipart uploads that have been initiated but not been combined or aborted. */
    listMultipartUploads?: (input: ListMultipartUploadsInput, context: RequestContext) => Promise<ListMultipartUploadsHandlerOutput> | ListMultipartUploadsHandlerOutput;
    /** List Parts: You can use this operation to query all parts associated to a multipart upload. */
    listParts?: (input: ListPartsInput, context: RequestContext) => Promise<ListPartsHandlerOutput> | ListPartsHandlerOutput;
    /** Upload Part: After initiating a multipart upload, you can use this operation to upload parts for the multipart upload using its uploadId. */
    uploadPart?: (input: UploadPartInput, context: RequestContext) => Promise<UploadPartHandlerOutput> | UploadPartHandlerOutput;
}
/** A framework-free OBS S3-compatible object storage API server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to 900 s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with `createNodeListener`. */
export declare function createObsServer(options: ObsServerOptions<ObsHandlers>): ObsServer;
