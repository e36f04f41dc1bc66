import { responseHeader } from "./runtime/transport.js";
export function serializeAbortMultipartUploadRequest(input) {
    const headers = {
        "x-amz-security-token": input.securityToken,
    };
    return {
        method: "DELETE",
        bucket: input.bucket,
        key: input.key,
        subresources: [],
        query: { "uploadId": input.uploadId, },
        headers,
    };
}
export function deserializeAbortMultipartUploadResponse(response) {
    return {
        requestId: responseHeader(response, "x-amz-request-id", "string", false),
        hostId: responseHeader(response, "x-amz-id-2", "string", false),
    };
}
