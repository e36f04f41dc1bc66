import { headerValue, queryValue } from "./runtime/request.js";
import { checkBucketName } from "./components/bucket-name.js";
import { checkObjectName } from "./components/object-name.js";
import { checkUploadId } from "./components/upload-id.js";
export const ABORT_MULTIPART_UPLOAD_SENSITIVE_MEMBERS = new Set(["securityToken"]);
export function validateAbortMultipartUploadRequest(request, options = {}) {
    const errors = [];
    const fail = (code, status, target, message) => {
        errors.push({ code, status, target, message });
    };
    const source = request !== null && typeof request === "object" ? request : {};
    let securityToken;
    const rawHeaders = source.headers;
    if (rawHeaders !== null && typeof rawHeaders === "object") {
        for (const rawName of Object.keys(rawHeaders)) {
            const value = headerValue(rawHeaders[rawName]);
            if (value === undefined)
                continue;
            const name = rawName.toLowerCase();
            switch (name) {
                case "x-amz-security-token":
                    securityToken = securityToken === undefined ? value : securityToken + "," + value;
                    break;
            }
        }
    }
    const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
    checkBucketName(bucket, fail);
    const key = typeof source.key === "string" ? source.key : undefined;
    checkObjectName(key, fail);
    const uploadId = queryValue(source.query, "uploadId");
    checkUploadId(uploadId, fail);
    if (errors.length > 0)
        return { ok: false, errors };
    const value = {
        bucket: bucket,
        key: key,
        uploadId: uploadId,
    };
    if (securityToken !== undefined)
        value.securityToken = securityToken;
    return { ok: true, value };
}
