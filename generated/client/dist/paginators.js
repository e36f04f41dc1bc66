import { paginate } from "./runtime/paginate.js";
export function paginateListMultipartUploads(client, input, options = {}) {
    return paginate((request) => client.listMultipartUploads(request, { signal: options.signal }), input, { inputTokens: ["keyMarker", "uploadIdMarker"], outputTokens: ["nextKeyMarker", "nextUploadIdMarker"], truncated: "isTruncated", pageSize: "maxUploads" }, options);
}
export function paginateListParts(client, input, options = {}) {
    return paginate((request) => client.listParts(request, { signal: options.signal }), input, { inputTokens: ["partNumberMarker"], outputTokens: ["nextPartNumberMarker"], truncated: "isTruncated", pageSize: "maxParts" }, options);
}
