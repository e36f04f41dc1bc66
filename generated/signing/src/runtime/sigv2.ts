// Copied from runtime/signing/sigv2.ts by `npm run generate`: edit that file, not this one.
import { createHmac } from "node:crypto";
import type { SignableRequest, SigningCredentials } from "./request.js";

/**
 * The V2 StringToSign: verb, Content-MD5, Content-Type, Date (empty when x-amz-date is
 * present), the x-amz-* headers sorted and trimmed, then the canonicalized resource with the
 * query keys among `subResources` (the spec's: the signing package exports them as
 * V2_SUBRESOURCES). `bucketPrefix` is "/bucket" for virtual-hosted requests and "" for path-style ones.
 */
export function stringToSignV2(
  request: SignableRequest,
  bucketPrefix: string,
  subResources: ReadonlySet<string>,
  dateOverride?: string,
): string {
  const h = request.headers;
  const amzHeaders = Object.keys(h)
    .filter((name) => name.startsWith("x-amz-"))
    .sort()
    .map((name) => `${name}:${(h[name] ?? "").trim().replace(/\s+/g, " ")}\n`)
    .join("");
  const date = dateOverride ?? (h["x-amz-date"] !== undefined ? "" : (h["date"] ?? ""));
  const subresources = request.query
    .filter(([name]) => subResources.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => (value === "" ? name : `${name}=${value}`));
  const resource = bucketPrefix + request.path + (subresources.length > 0 ? "?" + subresources.join("&") : "");
  return `${request.method}\n${h["content-md5"] ?? ""}\n${h["content-type"] ?? ""}\n${date}\n${amzHeaders}${resource}`;
}

export function signatureV2(secretAccessKey: string, stringToSign: string): string {
  return createHmac("sha1", secretAccessKey).update(stringToSign, "utf8").digest("base64");
}

/** Adds `Authorization: AWS AK:signature` (and the security token) to the request's headers. */
export function signV2(
  request: SignableRequest,
  credentials: SigningCredentials,
  bucketPrefix: string,
  subResources: ReadonlySet<string>,
): SignableRequest {
  const headers = { ...request.headers };
  if (credentials.securityToken) headers["x-amz-security-token"] = credentials.securityToken;
  const signed = { ...request, headers };
  const signature = signatureV2(credentials.secretAccessKey, stringToSignV2(signed, bucketPrefix, subResources));
  headers["authorization"] = `AWS ${credentials.accessKeyId}:${signature}`;
  return signed;
}

/** `AWS AK:signature` → its parts, or undefined when the header is not of that form. */
export function parseAuthorizationV2(header: string): { accessKeyId: string; signature: string } | undefined {
  const match = /^AWS ([^:\s]+):(\S+)$/.exec(header.trim());
  return match ? { accessKeyId: match[1] ?? "", signature: match[2] ?? "" } : undefined;
}
