import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  type ListObjectVersionsCommandOutput,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReferenceServer } from "../reference/reference-server.js";
import { AK, SK, closeServer, obsClient, referenceServer, s3Client } from "./helpers.js";

/** Versioning kept for real, through @aws-sdk/client-s3 and the generated client, against the reference server. */
describe("versioning against the reference server", () => {
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
  const Bucket = "versioned";
  const put = async (Key: string, Body: string) =>
    (await s3.send(new PutObjectCommand({ Bucket, Key, Body }))).VersionId;
  const read = async (Key: string, VersionId?: string) =>
    (await s3.send(new GetObjectCommand({ Bucket, Key, VersionId }))).Body?.transformToString();
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: {
        name: string;
        $metadata: { httpStatusCode?: number };
        $response?: { headers: Record<string, string> };
      }) => ({
        name: error.name,
        status: error.$metadata.httpStatusCode,
        deleteMarker: error.$response?.headers["x-amz-delete-marker"],
      }),
    );
  /** Every entry of the bucket's version listing, page by page (one entry a page), as [key, id, latest, marker]. */
  const allVersions = async () => {
    const entries: Array<[string, string, boolean, boolean]> = [];
    let page: ListObjectVersionsCommandOutput | undefined;
    for (let pages = 0; pages < 50 && (!page || page.IsTruncated); pages++) {
      page = await s3.send(
        new ListObjectVersionsCommand({
          Bucket,
          MaxKeys: 1,
          KeyMarker: page?.NextKeyMarker,
          VersionIdMarker: page?.NextVersionIdMarker,
        }),
      );
      for (const v of page.Versions ?? []) entries.push([v.Key ?? "", v.VersionId ?? "", v.IsLatest ?? false, false]);
      for (const m of page.DeleteMarkers ?? [])
        entries.push([m.Key ?? "", m.VersionId ?? "", m.IsLatest ?? false, true]);
    }
    return entries;
  };

  it("keeps every version, reads any of them, and answers x-amz-version-id", async () => {
    await s3.send(new CreateBucketCommand({ Bucket }));
    expect(await put("before", "unversioned")).toBeUndefined();
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: "Enabled" } }));
    const v1 = await put("k", "one");
    const v2 = await put("k", "two");
    expect(v1).toMatch(/^[0-9A-F]{32}$/);
    expect(v2).not.toBe(v1);
    expect(await read("k")).toBe("two");
    expect(await read("k", v1)).toBe("one");
    expect((await s3.send(new HeadObjectCommand({ Bucket, Key: "k", VersionId: v1 }))).VersionId).toBe(v1);
    expect((await s3.send(new GetObjectCommand({ Bucket, Key: "k" }))).VersionId).toBe(v2);
    // The object written before versioning is the null version.
    expect((await s3.send(new HeadObjectCommand({ Bucket, Key: "before" }))).VersionId).toBe("null");
    expect(await read("before", "null")).toBe("unversioned");
    expect(await failure(s3.send(new GetObjectCommand({ Bucket, Key: "k", VersionId: "F".repeat(32) })))).toMatchObject(
      {
        name: "NoSuchVersion",
        status: 404,
      },
    );
    expect(await failure(s3.send(new GetObjectCommand({ Bucket, Key: "k", VersionId: "nope" })))).toMatchObject({
      name: "InvalidArgument",
      status: 400,
    });
    // The generated client reads the same versions.
    expect((await obs.headObject({ bucket: Bucket, key: "k", versionId: v1 })).versionId).toBe(v1);
    expect(await allVersions()).toEqual([
      ["before", "null", true, false],
      ["k", v2, true, false],
      ["k", v1, false, false],
    ]);
  });

  it("deletes with a delete marker, refuses reads of it, and brings the object back when the marker goes", async () => {
    const deleted = await s3.send(new DeleteObjectCommand({ Bucket, Key: "k" }));
    expect(deleted.DeleteMarker).toBe(true);
    const marker = deleted.VersionId ?? "";
    expect(marker).toMatch(/^[0-9A-F]{32}$/);
    expect(await failure(s3.send(new GetObjectCommand({ Bucket, Key: "k" })))).toEqual({
      name: "NoSuchKey",
      status: 404,
      deleteMarker: "true",
    });
    expect(await failure(s3.send(new GetObjectCommand({ Bucket, Key: "k", VersionId: marker })))).toMatchObject({
      status: 405,
      deleteMarker: "true",
    });
    const listed = await allVersions();
    expect(listed.slice(1).map(([, id, latest, isMarker]) => [id === marker, latest, isMarker])).toEqual([
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
    // The current listing no longer has the key; deleting the marker by its id brings the newest version back.
    expect((await obs.listObjects({ bucket: Bucket })).contents.map((c) => c.key)).toEqual(["before"]);
    const removed = await s3.send(new DeleteObjectCommand({ Bucket, Key: "k", VersionId: marker }));
    expect([removed.DeleteMarker, removed.VersionId]).toEqual([true, marker]);
    expect(await read("k")).toBe("two");
  });

  it("copies a given version, deletes versions in one request, and counts every version kept", async () => {
    const versions = await allVersions();
    const v1 = versions.find(([key, , latest]) => key === "k" && !latest)?.[1] ?? "";
    const copied = await s3.send(
      new CopyObjectCommand({ Bucket, Key: "copy", CopySource: `${Bucket}/k?versionId=${v1}` }),
    );
    expect(copied.CopySourceVersionId).toBe(v1);
    expect(copied.VersionId).toMatch(/^[0-9A-F]{32}$/);
    expect(await read("copy")).toBe("one");
    // before (11 bytes) + k's two versions (3 + 3) + copy (3).
    expect(await obs.getBucketStorage({ bucket: Bucket })).toMatchObject({ size: 20, objectNumber: 4 });
    const result = await s3.send(
      new DeleteObjectsCommand({
        Bucket,
        Delete: { Objects: [{ Key: "k", VersionId: v1 }, { Key: "copy" }, { Key: "k", VersionId: "0".repeat(32) }] },
      }),
    );
    expect(result.Errors ?? []).toEqual([]);
    const byKey = Object.fromEntries((result.Deleted ?? []).map((d) => [`${d.Key}/${d.VersionId ?? ""}`, d]));
    expect(byKey[`k/${v1}`]?.DeleteMarker).toBeUndefined();
    expect(byKey["copy/"]).toMatchObject({
      DeleteMarker: true,
      DeleteMarkerVersionId: expect.stringMatching(/^[0-9A-F]{32}$/),
    });
    expect(await obs.getBucketStorage({ bucket: Bucket })).toMatchObject({ size: 17, objectNumber: 3 });
    expect(await failure(s3.send(new GetObjectCommand({ Bucket, Key: "k", VersionId: v1 })))).toMatchObject({
      name: "NoSuchVersion",
    });
  });

  it("writes the null version while suspended, in place of the earlier null version", async () => {
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: "Suspended" } }));
    expect(await put("before", "suspended one")).toBe("null");
    expect(await put("before", "suspended two")).toBe("null");
    expect((await allVersions()).filter(([key]) => key === "before")).toEqual([["before", "null", true, false]]);
    expect(await read("before")).toBe("suspended two");
    const deleted = await s3.send(new DeleteObjectCommand({ Bucket, Key: "before" }));
    expect([deleted.DeleteMarker, deleted.VersionId]).toEqual([true, "null"]);
    expect((await allVersions()).filter(([key]) => key === "before")).toEqual([["before", "null", true, true]]);
  });

  it("keeps a bucket until every version is gone, and keeps the versions across a restart", async () => {
    expect(await failure(s3.send(new DeleteBucketCommand({ Bucket })))).toMatchObject({ name: "BucketNotEmpty" });
    // k's version "two" becomes noncurrent; so does a version kept in a file of its own (more than
    // 64 KiB): its bytes must outlive the store's clean-up of unnamed files at start.
    expect(await put("k", "three")).toBe("null");
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: "Enabled" } }));
    const big = await put("big", "x".repeat(100_000));
    await put("big", "y".repeat(100_000));
    const before = await allVersions();
    await closeServer(ref.server);
    const again = await startReferenceServer({ dataDir: ref.dataDir, buckets: [], accessKey: AK, secretKey: SK }, 0);
    const s3again = s3Client(again.url);
    try {
      const texts = [];
      for (const [, id] of before.filter(([key, , , marker]) => key === "k" && !marker)) {
        const body = await s3again.send(new GetObjectCommand({ Bucket, Key: "k", VersionId: id }));
        texts.push(await body.Body?.transformToString());
      }
      expect(texts).toEqual(["three", "two"]);
      const first = await s3again.send(new GetObjectCommand({ Bucket, Key: "big", VersionId: big }));
      expect(await first.Body?.transformToString()).toBe("x".repeat(100_000));
      for (const [Key, VersionId] of before) await s3again.send(new DeleteObjectCommand({ Bucket, Key, VersionId }));
      await s3again.send(new DeleteBucketCommand({ Bucket }));
    } finally {
      s3again.destroy();
      await closeServer(again.server);
    }
  });
});
