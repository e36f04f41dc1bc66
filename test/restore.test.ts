import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  RestoreObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, obsClient, referenceServer, s3Client } from "./helpers.js";

/** A restore takes a second and a day lasts one here, so the whole story plays in a few seconds. */
const RESTORE_MS = 1_000;
const DAY_MS = 1_000;

describe("POST Object restore against the reference server", () => {
  let started: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  let obs: ObsClient;
  beforeAll(async () => {
    started = await referenceServer({ buckets: ["cold"], restoreMs: RESTORE_MS, lifecycle: { dayMs: DAY_MS } });
    s3 = s3Client(started.url);
    obs = obsClient(started.url);
  });
  afterAll(async () => {
    s3.destroy();
    await started.stop();
  });
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "ok",
      (error: { name: string; code?: string }) => error.code ?? error.name,
    );
  const read = (Key: string) =>
    s3.send(new GetObjectCommand({ Bucket: "cold", Key })).then((out) => out.Body?.transformToString());

  it("refuses a Cold object's bytes until a restore has run, then serves them for the days asked", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "cold", Key: "archive", Body: "frozen", StorageClass: "GLACIER" }));
    expect(await code(read("archive"))).toBe("InvalidObjectState");
    expect((await s3.send(new HeadObjectCommand({ Bucket: "cold", Key: "archive" }))).Restore).toBeUndefined();
    const restore = await s3.send(
      new RestoreObjectCommand({
        Bucket: "cold",
        Key: "archive",
        RestoreRequest: { Days: 5, GlacierJobParameters: { Tier: "Expedited" } },
      }),
    );
    expect(restore.$metadata.httpStatusCode).toBe(202);
    expect((await obs.headObject({ bucket: "cold", key: "archive" })).restore).toBe('ongoing-request="true"');
    expect(await code(read("archive"))).toBe("InvalidObjectState");
    expect(await code(obs.restoreObject({ bucket: "cold", key: "archive", days: 5 }))).toBe("RestoreAlreadyInProgress");
    expect(await eventually(async () => (await code(read("archive"))) === "ok")).toBe(true);
    expect(await read("archive")).toBe("frozen");
    expect((await s3.send(new HeadObjectCommand({ Bucket: "cold", Key: "archive" }))).Restore).toMatch(
      /^ongoing-request="false", expiry-date="[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT"$/,
    );
    // Restored, its period may grow but not shrink.
    expect(await code(obs.restoreObject({ bucket: "cold", key: "archive", days: 10 }))).toBe("ok");
    expect(await code(obs.restoreObject({ bucket: "cold", key: "archive", days: 1 }))).toBe("ObjectHasAlreadyRestored");
  });

  it("closes the bytes again when the restored days are over", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "cold", Key: "brief", Body: "soon gone", StorageClass: "GLACIER" }));
    await obs.restoreObject({ bucket: "cold", key: "brief", days: 1 });
    expect(await eventually(async () => (await code(read("brief"))) === "ok")).toBe(true);
    expect(await eventually(async () => (await code(read("brief"))) === "InvalidObjectState")).toBe(true);
  });

  it("answers the page's errors", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "cold", Key: "warm", Body: "w" }));
    expect(await code(obs.restoreObject({ bucket: "cold", key: "warm", days: 1 }))).toBe("InvalidObjectState");
    expect(await code(obs.restoreObject({ bucket: "cold", key: "archive", days: 31 }))).toBe("InvalidArgument");
    expect(await code(obs.restoreObject({ bucket: "cold", key: "nothing", days: 1 }))).toBe("NoSuchKey");
    expect(
      await code(
        s3.send(
          new RestoreObjectCommand({
            Bucket: "cold",
            Key: "archive",
            RestoreRequest: { Days: 1, GlacierJobParameters: { Tier: "Fast" as never } },
          }),
        ),
      ),
    ).toBe("MalformedXML");
  });
});
