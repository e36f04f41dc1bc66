import { randomBytes, createHash } from "node:crypto";
import type { Server } from "node:http";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  UploadPartCopyCommand,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../gateway/gateway.js";
import { AK, SK, closeServer, referenceServer, s3Client } from "./helpers.js";
import { backends, type Backend } from "./gateway-backends.js";

const GATEWAY_USER = { accessKey: "GATEWAYUSER", secretKey: "gateway-user-secret" };

/** The error an SDK call rejects with: its S3 code and HTTP status. */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => ({ code: "none", status: 0 }),
    (error: { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } }) => ({
      code: error.Code ?? error.name,
      status: error.$metadata?.httpStatusCode,
    }),
  );

const md5 = (bytes: Buffer) => createHash("md5").update(bytes).digest("hex");

describe.each(backends())("gateway over $name", (backend: Backend) => {
  let storage: Awaited<ReturnType<Backend["start"]>>;
  const gateways: Array<{ server: Server; url: string }> = [];
  let sdk: S3Client;
  let other: S3Client;
  const bucket = `gw-${randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    storage = await backend.start();
    for (let i = 0; i < 2; i++)
      gateways.push(await startGateway({ backend: storage.options, users: [GATEWAY_USER] }, 0));
    [sdk, other] = gateways.map(({ url }) => s3Client(url, GATEWAY_USER.accessKey, GATEWAY_USER.secretKey)) as [
      S3Client,
      S3Client,
    ];
    await sdk.send(new CreateBucketCommand({ Bucket: bucket }));
  }, 60_000);
  afterAll(async () => {
    for (const gateway of gateways) await closeServer(gateway.server);
    await storage.stop();
  });

  it("stores and reads objects: metadata, ranges, conditions, copies, listings and deletes keep their meaning", async () => {
    const bytes = randomBytes(100_000);
    const put = await sdk.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: "dir/a b.bin",
        Body: bytes,
        ContentType: "application/x-test",
        Metadata: { colour: "blue" },
      }),
    );
    expect(put.ETag).toBe(`"${md5(bytes)}"`);
    // Read through the other gateway: the object is the backend's, not a gateway's.
    const got = await other.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin" }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true);
    expect([got.ContentType, got.Metadata, got.ETag]).toEqual(["application/x-test", { colour: "blue" }, put.ETag]);

    const range = await sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin", Range: "bytes=10-19" }));
    expect([range.ContentRange, range.ContentLength]).toEqual(["bytes 10-19/100000", 10]);
    expect(Buffer.from(await range.Body!.transformToByteArray()).equals(bytes.subarray(10, 20))).toBe(true);

    const notModified = sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin", IfNoneMatch: put.ETag }));
    expect((await failure(notModified)).status).toBe(304);
    expect(
      await failure(sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin", IfMatch: '"0000"' }))),
    ).toEqual({ code: "PreconditionFailed", status: 412 });
    const head = await sdk.send(new HeadObjectCommand({ Bucket: bucket, Key: "dir/a b.bin" }));
    expect([head.ContentLength, head.ETag]).toEqual([100_000, put.ETag]);

    const copy = await sdk.send(
      new CopyObjectCommand({ Bucket: bucket, Key: "copy.bin", CopySource: `${bucket}/dir/a%20b.bin` }),
    );
    expect(copy.CopyObjectResult?.ETag).toBe(put.ETag);
    const upload = await sdk.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "part-copy.bin" }));
    const partCopy = await sdk.send(
      new UploadPartCopyCommand({
        Bucket: bucket,
        Key: "part-copy.bin",
        UploadId: upload.UploadId,
        PartNumber: 1,
        CopySource: `${bucket}/dir/a%20b.bin`,
      }),
    );
    expect(partCopy.CopyPartResult?.ETag).toBe(put.ETag);
    await sdk.send(
      new AbortMultipartUploadCommand({ Bucket: bucket, Key: "part-copy.bin", UploadId: upload.UploadId }),
    );

    const listed = await sdk.send(new ListObjectsV2Command({ Bucket: bucket, Delimiter: "/" }));
    expect([listed.Contents?.map((o) => o.Key), listed.CommonPrefixes?.map((p) => p.Prefix)]).toEqual([
      ["copy.bin"],
      ["dir/"],
    ]);
    const deleted = await sdk.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: "copy.bin" }, { Key: "dir/a b.bin" }] } }),
    );
    expect(deleted.Deleted?.map((d) => d.Key).sort()).toEqual(["copy.bin", "dir/a b.bin"]);
    expect(await failure(sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "copy.bin" })))).toEqual({
      code: "NoSuchKey",
      status: 404,
    });
    expect(await failure(sdk.send(new GetObjectCommand({ Bucket: `${bucket}-none`, Key: "k" })))).toEqual({
      code: "NoSuchBucket",
      status: 404,
    });
  }, 60_000);

  it("keeps no state: an upload begun through one gateway is completed through the other, with the spec's answers", async () => {
    const key = "multi.bin";
    const parts = [randomBytes(5 * 1024 * 1024), randomBytes(1024)];
    const { UploadId } = await sdk.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
    const etags: string[] = [];
    for (const [index, body] of parts.entries()) {
      const client = index % 2 === 0 ? other : sdk;
      const part = await client.send(
        new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber: index + 1, Body: body }),
      );
      etags.push(part.ETag ?? "");
    }
    const listed = await sdk.send(new ListPartsCommand({ Bucket: bucket, Key: key, UploadId }));
    expect(listed.Parts?.map((p) => [p.PartNumber, p.ETag])).toEqual(etags.map((etag, i) => [i + 1, etag]));
    const completed = await other.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
      }),
    );
    // The spec's ETag: MD5 of the parts' MD5s, with the count (RGW answers an empty one; the gateway asks).
    const expected = md5(Buffer.concat(parts.map((part) => createHash("md5").update(part).digest())));
    expect(completed.ETag).toBe(`"${expected}-2"`);
    const got = await sdk.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(Buffer.concat(parts))).toBe(true);

    const aborted = await sdk.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "gone.bin" }));
    await other.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: "gone.bin", UploadId: aborted.UploadId }));
    // RGW answers NoSuchKey here; the spec says NoSuchUpload.
    expect(
      await failure(sdk.send(new ListPartsCommand({ Bucket: bucket, Key: "gone.bin", UploadId: aborted.UploadId }))),
    ).toEqual({ code: "NoSuchUpload", status: 404 });
  }, 60_000);

  it("refuses in front what the spec refuses, and what its own users did not sign", async () => {
    expect(
      await failure(
        sdk.send(new PutObjectCommand({ Bucket: bucket, Key: "k", Body: "x", WebsiteRedirectLocation: "no-slash" })),
      ),
    ).toEqual({ code: "InvalidRedirectLocation", status: 400 });
    const stranger = s3Client(gateways[0]!.url, AK, SK);
    expect(await failure(stranger.send(new GetObjectCommand({ Bucket: bucket, Key: "k" })))).toEqual({
      code: "InvalidAccessKeyId",
      status: 403,
    });
    const unsigned = await fetch(`${gateways[0]!.url}/${bucket}/k`);
    expect([unsigned.status, /<Code>AccessDenied<\/Code>/.test(await unsigned.text())]).toEqual([403, true]);
  });
});

describe("gateway when the backend goes away", () => {
  it("answers 503 SlowDown while it is down, stays up, and serves again once it is back; no acknowledged write is lost", async () => {
    const first = await referenceServer({ buckets: ["bucket01"] });
    const port = Number(new URL(first.url).port);
    const gateway = await startGateway(
      { backend: { endpoint: first.url, accessKey: AK, secretKey: SK, timeoutMs: 2_000 }, users: [GATEWAY_USER] },
      0,
    );
    const sdk = s3Client(gateway.url, GATEWAY_USER.accessKey, GATEWAY_USER.secretKey);
    // Without the SDK's retries, so that the outage shows (with them, a short one is not seen at all).
    const once = new S3Client({
      endpoint: gateway.url,
      region: "us-east-1",
      forcePathStyle: true,
      maxAttempts: 1,
      credentials: { accessKeyId: GATEWAY_USER.accessKey, secretAccessKey: GATEWAY_USER.secretKey },
    });
    const acknowledged = new Map<string, string>();
    const refused: string[] = [];
    let running = true;
    // Writers keep going while the backend stops and starts again: bounded in count and time.
    const writer = async (id: number) => {
      for (let i = 0; running && i < 400; i++) {
        const key = `w${id}-${i}`;
        const body = randomBytes(64).toString("hex");
        const outcome = await failure(once.send(new PutObjectCommand({ Bucket: "bucket01", Key: key, Body: body })));
        if (outcome.code === "none") acknowledged.set(key, body);
        else refused.push(`${outcome.status} ${outcome.code}`);
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The backend stops (its store closed, connections cut), then starts again on the same port and data.
    await closeServer(first.server);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const down = await failure(once.send(new GetObjectCommand({ Bucket: "bucket01", Key: "w0-0" })));
    const { startReferenceServer } = await import("../reference/reference-server.js");
    const again = await startReferenceServer(
      { dataDir: first.dataDir, buckets: [], accessKey: AK, secretKey: SK },
      port,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    running = false;
    await Promise.all(writers);
    try {
      expect(down).toEqual({ code: "SlowDown", status: 503 });
      // Clients saw the outage as 503s (which SDKs retry), never as another answer.
      expect(refused.length).toBeGreaterThan(0);
      expect(new Set(refused.map((line) => line.replace(/ .*/, "")))).toEqual(new Set(["503"]));
      expect(acknowledged.size).toBeGreaterThan(10);
      for (const [key, body] of acknowledged) {
        const got = await sdk.send(new GetObjectCommand({ Bucket: "bucket01", Key: key }));
        expect(await got.Body!.transformToString(), key).toBe(body);
      }
    } finally {
      await closeServer(gateway.server);
      await closeServer(again.server);
      await first.stop();
    }
  }, 60_000);
});
