import { type AbortMultipartUploadInput, type AbortMultipartUploadOutput, type CompleteMultipartUploadInput, type CompleteMultipartUploadOutput, type InitiateMultipartUploadInput, type InitiateMultipartUploadOutput, type ListMultipartUploadsInput, type ListMultipartUploadsOutput, type ListPartsInput, type ListPartsOutput, type UploadPartInput, type UploadPartOutput } from "@obs-toolkit/validator";
import { type CallOptions, type ObsClientConfig, type WithBodySource } from "./runtime/transport.js";
/**
 * A typed client for the OBS S3-compatible object storage API.
 *
 * Each method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an `ObsError` carrying `code`, `message`, `statusCode`, `requestId` and `hostId`.
 */
export declare class ObsClient {
    private readonly config;
    constructor(config: ObsClientConfig);
    /**
     * Abort Multipart Upload.
     *
     * You can use this operation to abort a multipart upload. After the request is sent, parts associated to the multipart upload cannot be uploaded or listed.
     *
     * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
     * @throws ObsError for an invalid input (before sending) or an S3 error response.
     */
    abortMultipartUpload(input: AbortMultipartUploadInput, options?: CallOptions): Promise<AbortMultipartUploadOutput>;
    /**
     * Complete Multipart Upload.
     *
     * After uploading all parts for a multipart upload, you can use this operation to complete the multipart upload.
     *
     * Upon receiving a Complete Multipart Upload request, OBS concatenates the specified parts to
     * create a new object. All associated parts cannot be downloaded until the multipart upload is
     * complete.
     *
     * The MD5 value recorded in the ETag of a newly created object is calculated using the MD5
     * values of the parts comprising this object: MD5(M1M2......MN)-N, where Mn is the MD5 value of
     * part n and N the total number of parts.
     *
     * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
     * @throws ObsError for an invalid input (before sending) or an S3 error response.
     */
    completeMultipartUpload(input: CompleteMultipartUploadInput, options?: CallOptions): Promise<CompleteMultipartUploadOutput>;
    /**
     * Initiate Multipart Upload.
     *
     * You can use this operation to obtain a globally unique upload ID.
     *
     * This upload ID is used to associate all parts in the specific multipart upload. You can
     * specify this upload ID in each of your subsequent requests such as Upload Part, Complete
     * Multipart Upload, and List Parts.
     *
     * The key of the object for which a multipart upload is intended can be the same as an
     * existing object. You can initiate one or more multipart uploads for one object.
     *
     * An Initiate Multipart Upload request can contain multiple headers such as x-amz-acl,
     * x-amz-meta-*, Content-Type, and Content-Encoding. The headers are recorded in the metadata
     * of parts uploaded for the specific multipart upload.
     *
     * This operation makes server-side encryption available.
     *
     * If a bucket has WORM enabled, you can configure object-level retention policies when
     * initiating multipart uploads with the x-amz-object-lock-mode and
     * x-amz-object-lock-retain-until-date headers, to protect the object assembled. If you do not
     * specify these two headers but have configured a default bucket-level WORM policy, this
     * default policy automatically applies to the object newly assembled.
     *
     * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
     * @throws ObsError for an invalid input (before sending) or an S3 error response.
     */
    initiateMultipartUpload(input: InitiateMultipartUploadInput, options?: CallOptions): Promise<InitiateMultipartUploadOutput>;
    /**
     * List Multipart Uploads.
     *
     * You can use this operation to query all in-progress multipart uploads that have been initiated but not been combined or aborted.
     *
     * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
     * @throws ObsError for an invalid input (before sending) or an S3 error response.
     */
    listMultipartUploads(input: ListMultipartUploadsInput, options?: CallOptions): Promise<ListMultipartUploadsOutput>;
    /**
     * List Parts.
     *
     * You can use this operation to query all parts associated to a multipart upload.
     *
     * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
     * @throws ObsError for an invalid input (before sending) or an S3 error response.
     */
    listParts(input: ListPartsInput, options?: CallOptions): Promise<ListPartsOutput>;
    /**
     * Upload Part.
     *
     * After initiating a multipart upload, you can use this operation to upload parts for the multipart upload using its uploadId.
     *
     * In a multipart upload for a specific object, parts of the object can be uploaded in any
     * sequence and multiple parts can be uploaded concurrently.
     *
     * Part sizes range from 5 MB to 5 GB. However, in a complete multipart operation, the size of
     * the last uploaded part must range from 0 to 5 GB. In addition, the uploadId of each part must
     * be in the range of 1 to 10000.
     *
     * This operation makes server-side encryption available.
     *
     * When the same multipart of the same object is uploaded concurrently, the server complies with
     * the Last Write Win policy.
     *
     * @param options `signal`: cancels the call; `contentMd5`: the body's base64 MD5, sent as Content-MD5.
     * @throws ObsError for an invalid input (before sending) or an S3 error response.
     */
    uploadPart(input: WithBodySource<UploadPartInput, "body">, options?: CallOptions): Promise<UploadPartOutput>;
}
