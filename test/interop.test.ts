import { CreateMultipartUploadCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ObsClient, ObsError } from "@obs-toolkit/client";
import { AK, SK, obsClient, referenceServer, s3Client, s3rverServer } from "./helpers.js";

describe("@aws-sdk/client-s3 against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  beforeAll(async () => {
    ref = await referenceServer();
    s3 = s3Client(ref.url);
  });
  afterAll(async () => {
    s3.destroy();
    await ref.stop();
  });

  it.each(["plain-key", "dir/with spaces & amp <lt> and ünïcödé 😀.bin"])(
    "creates an upload for %s with metadata, SSE-C and storage class",
    async (key) => {
      const customerKey = Buffer.alloc(32, 3).toString("base64");
      const out = await s3.send(
        new CreateMultipartUploadCommand({
          Bucket: "bucket01",
          Key: key,
          Metadata: { project: "apollo" },
          StorageClass: "STANDARD_IA",
          SSECustomerAlgorithm: "AES256",
          SSECustomerKey: customerKey,
          ContentType: "text/plain",
        }),
      );
      expect(out.Bucket).toBe("bucket01");
      expect(out.Key).toBe(key);
      expect(out.UploadId).toMatch(/^[0-9A-F]{32}$/);
      expect(out.SSECustomerAlgorithm).toBe("AES256");
      const record = ref.store.getUpload("bucket01", key, out.UploadId ?? "");
      expect(record).toMatchObject({
        key,
        metadata: { project: "apollo" },
        headers: { storageClass: "STANDARD_IA", contentType: "text/plain" },
      });
      expect(JSON.stringify(record)).not.toContain(customerKey);
      expect(Math.abs(Date.parse(record?.initiatedAt ?? "") - Date.now())).toBeLessThan(60_000);
    },
  );

  it("gets S3 errors the SDK understands", async () => {
    const missing = await s3
      .send(new CreateMultipartUploadCommand({ Bucket: "nobucket", Key: "k" }))
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(S3ServiceException);
    expect(missing).toMatchObject({ name: "NoSuchBucket", $metadata: { httpStatusCode: 404 } });
    const bad = s3Client(ref.url, AK, "wrong");
    await expect(bad.send(new CreateMultipartUploadCommand({ Bucket: "bucket01", Key: "k" }))).rejects.toMatchObject({
      name: "SignatureDoesNotMatch",
    });
    bad.destroy();
  });

  it("gives the generated client a typed error with code, message, status, request and host IDs", async () => {
    const client = new ObsClient({
      endpoint: ref.url,
      credentials: { accessKeyId: AK, secretAccessKey: SK },
      signatureVersion: "v2",
      addressing: "path",
    });
    const error = await client.initiateMultipartUpload({ bucket: "nobucket", key: "k" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ObsError);
    expect(error).toMatchObject({
      code: "NoSuchBucket",
      statusCode: 404,
      message: "The specified bucket does not exist.",
      resource: "/nobucket/k",
    });
    expect((error as ObsError).requestId).toMatch(/^[0-9A-F]{32}$/);
    expect((error as ObsError).hostId).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("writes each upload to disk with a unique id before answering", async () => {
    const client = obsClient(ref.url);
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.initiateMultipartUpload({ bucket: "bucket01", key: `k${i}` }).then((o) => o.uploadId),
      ),
    );
    expect(new Set(ids).size).toBe(20);
    const stored = ref.store.uploadsOf("bucket01").map((record) => record.uploadId);
    for (const id of ids) expect(stored).toContain(id);
  });
});

describe("generated client against s3rver", () => {
  let s3rver: Awaited<ReturnType<typeof s3rverServer>>;
  let endpoint: string;
  beforeAll(async () => {
    s3rver = await s3rverServer();
    endpoint = s3rver.endpoint;
  });
  afterAll(() => s3rver.stop());

  it.each(["v2", "v4"] as const)("initiates an upload signed with %s", async (signatureVersion) => {
    const client = new ObsClient({
      endpoint,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      signatureVersion,
      addressing: "path",
    });
    const out = await client.initiateMultipartUpload({
      bucket: "bucket01",
      key: "dir/a b&c.txt",
      metadata: { project: "apollo" },
    });
    expect(out).toMatchObject({ bucket: "bucket01", key: "dir/a b&c.txt" });
    expect(out.uploadId.length).toBeGreaterThan(0);
  });

  it("gets SignatureDoesNotMatch from s3rver's V2 check for a wrong secret", async () => {
    const client = new ObsClient({
      endpoint,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "wrong" },
      signatureVersion: "v2",
      addressing: "path",
    });
    await expect(client.initiateMultipartUpload({ bucket: "bucket01", key: "k" })).rejects.toMatchObject({
      code: "SignatureDoesNotMatch",
      statusCode: 403,
    });
  });
});
