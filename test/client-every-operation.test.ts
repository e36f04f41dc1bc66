import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObsClient } from "@obs-toolkit/client";
import { amzDate, postPolicySignatureV4 } from "@obs-toolkit/signing";
import { loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import { AK, SK, obsClient, referenceServer } from "./helpers.js";

const root = new URL("..", import.meta.url).pathname;
const operations = buildModel(loadSpec("spec/openapi.yaml", root)).operations.map((operation) => operation.name);

/**
 * Every operation of the spec through the generated client against the reference server, in the
 * order a user would call them: each succeeds and answers what was written (every-operation.test.ts
 * calls each with its smallest input; this one with inputs that work). An operation added to the
 * spec fails the last test until it has a step here.
 */
describe("every operation through the generated client, each succeeding", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let obs: ObsClient;
  const bucket = "client-all";
  const done = new Set<string>();
  beforeAll(async () => {
    ref = await referenceServer({ buckets: ["client-logs"] });
    obs = obsClient(ref.url);
  });
  afterAll(async () => ref?.stop());

  /** Runs one operation and records it: `name` is the client's method. */
  const step = async <T>(name: keyof ObsClient & string, work: () => Promise<T>): Promise<T> => {
    expect(operations).toContain(name);
    const out = await work();
    done.add(name);
    return out;
  };

  it("buckets, objects, versions, ACLs, copies and forms", async () => {
    await step("putBucket", () => obs.putBucket({ bucket }));
    expect((await step("listBuckets", () => obs.listBuckets({}))).buckets.map((b) => b.name)).toContain(bucket);
    await step("headBucket", () => obs.headBucket({ bucket }));
    // us-east-1, which S3 answers as the empty constraint.
    expect((await step("getBucketLocation", () => obs.getBucketLocation({ bucket }))).locationConstraint).toBe("");
    await step("putBucketVersioning", () => obs.putBucketVersioning({ bucket, status: "Enabled" }));
    expect((await step("getBucketVersioning", () => obs.getBucketVersioning({ bucket }))).status).toBe("Enabled");

    const put = await step("putObject", () =>
      obs.putObject({ bucket, key: "a.txt", body: "hello", contentType: "text/plain", metadata: { k: "v" } }),
    );
    const head = await step("headObject", () => obs.headObject({ bucket, key: "a.txt" }));
    expect([head.contentLength, head.contentType, head.metadata, head.eTag]).toEqual([
      5,
      "text/plain",
      { k: "v" },
      put.eTag,
    ]);
    const got = await step("getObject", () => obs.getObject({ bucket, key: "a.txt", range: "bytes=1-3" }));
    expect(Buffer.from(await new Response(got.body).arrayBuffer()).toString()).toBe("ell");
    const copied = await step("copyObject", () =>
      obs.copyObject({ bucket, key: "b.txt", copySource: `${bucket}/a.txt` }),
    );
    expect(copied.eTag).toBe(put.eTag);

    await step("putObjectAcl", () => obs.putObjectAcl({ bucket, key: "a.txt", acl: "public-read" }));
    const acl = await step("getObjectAcl", () => obs.getObjectAcl({ bucket, key: "a.txt" }));
    expect(acl.grants).toHaveLength(2);
    await step("putBucketAcl", () => obs.putBucketAcl({ bucket, acl: "public-read" }));
    expect((await step("getBucketAcl", () => obs.getBucketAcl({ bucket }))).owner.id).toBe(AK);

    expect((await step("listObjects", () => obs.listObjects({ bucket }))).contents.map((c) => c.key)).toEqual([
      "a.txt",
      "b.txt",
    ]);
    const v2 = await step("listObjectsV2", () => obs.listObjectsV2({ bucket, listType: "2", maxKeys: 1 }));
    expect([v2.keyCount, v2.isTruncated]).toEqual([1, true]);
    const removed = await step("deleteObjects", () => obs.deleteObjects({ bucket, objects: [{ key: "b.txt" }] }));
    expect(removed.deleted.map((d) => d.key)).toEqual(["b.txt"]);
    expect((await step("deleteObject", () => obs.deleteObject({ bucket, key: "a.txt" }))).deleteMarker).toBe(true);
    const versions = await step("listObjectVersions", () => obs.listObjectVersions({ bucket }));
    expect(versions.versions.map((v) => v.versionId)).toContain(put.versionId);

    // A V4-signed form (201 answers the PostResponse).
    const now = new Date();
    const scope = { date: amzDate(now).slice(0, 8), region: "us-east-1", service: "s3" };
    const credential = `${AK}/${scope.date}/us-east-1/s3/aws4_request`;
    const policy = Buffer.from(
      JSON.stringify({
        expiration: new Date(now.getTime() + 60_000).toISOString(),
        conditions: [
          { bucket },
          { key: "form.txt" },
          { "x-amz-algorithm": "AWS4-HMAC-SHA256" },
          { "x-amz-credential": credential },
          { "x-amz-date": amzDate(now) },
          { success_action_status: "201" },
        ],
      }),
    ).toString("base64");
    const form = await step("postObject", () =>
      obs.postObject({
        bucket,
        key: "form.txt",
        policy,
        algorithm: "AWS4-HMAC-SHA256",
        credential,
        amzDate: amzDate(now),
        amzSignature: postPolicySignatureV4(SK, scope, policy),
        successActionStatus: "201",
        file: "from a form",
      }),
    );
    expect([form.status, form.postResponse?.key]).toEqual([201, "form.txt"]);

    await obs.putBucket({ bucket: "client-gone" });
    await step("deleteBucket", () => obs.deleteBucket({ bucket: "client-gone" }));
  });

  it("the multipart family", async () => {
    await obs.putObject({ bucket, key: "source", body: "0123456789" });
    const { uploadId } = await step("initiateMultipartUpload", () =>
      obs.initiateMultipartUpload({ bucket, key: "multi" }),
    );
    const first = await step("uploadPart", () =>
      obs.uploadPart({ bucket, key: "multi", uploadId, partNumber: 1, body: Buffer.alloc(5 * 1024 * 1024, 1) }),
    );
    const second = await step("uploadPartCopy", () =>
      obs.uploadPartCopy({
        bucket,
        key: "multi",
        uploadId,
        partNumber: 2,
        copySource: `${bucket}/source`,
        copySourceRange: "bytes=2-5",
      }),
    );
    const parts = await step("listParts", () => obs.listParts({ bucket, key: "multi", uploadId }));
    expect(parts.parts.map((p) => [p.partNumber, p.size])).toEqual([
      [1, 5 * 1024 * 1024],
      [2, 4],
    ]);
    const uploads = await step("listMultipartUploads", () => obs.listMultipartUploads({ bucket }));
    expect(uploads.uploads.map((u) => u.uploadId)).toEqual([uploadId]);
    const completed = await step("completeMultipartUpload", () =>
      obs.completeMultipartUpload({
        bucket,
        key: "multi",
        uploadId,
        parts: [
          { partNumber: 1, eTag: first.eTag },
          { partNumber: 2, eTag: second.eTag },
        ],
      }),
    );
    expect(completed.eTag).toMatch(/-2"$/);
    const other = await obs.initiateMultipartUpload({ bucket, key: "dropped" });
    await step("abortMultipartUpload", () =>
      obs.abortMultipartUpload({ bucket, key: "dropped", uploadId: other.uploadId }),
    );
  });

  it("a bucket's settings", async () => {
    const policy = {
      Statement: [
        {
          Effect: "Allow" as const,
          Principal: "*" as const,
          Action: "s3:GetObject",
          Resource: `arn:aws:s3:::${bucket}/*`,
        },
      ],
    };
    await step("putBucketPolicy", () => obs.putBucketPolicy({ bucket, policy }));
    expect((await step("getBucketPolicy", () => obs.getBucketPolicy({ bucket }))).policy).toEqual(policy);
    await step("deleteBucketPolicy", () => obs.deleteBucketPolicy({ bucket }));

    await step("putBucketTagging", () => obs.putBucketTagging({ bucket, tagSet: [{ key: "team", value: "storage" }] }));
    expect((await step("getBucketTagging", () => obs.getBucketTagging({ bucket }))).tagSet).toEqual([
      { key: "team", value: "storage" },
    ]);
    await step("deleteBucketTagging", () => obs.deleteBucketTagging({ bucket }));

    await step("putBucketRequestPayment", () => obs.putBucketRequestPayment({ bucket, payer: "Requester" }));
    expect((await step("getBucketRequestPayment", () => obs.getBucketRequestPayment({ bucket }))).payer).toBe(
      "Requester",
    );
    await step("putBucketStorageClass", () =>
      obs.putBucketStorageClass({ bucket, defaultStorageClass: "STANDARD_IA" }),
    );
    expect((await step("getBucketStorageClass", () => obs.getBucketStorageClass({ bucket }))).defaultStorageClass).toBe(
      "STANDARD_IA",
    );
    await step("putBucketQuota", () => obs.putBucketQuota({ bucket, storageQuota: 1024 * 1024 * 1024 }));
    expect((await step("getBucketQuota", () => obs.getBucketQuota({ bucket }))).storageQuota).toBe(1024 * 1024 * 1024);
    expect((await step("getBucketStorage", () => obs.getBucketStorage({ bucket }))).size).toBeGreaterThan(0);

    await step("putBucketCors", () =>
      obs.putBucketCors({
        bucket,
        rules: [
          { allowedOrigins: ["https://app.example"], allowedMethods: ["GET"], allowedHeaders: [], exposeHeaders: [] },
        ],
      }),
    );
    expect((await step("getBucketCors", () => obs.getBucketCors({ bucket }))).rules[0]?.allowedOrigins).toEqual([
      "https://app.example",
    ]);
    const preflight = { origin: "https://app.example", requestMethod: "GET" as const };
    expect((await step("optionsBucket", () => obs.optionsBucket({ bucket, ...preflight }))).allowOrigin).toBe(
      "https://app.example",
    );
    expect(
      (await step("optionsObject", () => obs.optionsObject({ bucket, key: "a.txt", ...preflight }))).allowOrigin,
    ).toBe("https://app.example");
    await step("deleteBucketCors", () => obs.deleteBucketCors({ bucket }));

    await step("putBucketLifecycle", () =>
      obs.putBucketLifecycle({
        bucket,
        rules: [
          {
            id: "tmp",
            prefix: "tmp/",
            status: "Enabled",
            expiration: { days: 7 },
            transitions: [],
            noncurrentVersionTransitions: [],
          },
        ],
      }),
    );
    expect((await step("getBucketLifecycle", () => obs.getBucketLifecycle({ bucket }))).rules.map((r) => r.id)).toEqual(
      ["tmp"],
    );
    await step("deleteBucketLifecycle", () => obs.deleteBucketLifecycle({ bucket }));

    await step("putBucketWebsite", () => obs.putBucketWebsite({ bucket, indexDocument: { suffix: "index.html" } }));
    expect((await step("getBucketWebsite", () => obs.getBucketWebsite({ bucket }))).indexDocument?.suffix).toBe(
      "index.html",
    );
    await step("deleteBucketWebsite", () => obs.deleteBucketWebsite({ bucket }));

    await step("putBucketLogging", () =>
      obs.putBucketLogging({
        bucket,
        loggingEnabled: { targetBucket: "client-logs", targetPrefix: "access/", targetGrants: [] },
      }),
    );
    expect((await step("getBucketLogging", () => obs.getBucketLogging({ bucket }))).loggingEnabled?.targetBucket).toBe(
      "client-logs",
    );

    await step("putBucketNotification", () =>
      obs.putBucketNotification({
        bucket,
        topicConfigurations: [{ id: "t", topic: "urn:smn:region:project:topic", events: ["s3:ObjectCreated:*"] }],
      }),
    );
    expect(
      (await step("getBucketNotification", () => obs.getBucketNotification({ bucket }))).topicConfigurations.map(
        (t) => t.id,
      ),
    ).toEqual(["t"]);

    await step("putBucketEncryption", () =>
      obs.putBucketEncryption({ bucket, rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } } }),
    );
    expect(
      (await step("getBucketEncryption", () => obs.getBucketEncryption({ bucket }))).rule
        .applyServerSideEncryptionByDefault.sseAlgorithm,
    ).toBe("aws:kms");
    await step("deleteBucketEncryption", () => obs.deleteBucketEncryption({ bucket }));

    const rule = {
      id: "r1",
      status: "Enabled" as const,
      prefix: "a/",
      destination: { bucket: "arn:aws:s3:::client-logs" },
    };
    await step("putBucketReplication", () => obs.putBucketReplication({ bucket, agency: "replicator", rules: [rule] }));
    expect(
      (await step("getBucketReplication", () => obs.getBucketReplication({ bucket }))).rules.map((r) => r.id),
    ).toEqual(["r1"]);
    await step("deleteBucketReplication", () => obs.deleteBucketReplication({ bucket }));

    await step("putBucketCustomDomain", () => obs.putBucketCustomDomain({ bucket, domainName: "files.example.com" }));
    expect(
      (await step("getBucketCustomDomain", () => obs.getBucketCustomDomain({ bucket }))).domains.map(
        (d) => d.domainName,
      ),
    ).toEqual(["files.example.com"]);
    await step("deleteBucketCustomDomain", () =>
      obs.deleteBucketCustomDomain({ bucket, domainName: "files.example.com" }),
    );
  });

  it("WORM and restores", async () => {
    const worm = "client-worm";
    await obs.putBucket({ bucket: worm, objectLockEnabled: true });
    await step("putBucketObjectLock", () =>
      obs.putBucketObjectLock({
        bucket: worm,
        objectLockEnabled: "Enabled",
        rule: { defaultRetention: { mode: "COMPLIANCE", days: 1 } },
      }),
    );
    expect(
      (await step("getBucketObjectLock", () => obs.getBucketObjectLock({ bucket: worm }))).rule?.defaultRetention.days,
    ).toBe(1);
    await obs.putObject({ bucket: worm, key: "kept", body: "x" });
    const later = new Date(Date.now() + 3 * 86_400_000);
    await step("putObjectRetention", () =>
      obs.putObjectRetention({ bucket: worm, key: "kept", mode: "COMPLIANCE", retainUntilDate: later.toISOString() }),
    );
    const head = await obs.headObject({ bucket: worm, key: "kept" });
    expect(
      Math.abs((head.objectLockRetainUntilDate ? Date.parse(head.objectLockRetainUntilDate) : 0) - later.getTime()),
    ).toBeLessThan(1000);

    await obs.putObject({ bucket, key: "cold", body: "x", storageClass: "GLACIER" });
    await step("restoreObject", () => obs.restoreObject({ bucket, key: "cold", days: 1 }));
    expect((await obs.headObject({ bucket, key: "cold" })).restore).toBe('ongoing-request="true"');
  });

  it("has called every operation of the spec", () => {
    expect([...done].sort()).toEqual([...operations].sort());
  });
});
