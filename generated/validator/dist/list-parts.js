import { headerValue, queryValue } from "./runtime/request.js";
import { parseDecimalInteger } from "./runtime/checks.js";
import { OWNER_XML, PART_XML } from "./types.js";
import { checkBucketName } from "./components/bucket-name.js";
import { checkObjectName } from "./components/object-name.js";
export const LIST_PARTS_OUTPUT_XML = { root: "ListPartsResult", namespace: "http://obs.example.com/doc/2015-06-30/", kind: "structure", members: [
        { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
        { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
        { member: "uploadId", xml: "UploadId", required: true, shape: { kind: "string" } },
        { member: "initiator", xml: "Initiator", shape: OWNER_XML },
        { member: "owner", xml: "Owner", shape: OWNER_XML },
        { member: "storageClass", xml: "StorageClass", shape: { kind: "string", enum: ["STANDARD", "STANDARD_IA", "GLACIER"] } },
        { member: "partNumberMarker", xml: "PartNumberMarker", shape: { kind: "integer" } },
        { member: "nextPartNumberMarker", xml: "NextPartNumberMarker", shape: { kind: "integer" } },
        { member: "maxParts", xml: "MaxParts", required: true, shape: { kind: "integer" } },
        { member: "isTruncated", xml: "IsTruncated", required: true, shape: { kind: "boolean" } },
        { member: "parts", xml: "Part", list: { item: "Part", wrapped: false }, shape: PART_XML }
    ] };
export const LIST_PARTS_SENSITIVE_MEMBERS = new Set(["securityToken"]);
export function validateListPartsRequest(request, options = {}) {
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
    if (uploadId === undefined || uploadId === "") {
        fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
    }
    const maxPartsText = queryValue(source.query, "max-parts");
    let maxParts;
    if (maxPartsText !== undefined) {
        maxParts = parseDecimalInteger(maxPartsText);
        if (maxParts === undefined) {
            fail("InvalidArgument", 400, "max-parts", "max-parts must be an integer.");
        }
        else if (maxParts < 0) {
            fail("InvalidArgument", 400, "max-parts", "max-parts must be at least 0.");
        }
    }
    if (maxParts === undefined || maxParts < 1 || maxParts > 1000)
        maxParts = 1000;
    const partNumberMarkerText = queryValue(source.query, "part-number-marker");
    let partNumberMarker;
    if (partNumberMarkerText !== undefined) {
        partNumberMarker = parseDecimalInteger(partNumberMarkerText);
        if (partNumberMarker === undefined) {
            fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be an integer.");
        }
        else if (partNumberMarker < 0) {
            fail("InvalidArgument", 400, "part-number-marker", "part-number-marker must be at least 0.");
        }
    }
    if (errors.length > 0)
        return { ok: false, errors };
    const value = {
        bucket: bucket,
        key: key,
        uploadId: uploadId,
    };
    value.maxParts = maxParts;
    if (partNumberMarker !== undefined)
        value.partNumberMarker = partNumberMarker;
    if (securityToken !== undefined)
        value.securityToken = securityToken;
    return { ok: true, value };
}
