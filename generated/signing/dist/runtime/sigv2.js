// Copied from runtime/signing/sigv2.ts by `npm run generate`: edit that file, not this one.
import { createHmac } from "node:crypto";
/** The sub-resources that V2 signing includes in the canonicalized resource (V2 Common Request). */
export const V2_SUBRESOURCES = new Set([
	"acl",
	"lifecycle",
	"location",
	"logging",
	"notification",
	"partNumber",
	"policy",
	"uploadId",
	"uploads",
	"versionId",
	"versioning",
	"versions",
	"website",
	"quota",
	"storagePolicy",
	"storageinfo",
	"deletebucket",
	"cors",
	"delete",
	"restore",
	"tagging",
	"torrent",
	"replication",
	"encryption",
	"requestPayment",
	"storageClass",
	"response-content-type",
	"response-content-language",
	"response-expires",
	"response-cache-control",
	"response-content-disposition",
	"response-content-encoding"
]);
/**
* The V2 StringToSign: verb, Content-MD5, Content-Type, Date (empty when x-amz-date is
* present), the x-amz-* headers sorted and trimmed, then the canonicalized resource.
* `bucketPrefix` is "/bucket" for virtual-hosted requests and "" for path-style ones.
*/
export function stringToSignV2(request, bucketPrefix, dateOverride) {
	const h = request.headers;
	const amzHeaders = Object.keys(h).filter((name) => name.startsWith("x-amz-")).sort().map((name) => `${name}:${(h[name] ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
	const date = dateOverride ?? (h["x-amz-date"] !== undefined ? "" : h["date"] ?? "");
	const subresources = request.query.filter(([name]) => V2_SUBRESOURCES.has(name)).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, value]) => value === "" ? name : `${name}=${value}`);
	const resource = bucketPrefix + request.path + (subresources.length > 0 ? "?" + subresources.join("&") : "");
	return `${request.method}\n${h["content-md5"] ?? ""}\n${h["content-type"] ?? ""}\n${date}\n${amzHeaders}${resource}`;
}
export function signatureV2(secretAccessKey, stringToSign) {
	return createHmac("sha1", secretAccessKey).update(stringToSign, "utf8").digest("base64");
}
/** Adds `Authorization: AWS AK:signature` (and the security token) to the request's headers. */
export function signV2(request, credentials, bucketPrefix) {
	const headers = { ...request.headers };
	if (credentials.securityToken) headers["x-amz-security-token"] = credentials.securityToken;
	const signed = {
		...request,
		headers
	};
	const signature = signatureV2(credentials.secretAccessKey, stringToSignV2(signed, bucketPrefix));
	headers["authorization"] = `AWS ${credentials.accessKeyId}:${signature}`;
	return signed;
}
/** `AWS AK:signature` → its parts, or undefined when the header is not of that form. */
export function parseAuthorizationV2(header) {
	const match = /^AWS ([^:\s]+):(\S+)$/.exec(header.trim());
	return match ? {
		accessKeyId: match[1] ?? "",
		signature: match[2] ?? ""
	} : undefined;
}
