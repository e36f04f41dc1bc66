import {
  CreateBucketCommand,
  DeleteBucketLifecycleCommand,
  GetBucketLifecycleConfigurationCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, obsClient, referenceServer, s3Client } from "./helpers.js";

/** A lifecycle "day" of 400 ms, swept every 40 ms: the rules run while the test watches. */
const DAY_MS = 400;

/** Midnight UTC, `days` from today: a lifecycle Date is a day's start. */
const midnight = (days: number) => {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
};

describe("lifecycle rules that run, against the reference server", () => {
  let started: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  let obs: ObsClient;
  beforeAll(async () => {
    started = await referenceServer({ buckets: [], lifecycle: { dayMs: DAY_MS, intervalMs: 40 } });
    s3 = s3Client(started.url);
    obs = obsClient(started.url);
  });
  afterAll(async () => {
    s3.destroy();
    await started.stop();
  });
  const exists = (Bucket: string, Key: string) =>
    s3.send(new HeadObjectCommand({ Bucket, Key })).then(
      () => true,
      () => false,
    );

  it("expires objects by days and by date, records transitions and aborts old uploads; other prefixes are left alone", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: "swept" }));
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: "swept",
        LifecycleConfiguration: {
          Rules: [
            { ID: "tmp", Prefix: "tmp/", Status: "Enabled", Expiration: { Days: 1 } },
            { ID: "old", Prefix: "old/", Status: "Enabled", Transitions: [{ Days: 1, StorageClass: "GLACIER" }] },
            { ID: "up", Prefix: "up/", Status: "Enabled", AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
            { ID: "off", Prefix: "keep/", Status: "Disabled", Expiration: { Days: 1 } },
            { ID: "dated", Prefix: "dated/", Status: "Enabled", Expiration: { Date: midnight(0) } },
            { ID: "later", Prefix: "later/", Status: "Enabled", Expiration: { Date: midnight(365) } },
          ],
        },
      }),
    );
    const rules = (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: "swept" }))).Rules;
    expect(rules?.map((rule) => [rule.ID, rule.Status])).toEqual([
      ["tmp", "Enabled"],
      ["old", "Enabled"],
      ["up", "Enabled"],
      ["off", "Disabled"],
      ["dated", "Enabled"],
      ["later", "Enabled"],
    ]);
    for (const Key of ["tmp/a", "keep/b", "old/c", "dated/d", "later/e"])
      await s3.send(new PutObjectCommand({ Bucket: "swept", Key, Body: Key }));
    const upload = await obs.initiateMultipartUpload({ bucket: "swept", key: "up/x" });
    // Nothing is due before a day has passed.
    expect(await exists("swept", "tmp/a")).toBe(true);
    expect(await eventually(async () => !(await exists("swept", "tmp/a")))).toBe(true);
    expect(
      await eventually(
        async () =>
          (await s3.send(new HeadObjectCommand({ Bucket: "swept", Key: "old/c" }))).StorageClass === "GLACIER",
      ),
    ).toBe(true);
    expect(
      await eventually(async () => (await obs.listMultipartUploads({ bucket: "swept" })).uploads.length === 0),
    ).toBe(true);
    expect(
      await obs
        .listParts({ bucket: "swept", key: "up/x", uploadId: upload.uploadId })
        .catch((e: { code: string }) => e.code),
    ).toBe("NoSuchUpload");
    // A Date rule acts once its day has come, whatever the object's age.
    expect(await eventually(async () => !(await exists("swept", "dated/d")))).toBe(true);
    expect(await exists("swept", "keep/b")).toBe(true);
    expect(await exists("swept", "later/e")).toBe(true);
  });

  it("in a versioned bucket: a delete marker, then noncurrent versions expire, then the lone marker goes", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: "history" }));
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: "history", VersioningConfiguration: { Status: "Enabled" } }),
    );
    await obs.putBucketLifecycle({
      bucket: "history",
      rules: [
        {
          id: "all",
          prefix: "",
          status: "Enabled",
          expiration: { days: 2 },
          noncurrentVersionExpiration: { noncurrentDays: 1 },
          transitions: [],
          noncurrentVersionTransitions: [],
        },
      ],
    });
    for (const body of ["one", "two"]) await s3.send(new PutObjectCommand({ Bucket: "history", Key: "k", Body: body }));
    const entries = async () => {
      const listed = await s3.send(new ListObjectVersionsCommand({ Bucket: "history" }));
      return { versions: listed.Versions?.length ?? 0, markers: listed.DeleteMarkers?.length ?? 0 };
    };
    expect(await entries()).toEqual({ versions: 2, markers: 0 });
    // The noncurrent "one" expires a day after "two" was written; "two" expires at two days (a marker).
    expect(await eventually(async () => (await entries()).versions === 1)).toBe(true);
    expect(await eventually(async () => (await entries()).markers === 1 || (await entries()).versions === 0)).toBe(
      true,
    );
    expect(
      await eventually(async () => JSON.stringify(await entries()) === JSON.stringify({ versions: 0, markers: 0 })),
    ).toBe(true);
  });

  it("refuses rules given wrong, and deletes them", async () => {
    const code = (rules: object[]) =>
      obs.putBucketLifecycle({ bucket: "swept", rules: rules as never }).then(
        () => "ok",
        (error: { code: string }) => error.code,
      );
    const rule = { prefix: "x/", status: "Enabled", transitions: [], noncurrentVersionTransitions: [] };
    expect(await code([{ ...rule, expiration: { days: 1, date: new Date("2030-01-01T00:00:00Z") } }])).toBe(
      "MalformedXML",
    );
    expect(await code([{ ...rule, expiration: { days: 0 } }])).toBe("MalformedXML");
    expect(
      await code([
        { ...rule, id: "a" },
        { ...rule, id: "a" },
      ]),
    ).toBe("MalformedXML");
    await s3.send(new DeleteBucketLifecycleCommand({ Bucket: "swept" }));
    expect(await obs.getBucketLifecycle({ bucket: "swept" }).catch((error: { code: string }) => error.code)).toBe(
      "NoSuchLifecycleConfiguration",
    );
  });
});
