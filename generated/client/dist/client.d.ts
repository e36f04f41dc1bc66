import { type AbortMultipartUploadInput, type AbortMultipartUploadOutput, type CompleteMultipartUploadInput, type CompleteMultipartUploadOutput, type InitiateMultipartUploadInput, type InitiateMultipartUploadOutput, type ListMultipartUploadsInput, type ListMultipartUploadsOutput, type ListPartsInput, type ListPartsOutput, type UploadPartInput, type UploadPartOutput } from "@obs-toolkit/validator";
import { type CallOptions, type ObsClientConfig, type WithBodySource } from "./runtime/transport.js";
import { type AbortMultipartUploadMethod } from "./abort-multipart-upload.js";
import { type CompleteMultipartUploadMethod } from "./complete-multipart-upload.js";
import { type InitiateMultipartUploadMethod } from "./initiate-multipart-upload.js";
import { type ListMultipartUploadsMethod } from "./list-multipart-uploads.js";
import { type ListPartsMethod } from "./list-parts.js";
import { type UploadPartMethod } from "./upload-part.js";
/**
 * A typed client for the OBS S3-compatible object storage API.
 *
 * Each method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an `ObsError` carrying `code`, `message`, `statusCode`, `requestId` and `hostId`.
 */
export declare class ObsClient implements AbortMultipartUploadMethod, CompleteMultipartUploadMethod, InitiateMultipartUploadMethod, ListMultipartUploadsMethod, ListPartsMethod, UploadPartMethod {
    private readonly config;
    constructor(config: ObsClientConfig);
    abortMultipartUpload(input: AbortMultipartUploadInput, options?: CallOptions): Promise<AbortMultipartUploadOutput>;
    completeMultipartUpload(input: CompleteMultipartUploadInput, options?: CallOptions): Promise<CompleteMultipartUploadOutput>;
    initiateMultipartUpload(input: InitiateMultipartUploadInput, options?: CallOptions): Promise<InitiateMultipartUploadOutput>;
    listMultipartUploads(input: ListMultipartUploadsInput, options?: CallOptions): Promise<ListMultipartUploadsOutput>;
    listParts(input: ListPartsInput, options?: CallOptions): Promise<ListPartsOutput>;
    uploadPart(input: WithBodySource<UploadPartInput, "body">, options?: CallOptions): Promise<UploadPartOutput>;
}
