import { type BucketNameParameter } from "./components/bucket-name.js";
import { type ObjectNameParameter } from "./components/object-name.js";
import { type SecurityTokenParameter } from "./components/security-token.js";
import { type SseCustomerAlgorithmParameter } from "./components/sse-customer-algorithm.js";
import { type SseCustomerKeyMd5Parameter } from "./components/sse-customer-key-md5.js";
import { type ObsRequest, type ValidateOptions, type ValidationResult } from "./runtime/request.js";
/** The input of Upload Part. */
export interface UploadPartInput extends BucketNameParameter, ObjectNameParameter, SseCustomerAlgorithmParameter, SseCustomerKeyMd5Parameter, SecurityTokenParameter {
	/**
	* Indicates the number that identifies a part to be uploaded. It can be any number from 1 to 10,000
	*
	* Query parameter: `partNumber`.
	*/
	partNumber: number;
	/**
	* Indicates the ID of a multipart upload.
	*
	* Query parameter: `uploadId`.
	*/
	uploadId: string;
	/**
	* Indicates a key used to encrypt objects. The header is used in SSE-C mode. This header is a base64-encoded 256-bit or 512-bit key and must be used together with x-amz-server-side-encryption-customer-algorithm and x-amz-server-side-encryption-customer-key-MD5.
	*
	* Header: `x-amz-server-side-encryption-customer-key`.
	*/
	sseCustomerKey?: string | undefined;
	/**
	* The part's bytes, from 0 to 5 GB.
	*
	* The request body, streamed: the server hands it over as it arrives, verified against the checksums the request declares.
	*/
	body: AsyncIterable<Uint8Array>;
}
/** The output of Upload Part. */
export interface UploadPartOutput {
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
	/**
	* The ETag of the uploaded part: the hex MD5 of its bytes, in double quotes. Complete Multipart Upload names each part by it.
	*
	* Header: `etag`.
	*/
	eTag: string;
	/**
	* This header is included in a response if SSE-KMS is used.
	*
	* Header: `x-amz-server-side-encryption`.
	*/
	serverSideEncryption?: string | undefined;
	/**
	* Indicates the master key ID. This header is included in a response if SSE-KMS is used.
	*
	* Header: `x-amz-server-side-encryption-aws-kms-key-id`.
	*/
	sseKmsKeyId?: string | undefined;
	/**
	* Indicates an encryption algorithm. This header is included in a response if SSE-C is used.
	*
	* Header: `x-amz-server-side-encryption-customer-algorithm`.
	*/
	sseCustomerAlgorithm?: string | undefined;
	/**
	* Indicates the MD5 value of a key used to encrypt objects. This header is included in a response if SSE-C is used.
	*
	* Header: `x-amz-server-side-encryption-customer-key-md5`.
	*/
	sseCustomerKeyMd5?: string | undefined;
}
/** The Upload Part input members that are secrets (`x-obs-sensitive`): never log or store them. */
export declare const UPLOAD_PART_SENSITIVE_MEMBERS: ReadonlySet<keyof UploadPartInput>;
/**
* Validates an Upload Part request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
*
* Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
*
* @param request The routed request: bucket, decoded key, query, headers and payload.
* @param options `requestTime`: the time the request was received (default: now).
*/
export declare function validateUploadPartRequest(request: ObsRequest, options?: ValidateOptions): ValidationResult<UploadPartInput>;
