import { headerValue, queryValue } from "./runtime/request.js";
import { parseDecimalInteger } from "./runtime/checks.js";
import { COMMON_PREFIX_XML, UPLOAD_XML } from "./types.js";
import { checkBucketName } from "./components/bucket-name.js";
export const LIST_MULTIPART_UPLOADS_OUTPUT_XML = { root: "ListMultipartUploadsResult", namespace: "http://obs.example.com/doc/2015-06-30/", kind: "structure", members: [
        { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
        { member: "keyMarker", xml: "KeyMarker", shape: { kind: "string" } },
        { member: "uploadIdMarker", xml: "UploadIdMarker", shape: { kind: "string" } },
        { member: "nextKeyMarker", xml: "NextKeyMarker", shape: { kind: "string" } },
        { member: "nextUploadIdMarker", xml: "NextUploadIdMarker", shape: { kind: "string" } },
        { member: "delimiter", xml: "Delimiter", shape: { kind: "string" } },
        { member: "prefix", xml: "Prefix", shape: { kind: "string" } },
        { member: "maxUploads", xml: "MaxUploads", required: true, shape: { kind: "integer" } },
        { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
        { member: "uploads", xml: "Upload", list: { item: "Upload", wrapped: false }, shape: UPLOAD_XML },
        { member: "commonPrefixes", xml: "CommonPrefixes", list: { item: "CommonPrefixes", wrapped: false }, shape: COMMON_PREFIX_XML }
    ] };
export const LIST_MULTIPART_UPLOADS_SENSITIVE_MEMBERS = new Set(["securityToken"]);
export function validateListMultipartUploadsRequest(request, options = {}) {
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
    const delimiter = queryValue(source.query, "delimiter");
    const prefix = queryValue(source.query, "prefix");
    const maxUploadsText = queryValue(source.query, "max-uploads");
    let maxUploads;
    if (maxUploadsText !== undefined) {
        maxUploads = parseDecimalInteger(maxUploadsText);
        if (maxUploads === undefined) {
            fail("InvalidArgument", 400, "max-uploads", "max-uploads must be an integer.");
        }
        else if (maxUploads < 0) {
            fail("InvalidArgument", 400, "max-uploads", "max-uploads must be at least 0.");
        }
    }
    if (maxUploads === undefined || maxUploads < 1 || maxUploads > 1000)
        maxUploads = 1000;
    const keyMarker = queryValue(source.query, "key-marker");
    const uploadIdMarker = queryValue(source.query, "upload-id-marker");
    if (uploadIdMarker !== undefined && !(keyMarker !== undefined)) {
        fail("InvalidArgument", 400, "upload-id-marker", "upload-id-marker is only meaningful together with key-marker. Missing: " + [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "));
    }
    if (errors.length > 0)
        return { ok: false, errors };
    const value = {
        bucket: bucket,
    };
    if (delimiter !== undefined)
        value.delimiter = delimiter;
    if (prefix !== undefined)
        value.prefix = prefix;
    value.maxUploads = maxUploads;
    if (keyMarker !== undefined)
        value.keyMarker = keyMarker;
    if (uploadIdMarker !== undefined)
        value.uploadIdMarker = uploadIdMarker;
    if (securityToken !== undefined)
        value.securityToken = securityToken;
    return { ok: true, value };
}
