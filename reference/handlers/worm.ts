import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { BucketRecord, ReferenceStore } from "../store.js";
import { bucketOf, stored, updateBucket, settingOf } from "./common.js";
import { versionedObject } from "./objects.js";

type WormHandlers = Required<Pick<ObsHandlers, "putBucketObjectLock" | "getBucketObjectLock" | "putObjectRetention">>;

const DAY_MS = 86_400_000;
/** A year of the page's WORM periods: 365 days, leap years too. */
const YEAR_MS = 365 * DAY_MS;

const notLocked = () =>
  new ObsError(
    "InvalidRequest",
    "The default object lock rule cannot be configured, because object lock is not enabled for this bucket.",
    400,
  );

/** `1435728035000` (milliseconds) or an ISO 8601 time with its zone, as the page takes a RetainUntilDate. */
export function retainUntil(text: string): Date {
  const time = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (Number.isNaN(time)) throw new ObsError("InvalidArgument", `The retain-until date ${text} is not valid.`, 400);
  return new Date(time);
}

/**
 * The WORM retention a new object of the bucket takes, as the headers it is recorded under: the
 * request's own (mode and retain-until date), else the bucket's default period from now; none
 * for a bucket without WORM (a request that asks for one there answers InvalidRequest).
 */
export function retentionHeaders(
  bucket: BucketRecord,
  requested: { objectLockMode?: string | undefined; objectLockRetainUntilDate?: string | undefined },
  now: Date,
): Record<string, string> {
  if (requested.objectLockMode !== undefined && requested.objectLockRetainUntilDate !== undefined) {
    if (!bucket.objectLock) throw new ObsError("InvalidRequest", "Bucket is missing Object Lock Configuration.", 400);
    const until = retainUntil(requested.objectLockRetainUntilDate);
    if (until <= now) throw new ObsError("InvalidArgument", "The retain-until date must be in the future.", 400);
    return { objectLockMode: requested.objectLockMode, objectLockRetainUntilDate: until.toISOString() };
  }
  const retention = bucket.objectLock?.defaultRetention;
  if (!retention) return {};
  const period = (retention.days ?? 0) * DAY_MS + (retention.years ?? 0) * YEAR_MS;
  return {
    objectLockMode: retention.mode,
    objectLockRetainUntilDate: new Date(now.getTime() + period).toISOString(),
  };
}

/** WORM: a bucket's default retention, and an object version's, which the store enforces on deletion. */
export function wormHandlers(store: ReferenceStore): WormHandlers {
  return {
    async putBucketObjectLock(input) {
      const bucket = bucketOf(store, input.bucket);
      if (!bucket.objectLock) throw notLocked();
      const retention = input.rule?.defaultRetention;
      if (retention && (retention.days ?? 0) > 0 === (retention.years ?? 0) > 0)
        throw new ObsError("MalformedXML", "A DefaultRetention gives Days or Years, one of them, from 1.", 400);
      return updateBucket(store, input.bucket, (record) => ({
        ...record,
        objectLock: {
          enabled: true,
          defaultRetention: retention && {
            mode: retention.mode,
            days: retention.days || undefined,
            years: retention.years || undefined,
          },
        },
      }));
    },

    getBucketObjectLock(input) {
      const lock = settingOf(store, input.bucket, "objectLock");
      const retention = lock.defaultRetention;
      return {
        objectLockEnabled: "Enabled",
        // The page's answer gives both periods, the one not set as 0.
        rule: retention && {
          defaultRetention: { mode: "COMPLIANCE", days: retention.days ?? 0, years: retention.years ?? 0 },
        },
      };
    },

    async putObjectRetention(input) {
      const bucket = bucketOf(store, input.bucket);
      if (!bucket.objectLock) throw notLocked();
      const object = versionedObject(store, bucket, input);
      const until = retainUntil(input.retainUntilDate);
      if (until.getTime() <= Date.now())
        throw new ObsError("InvalidArgument", "The retain-until date must be in the future.", 400);
      const current = object.headers.objectLockRetainUntilDate;
      if (current !== undefined && until < new Date(current))
        throw new ObsError("AccessDenied", "A COMPLIANCE retention can be extended, not shortened.", 403);
      const changed = await stored(
        store.updateObject(input.bucket, input.key, object.versionId, (record) => ({
          ...record,
          headers: { ...record.headers, objectLockMode: input.mode, objectLockRetainUntilDate: until.toISOString() },
        })),
      );
      if (!changed) throw new ObsError("NoSuchKey", "The specified key does not exist.", 404);
      return {};
    },
  };
}
