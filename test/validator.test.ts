import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  validateInitiateMultipartUploadRequest,
  validatePutBucketRequest,
  type ObsRequest,
} from "@obs-toolkit/validator";

const NOW = new Date("2026-01-01T00:00:00Z");
const key32 = Buffer.alloc(32, 7);
const key64 = Buffer.alloc(64, 9);
const md5 = (bytes: Buffer) => createHash("md5").update(bytes).digest("base64");
const sseC = (key: Buffer) => ({
  "x-amz-server-side-encryption-customer-algorithm": "AES256",
  "x-amz-server-side-encryption-customer-key": key.toString("base64"),
  "x-amz-server-side-encryption-customer-key-MD5": md5(key),
});

function check(headers: Record<string, string>, extra: Partial<ObsRequest> = {}) {
  return validateInitiateMultipartUploadRequest(
    { bucket: "bucket01", key: "objectkey", query: { uploads: "" }, headers, ...extra },
    { requestTime: NOW },
  );
}
function codes(headers: Record<string, string>, extra: Partial<ObsRequest> = {}) {
  const result = check(headers, extra);
  return result.ok ? [] : result.errors.map((e) => `${e.status} ${e.code}`);
}

describe("validateInitiateMultipartUploadRequest", () => {
  it("accepts a fully populated request and returns the typed input", () => {
    const result = check({
      "X-Amz-Acl": "public-read",
      "x-amz-storage-class": "STANDARD_IA",
      "x-amz-website-redirect-location": "https://example.com/x",
      ...sseC(key32),
      "x-amz-object-lock-mode": "COMPLIANCE",
      "x-amz-object-lock-retain-until-date": "2026-01-02T00:00:00Z",
      "x-amz-meta-project": "apollo",
      "content-type": "text/plain",
      "content-encoding": "gzip",
      "x-amz-security-token": "token",
      "x-amz-checksum-algorithm": "CRC32",
      "x-amz-tagging": "a=b",
    });
    expect(result).toEqual({
      ok: true,
      value: {
        bucket: "bucket01",
        key: "objectkey",
        acl: "public-read",
        storageClass: "STANDARD_IA",
        websiteRedirectLocation: "https://example.com/x",
        sseCustomerAlgorithm: "AES256",
        sseCustomerKey: key32.toString("base64"),
        sseCustomerKeyMd5: md5(key32),
        securityToken: "token",
        objectLockMode: "COMPLIANCE",
        objectLockRetainUntilDate: "2026-01-02T00:00:00Z",
        metadata: { project: "apollo" },
        contentType: "text/plain",
        contentEncoding: "gzip",
      },
    });
  });

  it.each([
    ["STANDARD", []],
    ["STANDARD_IA", []],
    ["GLACIER", []],
    ["standard", ["400 InvalidStorageClass"]],
    ["COLD", ["400 InvalidStorageClass"]],
  ])("storage class %s", (value, expected) => {
    expect(codes({ "x-amz-storage-class": value })).toEqual(expected);
  });

  it.each([
    ["/" + "a".repeat(2047), []],
    ["/" + "a".repeat(2048), ["400 InvalidRedirectLocation"]],
    ["http://example.com", []],
    ["https://example.com", []],
    ["ftp://example.com", ["400 InvalidRedirectLocation"]],
    ["relative/page.html", ["400 InvalidRedirectLocation"]],
  ])("redirect location %#", (value, expected) => {
    expect(codes({ "x-amz-website-redirect-location": value })).toEqual(expected);
  });

  it("SSE-C needs all three headers", () => {
    const all = sseC(key32);
    expect(codes(all)).toEqual([]);
    for (const missing of Object.keys(all)) {
      const partial = Object.fromEntries(Object.entries(all).filter(([name]) => name !== missing));
      expect(codes(partial)).toEqual(["400 InvalidArgument"]);
    }
  });

  it("SSE-C algorithm other than AES256 is InvalidEncryptionAlgorithmError", () => {
    expect(codes({ ...sseC(key32), "x-amz-server-side-encryption-customer-algorithm": "aes256" })).toEqual([
      "400 InvalidEncryptionAlgorithmError",
    ]);
  });

  it.each([
    [32, []],
    [64, []],
    [31, ["400 InvalidArgument"]],
    [33, ["400 InvalidArgument"]],
    [48, ["400 InvalidArgument"]],
  ])("SSE-C key of %i bytes", (length, expected) => {
    expect(codes(sseC(Buffer.alloc(length, 1)))).toEqual(expected);
  });

  it("SSE-C key must be base64 and its MD5 must match", () => {
    expect(codes({ ...sseC(key32), "x-amz-server-side-encryption-customer-key": "not base64!" })).toContain(
      "400 InvalidArgument",
    );
    expect(codes({ ...sseC(key64), "x-amz-server-side-encryption-customer-key-MD5": md5(key32) })).toEqual([
      "400 InvalidArgument",
    ]);
  });

  it("SSE-KMS rules", () => {
    expect(codes({ "x-amz-server-side-encryption": "aws:kms" })).toEqual([]);
    expect(
      codes({ "x-amz-server-side-encryption": "aws:kms", "x-amz-server-side-encryption-aws-kms-key-id": "k" }),
    ).toEqual([]);
    expect(codes({ "x-amz-server-side-encryption": "AES256" })).toEqual(["400 InvalidArgument"]);
    expect(codes({ "x-amz-server-side-encryption-aws-kms-key-id": "k" })).toEqual(["400 InvalidArgument"]);
    expect(codes({ "x-amz-server-side-encryption": "aws:kms", ...sseC(key32) })).toEqual(["400 InvalidArgument"]);
  });

  it("object lock rules", () => {
    const mode = { "x-amz-object-lock-mode": "COMPLIANCE" };
    const date = (value: string) => ({ "x-amz-object-lock-retain-until-date": value });
    expect(codes({ ...mode, ...date("2026-01-01T00:00:01Z") })).toEqual([]);
    expect(codes({ ...mode, ...date("2026-01-01T00:00:01.500Z") })).toEqual([]);
    expect(codes(mode)).toEqual(["400 InvalidArgument"]);
    expect(codes(date("2027-01-01T00:00:00Z"))).toEqual(["400 InvalidArgument"]);
    expect(codes({ "x-amz-object-lock-mode": "GOVERNANCE", ...date("2027-01-01T00:00:00Z") })).toEqual([
      "400 InvalidArgument",
    ]);
    expect(codes({ ...mode, ...date("2026-01-01T00:00:00Z") })).toEqual(["400 InvalidArgument"]); // not after the request time
    expect(codes({ ...mode, ...date("2027-01-01 00:00:00") })).toEqual(["400 InvalidArgument"]);
    expect(codes({ ...mode, ...date("2027-01-01T00:00:00+08:00") })).toEqual(["400 InvalidArgument"]);
    expect(codes({ ...mode, ...date("2027-02-30T00:00:00Z") })).toEqual(["400 InvalidArgument"]);
  });

  it.each([
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "bucket-owner-read",
    "bucket-owner-full-control",
    "log-delivery-write",
  ])("canned ACL %s", (acl) => expect(codes({ "x-amz-acl": acl })).toEqual([]));
  it("unknown or wrongly cased ACL is InvalidArgument", () => {
    expect(codes({ "x-amz-acl": "Private" })).toEqual(["400 InvalidArgument"]);
    expect(codes({ "x-amz-acl": "public" })).toEqual(["400 InvalidArgument"]);
  });

  it("user metadata up to 2048 bytes of names and values", () => {
    const name = "n"; // 1 byte; value fills the rest
    expect(codes({ [`x-amz-meta-${name}`]: "v".repeat(2047) })).toEqual([]);
    expect(codes({ [`x-amz-meta-${name}`]: "v".repeat(2048) })).toEqual(["400 MetadataTooLarge"]);
    expect(codes({ "x-amz-meta-a": "é".repeat(1023) })).toEqual([]); // 1 + 2046 bytes
    expect(codes({ "x-amz-meta-ab": "é".repeat(1024) })).toEqual(["400 MetadataTooLarge"]);
  });

  it("object keys up to 1024 UTF-8 bytes, multi-byte characters included", () => {
    expect(codes({}, { key: "a".repeat(1024) })).toEqual([]);
    expect(codes({}, { key: "a".repeat(1025) })).toEqual(["400 KeyTooLong"]);
    expect(codes({}, { key: "€".repeat(341) + "a" })).toEqual([]); // 1023 + 1
    expect(codes({}, { key: "€".repeat(342) })).toEqual(["400 KeyTooLong"]); // 1026
    expect(codes({}, { key: "😀".repeat(256) })).toEqual([]); // 1024
    expect(codes({}, { key: "😀".repeat(256) + "a" })).toEqual(["400 KeyTooLong"]);
  });

  it.each([
    ["bucket01", []],
    ["my.bucket-1", []],
    ["ab", ["400 InvalidBucketName"]],
    ["a".repeat(64), ["400 InvalidBucketName"]],
    ["Bucket01", ["400 InvalidBucketName"]],
    ["-bucket", ["400 InvalidBucketName"]],
    ["bucket-", ["400 InvalidBucketName"]],
    ["bucket.", ["400 InvalidBucketName"]],
    ["my..bucket", ["400 InvalidBucketName"]],
    ["my-.bucket", ["400 InvalidBucketName"]],
    ["my.-bucket", ["400 InvalidBucketName"]],
    ["192.168.1.1", ["400 InvalidBucketName"]],
    ["bucket_01", ["400 InvalidBucketName"]],
  ])("bucket name %s", (bucket, expected) => {
    expect(codes({}, { bucket })).toEqual(expected);
  });

  it("header names are case-insensitive and unknown headers are ignored", () => {
    expect(
      codes({ "X-AMZ-STORAGE-CLASS": "GLACIER", "x-amz-tagging": "k=v", "x-amz-checksum-algorithm": "SHA256" }),
    ).toEqual([]);
    expect(codes({ "X-Amz-Storage-Class": "glacier" })).toEqual(["400 InvalidStorageClass"]);
  });

  it("never throws on junk", () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      "x",
      [],
      { headers: null },
      { headers: { a: 1 } },
      { bucket: 5, key: {} },
      { query: "x", headers: { "x-amz-meta-__proto__": "v" } },
    ];
    for (const value of junk) {
      const result = validateInitiateMultipartUploadRequest(value as ObsRequest);
      expect(result.ok).toBe(false);
    }
    const proto = check({ "x-amz-meta-__proto__": "polluted", "x-amz-meta-constructor": "c" });
    const metadata = proto.ok ? proto.value.metadata : undefined;
    // Names from the request are own keys of a record with nothing inherited: no setter, no Object members.
    expect(metadata && Object.keys(metadata)).toEqual(["__proto__", "constructor"]);
    expect(metadata?.["__proto__"]).toBe("polluted");
    expect(metadata?.["constructor"]).toBe("c");
    expect(metadata && "toString" in metadata).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("booleans in headers", () => {
  it("reads true and false in any case, as S3 does, and refuses anything else", () => {
    const lock = (value: string) => {
      const result = validatePutBucketRequest({
        bucket: "bucket01",
        headers: { "x-amz-bucket-object-lock-enabled": value },
      });
      return result.ok ? result.value.objectLockEnabled : result.errors.map((issue) => issue.code);
    };
    expect(["true", "True", "TRUE", "false", "False"].map(lock)).toEqual([true, true, true, false, false]);
    expect(["yes", "1", "truee", ""].map(lock)).toEqual([
      ["InvalidArgument"],
      ["InvalidArgument"],
      ["InvalidArgument"],
      ["InvalidArgument"],
    ]);
  });
});
