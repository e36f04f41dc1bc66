import { headerValue, queryValue } from "./runtime/request.js";
import { readXmlDocument } from "./runtime/xml-shapes.js";
import { errorStatus } from "./error-codes.js";
import { COMPLETED_PART_XML } from "./types.js";
import { checkBucketName } from "./components/bucket-name.js";
import { checkObjectName } from "./components/object-name.js";
export const COMPLETE_MULTIPART_UPLOAD_INPUT_XML = { root: "CompleteMultipartUpload", kind: "structure", members: [
        { member: "parts", xml: "Part", required: true, list: { item: "Part", wrapped: false }, shape: COMPLETED_PART_XML }
    ] };
export const COMPLETE_MULTIPART_UPLOAD_OUTPUT_XML = { root: "CompleteMultipartUploadResult", namespace: "http://obs.example.com/doc/2015-06-30/", kind: "structure", members: [
        { member: "location", xml: "Location", required: true, shape: { kind: "string" } },
        { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
        { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
        { member: "eTag", xml: "ETag", required: true, shape: { kind: "string" } }
    ] };
export const COMPLETE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS = new Set(["securityToken"]);
export function validateCompleteMultipartUploadRequest(request, options = {}) {
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
    let payloadValue;
    if (source.payload === undefined || source.payload === null) {
        fail("MalformedXML", 400, "body", "The request body is required.");
    }
    else {
        payloadValue = readXmlDocument(COMPLETE_MULTIPART_UPLOAD_INPUT_XML, source.payload, "MalformedXML", (code, target, message) => fail(code, errorStatus(code), target, message));
    }
    if (errors.length > 0)
        return { ok: false, errors };
    const value = {
        bucket: bucket,
        key: key,
        uploadId: uploadId,
        ...payloadValue,
    };
    if (securityToken !== undefined)
        value.securityToken = securityToken;
    return { ok: true, value };
}
