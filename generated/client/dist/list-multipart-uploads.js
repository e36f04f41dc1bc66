import { LIST_MULTIPART_UPLOADS_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
export function serializeListMultipartUploadsRequest(input) {
    const headers = {
        "x-amz-security-token": input.securityToken,
    };
    return {
        method: "GET",
        bucket: input.bucket,
        key: undefined,
        subresources: ["uploads"],
        query: { "delimiter": input.delimiter, "prefix": input.prefix, "max-uploads": input.maxUploads === undefined ? undefined : String(input.maxUploads), "key-marker": input.keyMarker, "upload-id-marker": input.uploadIdMarker, },
        headers,
    };
}
export function deserializeListMultipartUploadsResponse(response) {
    return {
        ...readXmlResponse(response, LIST_MULTIPART_UPLOADS_OUTPUT_XML),
        requestId: responseHeader(response, "x-amz-request-id", "string", false),
        hostId: responseHeader(response, "x-amz-id-2", "string", false),
    };
}
