import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectLockConfigurationCommand,
  HeadObjectCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectLockConfigurationCommand,
  PutObjectRetentionCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { obsClient, referenceServer, s3Client } from "./helpers.js";

/** WORM enforced: a retained version survives deletes until its date, and a retention is extended, never shortened. */
describe("WORM against the reference server", () => {
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
  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      () => "ok",
      // The AWS SDK names an S3 error by its code; the generated client's ObsError carries it in code.
      (error: { name: string; code?: string }) => error.code ?? error.name,
    );
  const Bucket = "vault";

  it("applies the bucket's default retention, keeps a retained version from deletion, and answers it on HEAD", async () => {
    await s3.send(new CreateBucketCommand({ Bucket, ObjectLockEnabledForBucket: true }));
    expect(
      await outcome(
        s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: "Suspended" } })),
      ),
    ).toBe("InvalidBucketState");
    await s3.send(
      new PutObjectLockConfigurationCommand({
        Bucket,
        ObjectLockConfiguration: {
          ObjectLockEnabled: "Enabled",
          Rule: { DefaultRetention: { Mode: "COMPLIANCE", Days: 1 } },
        },
      }),
    );
    const config = await s3.send(new GetObjectLockConfigurationCommand({ Bucket }));
    expect(config.ObjectLockConfiguration?.Rule?.DefaultRetention).toMatchObject({ Mode: "COMPLIANCE", Days: 1 });
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: "record", Body: "kept" }));
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: "record" }));
    expect(head.ObjectLockMode).toBe("COMPLIANCE");
    const until = head.ObjectLockRetainUntilDate?.getTime() ?? 0;
    expect(until - Date.now()).toBeGreaterThan(23 * 3600_000);
    // A delete without a version id adds a marker (the version stays); deleting the version is refused.
    expect(await outcome(s3.send(new DeleteObjectCommand({ Bucket, Key: "record" })))).toBe("ok");
    expect(await outcome(s3.send(new DeleteObjectCommand({ Bucket, Key: "record", VersionId: put.VersionId })))).toBe(
      "AccessDenied",
    );
    expect(
      await obs.getObject({ bucket: Bucket, key: "record", versionId: put.VersionId }).then((o) => o.contentLength),
    ).toBe(4);
    // Nor can a bucket that keeps it be deleted.
    expect(await outcome(obs.deleteBucket({ bucket: Bucket }))).toBe("BucketNotEmpty");
  });

  it("extends a version's retention but never shortens it; a date in the past is refused", async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: "contract", Body: "signed" }));
    const later = new Date(Date.now() + 3 * 86_400_000);
    await s3.send(
      new PutObjectRetentionCommand({
        Bucket,
        Key: "contract",
        VersionId: put.VersionId,
        Retention: { Mode: "COMPLIANCE", RetainUntilDate: later },
      }),
    );
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: "contract" }));
    expect(Math.abs((head.ObjectLockRetainUntilDate?.getTime() ?? 0) - later.getTime())).toBeLessThan(1000);
    expect(
      await outcome(
        s3.send(
          new PutObjectRetentionCommand({
            Bucket,
            Key: "contract",
            Retention: { Mode: "COMPLIANCE", RetainUntilDate: new Date(Date.now() + 86_400_000) },
          }),
        ),
      ),
    ).toBe("AccessDenied");
    // The page's millisecond timestamp form, through the generated client.
    await obs.putObjectRetention({
      bucket: Bucket,
      key: "contract",
      mode: "COMPLIANCE",
      retainUntilDate: String(later.getTime() + 86_400_000),
    });
    expect((await obs.headObject({ bucket: Bucket, key: "contract" })).objectLockRetainUntilDate).toBe(
      new Date(later.getTime() + 86_400_000).toISOString(),
    );
    expect(
      await outcome(
        obs.putObjectRetention({
          bucket: Bucket,
          key: "contract",
          mode: "COMPLIANCE",
          retainUntilDate: "2001-01-01T00:00:00Z",
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("answers a bucket without WORM as the pages say", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: "plain" }));
    expect(await outcome(s3.send(new GetObjectLockConfigurationCommand({ Bucket: "plain" })))).toBe(
      "ObjectLockConfigurationNotFoundError",
    );
    expect(
      await obs
        .putBucketObjectLock({
          bucket: "plain",
          objectLockEnabled: "Enabled",
          rule: { defaultRetention: { mode: "COMPLIANCE", days: 1 } },
        })
        .catch((error: { code: string }) => error.code),
    ).toBe("InvalidRequest");
    expect(
      await obs
        .putBucketObjectLock({ bucket: Bucket, rule: { defaultRetention: { mode: "COMPLIANCE", days: 1, years: 1 } } })
        .catch((error: { code: string }) => error.code),
    ).toBe("MalformedXML");
  });
});
