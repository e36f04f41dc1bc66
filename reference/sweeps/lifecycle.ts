import type { LifecycleRule } from "@obs-toolkit/validator";
import type { ReferenceStore, VersionRecord } from "../store.js";

/** How the sweeps keep time: how long a lifecycle "day" is (shortened in tests), and the clock. */
export interface LifecycleClock {
  dayMs: number;
  now: () => Date;
}

/** Whether a moment given as Days after `since`, or as a Date, has come. */
function due(
  when: { days?: number | undefined; date?: Date | undefined },
  since: number,
  clock: LifecycleClock,
): boolean {
  const at = when.date !== undefined ? when.date.getTime() : since + (when.days ?? Infinity) * clock.dayMs;
  return clock.now().getTime() >= at;
}

/** A rule's actions on one key's versions, newest first. */
async function sweepKey(
  store: ReferenceStore,
  bucket: string,
  rule: LifecycleRule,
  versions: readonly VersionRecord[],
  clock: LifecycleClock,
): Promise<void> {
  const [latest, ...older] = versions;
  if (!latest) return;
  if (latest.object) {
    const written = Date.parse(latest.lastModified);
    if (rule.expiration && due(rule.expiration, written, clock)) {
      // As a DELETE without a version id: a delete marker in a versioned bucket, the object gone otherwise.
      await store.deleteObject(bucket, latest.key, { owner: latest.owner });
      return;
    }
    const transition = rule.transitions.filter((t) => due(t, written, clock)).at(-1);
    if (transition && latest.object.headers.storageClass !== transition.storageClass)
      await store.updateObject(bucket, latest.key, latest.versionId, (object) => ({
        ...object,
        headers: { ...object.headers, storageClass: transition.storageClass },
      }));
  } else if (older.length === 0 && rule.expiration) {
    // An expired object's delete marker, alone: removed.
    await store.deleteObject(bucket, latest.key, { versionId: latest.versionId });
  }
  // Each older version became noncurrent when the next newer one was written.
  for (const [index, version] of older.entries()) {
    if (!version.object) continue;
    const noncurrentSince = Date.parse(versions[index]?.lastModified ?? version.lastModified);
    const days = (n: number) => ({ days: n });
    if (
      rule.noncurrentVersionExpiration &&
      due(days(rule.noncurrentVersionExpiration.noncurrentDays), noncurrentSince, clock)
    ) {
      await store.deleteObject(bucket, version.key, { versionId: version.versionId });
      continue;
    }
    const transition = rule.noncurrentVersionTransitions
      .filter((t) => due(days(t.noncurrentDays), noncurrentSince, clock))
      .at(-1);
    if (transition && version.object.headers.storageClass !== transition.storageClass)
      await store.updateObject(bucket, version.key, version.versionId, (object) => ({
        ...object,
        headers: { ...object.headers, storageClass: transition.storageClass },
      }));
  }
}

/**
 * One pass over every bucket's Enabled lifecycle rules: expirations, transitions (the new storage
 * class recorded) and aborts of old multipart uploads. A version a WORM retention protects is not
 * deleted (the store refuses); the pass goes on.
 */
export async function sweepLifecycle(store: ReferenceStore, clock: LifecycleClock): Promise<void> {
  for (const bucket of store.listBuckets()) {
    for (const rule of bucket.lifecycle ?? []) {
      if (rule.status !== "Enabled") continue;
      let keyMarker: string | undefined;
      let versionIdMarker: string | undefined;
      // A key's versions come together, newest first: gather them, then act.
      let pending: VersionRecord[] = [];
      for (;;) {
        const page = store.listVersions(bucket.name, {
          prefix: rule.prefix,
          delimiter: undefined,
          keyMarker,
          versionIdMarker,
          max: 1000,
        });
        for (const version of page.versions) {
          if (pending[0] && pending[0].key !== version.key) {
            await sweepKey(store, bucket.name, rule, pending, clock).catch(() => undefined);
            pending = [];
          }
          pending.push(version);
        }
        if (!page.truncated || !page.last) break;
        keyMarker = page.last.key;
        versionIdMarker = page.last.versionId;
      }
      await sweepKey(store, bucket.name, rule, pending, clock).catch(() => undefined);
      const abort = rule.abortIncompleteMultipartUpload;
      if (abort)
        for (const upload of store.uploadsOf(bucket.name))
          if (
            upload.key.startsWith(rule.prefix) &&
            due({ days: abort.daysAfterInitiation }, Date.parse(upload.initiatedAt), clock)
          )
            await store.abort(bucket.name, upload.key, upload.uploadId).catch(() => undefined);
    }
  }
}

/** Sweeps every `intervalMs` until stopped; a pass never overlaps the next. */
export function startLifecycleSweeps(
  store: ReferenceStore,
  clock: LifecycleClock,
  intervalMs: number,
): { stop: () => Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => sweepLifecycle(store, clock)).catch(() => undefined);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
