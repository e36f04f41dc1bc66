// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import {
  COMPLETE_MULTIPART_UPLOAD_INPUT_XML,
  COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML,
  xmlTreeOf,
  type CompleteMultipartUploadInput,
  type CompleteMultipartUploadOutput,
} from "@obs-toolkit/validator";
import {
  readXmlResponse,
  responseHeader,
  type CallOptions,
  type IncomingResponse,
  type OutgoingRequest,
} from "./runtime/transport.js";

/** `ObsClient`'s method for Complete Multipart Upload (the class implements this interface, which carries the method's documentation). */
export interface CompleteMultipartUploadMethod {
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
  completeMultipartUpload(
    input: CompleteMultipartUploadInput,
    options?: CallOptions,
  ): Promise<CompleteMultipartUploadOutput>;
}

/** The HTTP request of Complete Multipart Upload for `input`: method, bucket, key, sub-resources, query, headers and body. */
export function serializeCompleteMultipartUploadRequest(input: CompleteMultipartUploadInput): OutgoingRequest {
  const headers: Record<string, string | undefined> = {
    "x-amz-security-token": input.securityToken,
  };
  return {
    method: "POST",
    bucket: input.bucket,
    key: input.key,
    subresources: [],
    query: { uploadId: input.uploadId },
    headers,
    payload: {
      root: "CompleteMultipartUpload",
      namespace: undefined,
      content: xmlTreeOf(COMPLETE_MULTIPART_UPLOAD_INPUT_XML, input),
    },
  };
}

/**
 * The output of Complete Multipart Upload from a successful response: the `CompleteMultipartUploadResult` document (in any XML namespace) and the response headers.
 *
 * @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
 */
export function deserializeCompleteMultipartUploadResponse(response: IncomingResponse): CompleteMultipartUploadOutput {
  return {
    ...readXmlResponse(response, COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML),
    requestId: responseHeader(response, "x-amz-request-id", "string", false),
    hostId: responseHeader(response, "x-amz-id-2", "string", false),
    versionId: responseHeader(response, "x-amz-version-id", "string", false),
    serverSideEncryption: responseHeader(response, "x-amz-server-side-encryption", "string", false),
    sseKmsKeyId: responseHeader(response, "x-amz-server-side-encryption-aws-kms-key-id", "string", false),
    sseCustomerAlgorithm: responseHeader(response, "x-amz-server-side-encryption-customer-algorithm", "string", false),
  };
}
