import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
/** The input of Abort Multipart Upload. */
export interface AbortMultipartUploadInput {
    /**
     * The bucket. With virtual-hosted addressing it is the first label of the Host header (`bucketname.obs.example.com`); with path-style addressing it is the first path segment.
     *
     * Path: `BucketName`.
     */
    bucket: string;
    /**
     * The object key. It may contain `/`, so it takes the rest of the path; it is percent-decoded before it is checked.
     *
     * Path: `ObjectName`.
     */
    key: string;
    /**
     * Indicates the ID of the multipart upload to be aborted.
     *
     * Query parameter: `uploadId`.
     */
    uploadId: string;
    /**
     * Header field used to identify the request of a federated user. When the federal authentication function is enabled, users sending such requests are identified as federated users. This parameter must be carried in the request sent by federated users.
     *
     * Header: `x-amz-security-token`.
     */
    securityToken?: string | undefined;
}
/** The output of Abort Multipart Upload. */
export interface AbortMultipartUploadOutput {
    /**
     * The value created by OBS to uniquely identify a request. OBS uses this value to troubleshoot faults.
     *
     * Header: `x-amz-request-id`.
     */
    requestId?: string | undefined;
    /**
     * A special token that helps OBS troubleshoot faults.
     *
     * Header: `x-amz-id-2`.
     */
    hostId?: string | undefined;
}
/** The Abort Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const ABORT_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof AbortMultipartUploadInput>;
/**
 * Validates an Abort Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export declare function validateAbortMultipartUploadRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<AbortMultipartUploadInput>;
