import { randomBytes } from "node:crypto";
import {
  DeleteBucketEncryptionCommand,
  DeleteBucketTaggingCommand,
  DeleteBucketWebsiteCommand,
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  PutBucketLoggingCommand,
  PutBucketNotificationConfigurationCommand,
  GetBucketWebsiteCommand,
  PutBucketEncryptionCommand,
  PutBucketWebsiteCommand,
  GetBucketRequestPaymentCommand,
  GetBucketTaggingCommand,
  HeadObjectCommand,
  PutBucketRequestPaymentCommand,
  PutBucketTaggingCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { signV4 } from "@obs-toolkit/signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReferenceServer } from "../reference/reference-server.js";
import { AK, SK, closeServer, obsClient, referenceServer, s3Client } from "./helpers.js";

/**
 * The settings a bucket keeps beside its objects (tags, default storage class, quota, who pays)
 * and what it holds, through @aws-sdk/client-s3 where S3 has the operation and through the
 * generated client for all of them, against the reference server.
 */
describe("bucket configuration against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  let obs: ObsClient;
  beforeAll(async () => {
    ref = await referenceServer();
    s3 = s3Client(ref.url);
    obs = obsClient(ref.url);
  });
  afterAll(async () => {
    s3.destroy();
    await ref.stop();
  });
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: { name?: string; code?: string }) => error.code ?? error.name,
    );
  /** A V4-signed request the generated client would refuse to send (its validator runs first). */
  const raw = (method: string, path: string, query: Array<[string, string]>, body: string) => {
    const url = new URL(ref.url);
    const signed = signV4(
      { method, path, query, headers: { host: url.host } },
      { accessKeyId: AK, secretAccessKey: SK },
      "us-east-1",
      "s3",
      new Date(),
      "UNSIGNED-PAYLOAD",
    );
    const search = query.map(([name, value]) => (value === "" ? name : `${name}=${value}`)).join("&");
    return fetch(`${ref.url}${path}?${search}`, { method, headers: signed.headers, body });
  };

  it("deletes a bucket's tags (S3 SDK and generated client), and deleting none succeeds", async () => {
    await s3.send(new PutBucketTaggingCommand({ Bucket: "bucket01", Tagging: { TagSet: [{ Key: "a", Value: "1" }] } }));
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: "bucket01" }))).TagSet).toEqual([
      { Key: "a", Value: "1" },
    ]);
    const deleted = await s3.send(new DeleteBucketTaggingCommand({ Bucket: "bucket01" }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    expect(await codeOf(s3.send(new GetBucketTaggingCommand({ Bucket: "bucket01" })))).toBe("NoSuchTagSet");
    expect(await obs.deleteBucketTagging({ bucket: "bucket01" })).toHaveProperty("requestId");
    expect(await codeOf(obs.deleteBucketTagging({ bucket: "no-such-bucket" }))).toBe("NoSuchBucket");
  });

  it("keeps who pays (S3 SDK and generated client); BucketOwner until set", async () => {
    expect((await s3.send(new GetBucketRequestPaymentCommand({ Bucket: "bucket01" }))).Payer).toBe("BucketOwner");
    await s3.send(
      new PutBucketRequestPaymentCommand({ Bucket: "bucket01", RequestPaymentConfiguration: { Payer: "Requester" } }),
    );
    expect((await s3.send(new GetBucketRequestPaymentCommand({ Bucket: "bucket01" }))).Payer).toBe("Requester");
    await obs.putBucketRequestPayment({ bucket: "bucket01", payer: "BucketOwner" });
    expect(await obs.getBucketRequestPayment({ bucket: "bucket01" })).toMatchObject({ payer: "BucketOwner" });
    const wrong = await raw(
      "PUT",
      "/bucket01",
      [["requestPayment", ""]],
      "<RequestPaymentConfiguration><Payer>Nobody</Payer></RequestPaymentConfiguration>",
    );
    expect([wrong.status, await wrong.text()]).toEqual([400, expect.stringContaining("<Code>MalformedXML</Code>")]);
  });

  it("applies the bucket's default storage class to new objects that name none, and HEAD Bucket answers it", async () => {
    await s3.send(
      new PutBucketRequestPaymentCommand({ Bucket: "bucket01", RequestPaymentConfiguration: { Payer: "BucketOwner" } }),
    );
    expect(await obs.getBucketStorageClass({ bucket: "bucket01" })).toMatchObject({ defaultStorageClass: "STANDARD" });
    await obs.putBucketStorageClass({ bucket: "bucket01", defaultStorageClass: "STANDARD_IA" });
    expect(await obs.getBucketStorageClass({ bucket: "bucket01" })).toMatchObject({
      defaultStorageClass: "STANDARD_IA",
    });
    expect((await obs.headBucket({ bucket: "bucket01" })).defaultStorageClass).toBe("STANDARD_IA");
    const put = await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "warm", Body: "w" }));
    expect(put.$metadata.httpStatusCode).toBe(200);
    expect((await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "warm" }))).StorageClass).toBe(
      "STANDARD_IA",
    );
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cold", Body: "c", StorageClass: "GLACIER" }));
    expect((await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "cold" }))).StorageClass).toBe("GLACIER");
    const upload = await obs.initiateMultipartUpload({ bucket: "bucket01", key: "parts" });
    expect((await obs.listParts({ bucket: "bucket01", key: "parts", uploadId: upload.uploadId })).storageClass).toBe(
      "STANDARD_IA",
    );
    await obs.abortMultipartUpload({ bucket: "bucket01", key: "parts", uploadId: upload.uploadId });
    await obs.putBucketStorageClass({ bucket: "bucket01", defaultStorageClass: "STANDARD" });
    for (const key of ["warm", "cold"]) await obs.deleteObject({ bucket: "bucket01", key });
    const wrong = await raw(
      "PUT",
      "/bucket01",
      [["storagePolicy", ""]],
      '<StoragePolicy xmlns="http://obs.example.com/doc/2015-06-30/"><DefaultStorageClass>standard</DefaultStorageClass></StoragePolicy>',
    );
    expect(wrong.status).toBe(400);
  });

  it("refuses a write past the quota with InsufficientStorageSpace, and a bad quota with MalformedQuotaError", async () => {
    await obs.putBucket({ bucket: "quota-bucket" });
    expect(await obs.getBucketQuota({ bucket: "quota-bucket" })).toMatchObject({ storageQuota: 0 });
    await obs.putBucketQuota({ bucket: "quota-bucket", storageQuota: 100 });
    expect(await obs.getBucketQuota({ bucket: "quota-bucket" })).toMatchObject({ storageQuota: 100 });
    await s3.send(new PutObjectCommand({ Bucket: "quota-bucket", Key: "a", Body: randomBytes(60) }));
    const refused = await s3
      .send(new PutObjectCommand({ Bucket: "quota-bucket", Key: "b", Body: randomBytes(60) }))
      .catch((error: { name: string; $metadata: { httpStatusCode: number } }) => error);
    expect(refused).toMatchObject({ name: "InsufficientStorageSpace", $metadata: { httpStatusCode: 403 } });
    // Nothing of the refused write is kept; a smaller overwrite and a delete free room.
    expect(await obs.getBucketStorage({ bucket: "quota-bucket" })).toMatchObject({ size: 60, objectNumber: 1 });
    await s3.send(new PutObjectCommand({ Bucket: "quota-bucket", Key: "a", Body: randomBytes(30) }));
    await s3.send(new PutObjectCommand({ Bucket: "quota-bucket", Key: "b", Body: randomBytes(70) }));
    expect(await obs.getBucketStorage({ bucket: "quota-bucket" })).toMatchObject({ size: 100, objectNumber: 2 });
    // A multipart upload is counted when it completes.
    const upload = await obs.initiateMultipartUpload({ bucket: "quota-bucket", key: "c" });
    const part = await obs.uploadPart({
      bucket: "quota-bucket",
      key: "c",
      uploadId: upload.uploadId,
      partNumber: 1,
      body: randomBytes(10),
    });
    expect(
      await codeOf(
        obs.completeMultipartUpload({
          bucket: "quota-bucket",
          key: "c",
          uploadId: upload.uploadId,
          parts: [{ partNumber: 1, eTag: part.eTag ?? "" }],
        }),
      ),
    ).toBe("InsufficientStorageSpace");
    await obs.putBucketQuota({ bucket: "quota-bucket", storageQuota: 0 });
    await obs.completeMultipartUpload({
      bucket: "quota-bucket",
      key: "c",
      uploadId: upload.uploadId,
      parts: [{ partNumber: 1, eTag: part.eTag ?? "" }],
    });
    expect(await obs.getBucketStorage({ bucket: "quota-bucket" })).toMatchObject({ size: 110, objectNumber: 3 });
    for (const quota of ["-1", "9007199254740992", "lots"]) {
      const wrong = await raw(
        "PUT",
        "/quota-bucket",
        [["quota", ""]],
        `<Quota><StorageQuota>${quota}</StorageQuota></Quota>`,
      );
      expect([quota, wrong.status, await wrong.text()]).toEqual([
        quota,
        400,
        expect.stringContaining("<Code>MalformedQuotaError</Code>"),
      ]);
    }
  });

  it("counts a bucket's objects and bytes under concurrent writes and deletes, and again after a restart", async () => {
    await obs.putBucket({ bucket: "counted" });
    const sizes = Array.from({ length: 40 }, (_, i) => 1 + ((i * 7919) % 3000));
    await Promise.all(
      sizes.map((size, i) =>
        s3.send(new PutObjectCommand({ Bucket: "counted", Key: `k${i % 25}`, Body: randomBytes(size) })),
      ),
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => obs.deleteObject({ bucket: "counted", key: `k${i * 2}` })));
    const listed = await obs.listObjects({ bucket: "counted" });
    const expected = {
      size: listed.contents.reduce((sum, object) => sum + object.size, 0),
      objectNumber: listed.contents.length,
    };
    expect(expected.objectNumber).toBe(15);
    expect(await obs.getBucketStorage({ bucket: "counted" })).toMatchObject(expected);
    // The counts are the records': a restarted server counts the same.
    await closeServer(ref.server);
    const again = await startReferenceServer({ dataDir: ref.dataDir, buckets: [], accessKey: AK, secretKey: SK }, 0);
    const after = obsClient(again.url);
    try {
      expect(await after.getBucketStorage({ bucket: "counted" })).toMatchObject(expected);
      expect(await after.getBucketQuota({ bucket: "quota-bucket" })).toMatchObject({ storageQuota: 0 });
    } finally {
      await closeServer(again.server);
    }
  });
});

describe("default encryption and website configuration against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  let obs: ObsClient;
  beforeAll(async () => {
    ref = await referenceServer();
    s3 = s3Client(ref.url);
    obs = obsClient(ref.url);
  });
  afterAll(async () => {
    s3.destroy();
    await ref.stop();
  });
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "ok",
      (error: { name: string; code?: string }) => error.code ?? error.name,
    );

  it("applies the bucket's default SSE-KMS to new objects without SSE headers (S3 SDK), until it is deleted", async () => {
    expect(await code(s3.send(new GetBucketEncryptionCommand({ Bucket: "bucket01" })))).toBe(
      "NoSuchEncryptionConfiguration",
    );
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: "bucket01",
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms", KMSMasterKeyID: "key-1" } }],
        },
      }),
    );
    const rule = (await s3.send(new GetBucketEncryptionCommand({ Bucket: "bucket01" })))
      .ServerSideEncryptionConfiguration?.Rules?.[0];
    expect(rule?.ApplyServerSideEncryptionByDefault).toEqual({ SSEAlgorithm: "aws:kms", KMSMasterKeyID: "key-1" });
    const put = await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "enc", Body: "x" }));
    expect([put.ServerSideEncryption, put.SSEKMSKeyId]).toEqual(["aws:kms", "key-1"]);
    const head = await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "enc" }));
    expect([head.ServerSideEncryption, head.SSEKMSKeyId]).toEqual(["aws:kms", "key-1"]);
    const upload = await obs.initiateMultipartUpload({ bucket: "bucket01", key: "enc-parts" });
    expect(upload.serverSideEncryption).toBe("aws:kms");
    await obs.abortMultipartUpload({ bucket: "bucket01", key: "enc-parts", uploadId: upload.uploadId });
    await s3.send(new DeleteBucketEncryptionCommand({ Bucket: "bucket01" }));
    const plain = await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "plain", Body: "x" }));
    expect(plain.ServerSideEncryption).toBeUndefined();
  });

  it("keeps a website configuration as the page says, and refuses one given wrong", async () => {
    expect(await code(s3.send(new GetBucketWebsiteCommand({ Bucket: "bucket01" })))).toBe("NoSuchWebsiteConfiguration");
    await s3.send(
      new PutBucketWebsiteCommand({
        Bucket: "bucket01",
        WebsiteConfiguration: {
          IndexDocument: { Suffix: "index.html" },
          ErrorDocument: { Key: "error.html" },
          RoutingRules: [{ Condition: { KeyPrefixEquals: "docs/" }, Redirect: { ReplaceKeyPrefixWith: "documents/" } }],
        },
      }),
    );
    const website = await s3.send(new GetBucketWebsiteCommand({ Bucket: "bucket01" }));
    expect([
      website.IndexDocument?.Suffix,
      website.ErrorDocument?.Key,
      website.RoutingRules?.[0]?.Redirect?.ReplaceKeyPrefixWith,
    ]).toEqual(["index.html", "error.html", "documents/"]);
    expect(
      await code(
        obs.putBucketWebsite({
          bucket: "bucket01",
          redirectAllRequestsTo: { hostName: "example.com" },
          indexDocument: { suffix: "i.html" },
        }),
      ),
    ).toBe("MalformedXML");
    expect(await code(obs.putBucketWebsite({ bucket: "bucket01", errorDocument: { key: "e.html" } }))).toBe(
      "MalformedXML",
    );
    expect(await code(obs.putBucketWebsite({ bucket: "bucket01", indexDocument: { suffix: "a/b" } }))).toBe(
      "MalformedXML",
    );
    await obs.putBucketWebsite({
      bucket: "bucket01",
      redirectAllRequestsTo: { hostName: "example.com", protocol: "https" },
    });
    expect((await obs.getBucketWebsite({ bucket: "bucket01" })).redirectAllRequestsTo).toEqual({
      hostName: "example.com",
      protocol: "https",
    });
    await s3.send(new DeleteBucketWebsiteCommand({ Bucket: "bucket01" }));
    expect(await code(s3.send(new GetBucketWebsiteCommand({ Bucket: "bucket01" })))).toBe("NoSuchWebsiteConfiguration");
  });
});

describe("logging, notification, replication and custom domains against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  let obs: ObsClient;
  beforeAll(async () => {
    ref = await referenceServer();
    s3 = s3Client(ref.url);
    obs = obsClient(ref.url);
    await obs.putBucket({ bucket: "logs" });
  });
  afterAll(async () => {
    s3.destroy();
    await ref.stop();
  });
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "ok",
      (error: { name: string; code?: string }) => error.code ?? error.name,
    );

  it("keeps logging (S3 SDK, grants by xsi:type) and refuses a target bucket that is not the owner's", async () => {
    expect((await s3.send(new GetBucketLoggingCommand({ Bucket: "bucket01" }))).LoggingEnabled).toBeUndefined();
    await s3.send(
      new PutBucketLoggingCommand({
        Bucket: "bucket01",
        BucketLoggingStatus: {
          LoggingEnabled: {
            TargetBucket: "logs",
            TargetPrefix: "access/",
            TargetGrants: [
              {
                Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/s3/LogDelivery" },
                Permission: "WRITE",
              },
            ],
          },
        },
      }),
    );
    const logging = (await s3.send(new GetBucketLoggingCommand({ Bucket: "bucket01" }))).LoggingEnabled;
    expect([logging?.TargetBucket, logging?.TargetPrefix, logging?.TargetGrants?.[0]?.Grantee?.Type]).toEqual([
      "logs",
      "access/",
      "Group",
    ]);
    expect(
      await code(
        obs.putBucketLogging({
          bucket: "bucket01",
          loggingEnabled: { targetBucket: "nowhere", targetPrefix: "x", targetGrants: [] },
        }),
      ),
    ).toBe("InvalidTargetBucketForLogging");
    await s3.send(new PutBucketLoggingCommand({ Bucket: "bucket01", BucketLoggingStatus: {} }));
    expect((await obs.getBucketLogging({ bucket: "bucket01" })).loggingEnabled).toBeUndefined();
  });

  it("keeps event notifications (S3 SDK), giving an Id to a topic without one", async () => {
    await s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: "bucket01",
        NotificationConfiguration: {
          TopicConfigurations: [
            {
              TopicArn: "urn:smn:region:project:topic",
              Events: ["s3:ObjectCreated:*"],
              Filter: { Key: { FilterRules: [{ Name: "prefix", Value: "images/" }] } },
            },
          ],
        },
      }),
    );
    const topics = (await obs.getBucketNotification({ bucket: "bucket01" })).topicConfigurations;
    expect(topics.map((t) => [t.topic, t.events, t.filter?.s3Key?.filterRules, typeof t.id])).toEqual([
      ["urn:smn:region:project:topic", ["s3:ObjectCreated:*"], [{ name: "prefix", value: "images/" }], "string"],
    ]);
    expect(
      await code(
        obs.putBucketNotification({ bucket: "bucket01", topicConfigurations: [{ topic: "t", events: ["Nothing"] }] }),
      ),
    ).toBe("MalformedXML");
  });

  it("keeps replication rules and custom domains (generated client)", async () => {
    expect(await code(obs.getBucketReplication({ bucket: "bucket01" }))).toBe("NoSuchReplicationConfiguration");
    const rules = [
      {
        id: "r1",
        status: "Enabled" as const,
        prefix: "a/",
        destination: { bucket: "arn:aws:s3:::logs", storageClass: "GLACIER" as const },
      },
    ];
    await obs.putBucketReplication({ bucket: "bucket01", agency: "replicator", rules });
    expect(await obs.getBucketReplication({ bucket: "bucket01" })).toMatchObject({ agency: "replicator", rules });
    expect(await code(obs.putBucketReplication({ bucket: "bucket01", agency: "x", rules: [...rules, ...rules] }))).toBe(
      "InvalidArgument",
    );
    await obs.deleteBucketReplication({ bucket: "bucket01" });
    expect(await code(obs.getBucketReplication({ bucket: "bucket01" }))).toBe("NoSuchReplicationConfiguration");

    await obs.putBucketCustomDomain({ bucket: "bucket01", domainName: "files.example.com" });
    expect(await code(obs.putBucketCustomDomain({ bucket: "logs", domainName: "FILES.example.com" }))).toBe(
      "CustomDomainAreadyExist",
    );
    expect(await code(obs.putBucketCustomDomain({ bucket: "logs", domainName: "not a domain" }))).toBe(
      "InvalidArgument",
    );
    expect((await obs.getBucketCustomDomain({ bucket: "bucket01" })).domains.map((d) => d.domainName)).toEqual([
      "files.example.com",
    ]);
    await obs.deleteBucketCustomDomain({ bucket: "bucket01", domainName: "files.example.com" });
    expect(await code(obs.deleteBucketCustomDomain({ bucket: "bucket01", domainName: "files.example.com" }))).toBe(
      "NoSuchCustomDomain",
    );
    expect((await obs.getBucketCustomDomain({ bucket: "bucket01" })).domains).toEqual([]);
  });
});
