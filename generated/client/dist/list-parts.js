import { LIST_PARTS_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
export function serializeListPartsRequest(input) {
    const headers = {
        "x-amz-security-token": input.securityToken,
    };
    return {
        method: "GET",
        bucket: input.bucket,
        key: input.key,
        subresources: [],
        query: { "uploadId": input.uploadId, "max-parts": input.maxParts === undefined ? undefined : String(input.maxParts), "part-number-marker": input.partNumberMarker === undefined ? undefined : String(input.partNumberMarker), },
        headers,
    };
}
export function deserializeListPartsResponse(response) {
    return {
        ...readXmlResponse(response, LIST_PARTS_OUTPUT_XML),
        requestId: responseHeader(response, "x-amz-request-id", "string", false),
        hostId: responseHeader(response, "x-amz-id-2", "string", false),
    };
}
