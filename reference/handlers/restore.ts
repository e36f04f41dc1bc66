import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { ObjectRecord, ReferenceStore } from "../store.js";
import { bucketOf, stored } from "./common.js";
import { versionedObject } from "./objects.js";

type RestoreHandlers = Required<Pick<ObsHandlers, "restoreObject">>;

/** How long a restore takes by tier: the page's shortest times, unless the server says otherwise (tests). */
const TIER_MS = { Expedited: 60_000, Standard: 3 * 3_600_000, Bulk: 5 * 3_600_000 };

export interface RestoreTiming {
  /** How long every restore takes, whatever its tier; the page's times without it. */
  restoreMs?: number | undefined;
  /** How long a restored object's day lasts (the lifecycle's). */
  dayMs: number;
}

/** Where a Cold object's restore stands at `now`: in progress, readable until a date, or neither. */
export function restoreState(object: ObjectRecord, now: Date): "ongoing" | { until: Date } | undefined {
  const ready = object.headers.restoreReadyAt;
  const expiry = object.headers.restoreExpiresAt;
  if (ready === undefined || expiry === undefined) return undefined;
  if (Date.parse(ready) > now.getTime()) return "ongoing";
  return Date.parse(expiry) > now.getTime() ? { until: new Date(expiry) } : undefined;
}

/** The x-amz-restore header of an object, as S3 writes it; none for an object never restored (or expired). */
export function restoreHeader(object: ObjectRecord, now: Date): string | undefined {
  const state = restoreState(object, now);
  if (state === undefined) return undefined;
  return state === "ongoing"
    ? 'ongoing-request="true"'
    : `ongoing-request="false", expiry-date="${state.until.toUTCString()}"`;
}

/** A GET of a Cold object's bytes needs a finished restore: InvalidObjectState otherwise, as S3 answers. */
export function checkReadable(object: ObjectRecord, now: Date): void {
  if (object.headers.storageClass !== "GLACIER") return;
  const state = restoreState(object, now);
  if (state === undefined || state === "ongoing")
    throw new ObsError(
      "InvalidObjectState",
      "The operation is not valid for the object's storage class: restore it first.",
      403,
    );
}

/** POST Object restore: a Cold object's bytes made readable for some days, after its tier's time. */
export function restoreHandlers(store: ReferenceStore, timing: RestoreTiming): RestoreHandlers {
  return {
    async restoreObject(input) {
      const object = versionedObject(store, bucketOf(store, input.bucket), input);
      if (object.headers.storageClass !== "GLACIER")
        throw new ObsError(
          "InvalidObjectState",
          "Restore is not allowed, as object's storage class is not GLACIER.",
          403,
        );
      const now = new Date();
      const state = restoreState(object, now);
      if (state === "ongoing")
        throw new ObsError("RestoreAlreadyInProgress", "Object restore is already in progress.", 409);
      const period = input.days * timing.dayMs;
      // A restored object's period is extended from now; a new restore first waits for its tier.
      const ready = state
        ? now
        : new Date(now.getTime() + (timing.restoreMs ?? TIER_MS[input.glacierJobParameters?.tier ?? "Standard"]));
      const expires = new Date(ready.getTime() + period);
      if (state && expires < state.until)
        throw new ObsError(
          "ObjectHasAlreadyRestored",
          "After restoring a Cold object, you cannot shorten the restoration period of the Cold object.",
          409,
        );
      const changed = await stored(
        store.updateObject(input.bucket, input.key, object.versionId, (record) => ({
          ...record,
          headers: { ...record.headers, restoreReadyAt: ready.toISOString(), restoreExpiresAt: expires.toISOString() },
        })),
      );
      if (!changed) throw new ObsError("NoSuchKey", "The specified key does not exist.", 404);
      return {};
    },
  };
}
