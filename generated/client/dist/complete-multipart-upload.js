import { COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML, COMPLETE_MULTIPART_UPLOAD_INPUT_XML, xmlTreeOf } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
export function serializeCompleteMultipartUploadRequest(input) {
    const headers = {
        "x-amz-security-token": input.securityToken,
    };
    return {
        method: "POST",
        bucket: input.bucket,
        key: input.key,
        subresources: [],
        query: { "uploadId": input.uploadId, },
        headers,
        payload: { root: "CompleteMultipartUpload", namespace: undefined, content: xmlTreeOf(COMPLETE_MULTIPART_UPLOAD_INPUT_XML, input) },
    };
}
export function deserializeCompleteMultipartUploadResponse(response) {
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
