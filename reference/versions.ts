import { randomBytes } from "node:crypto";

/** The version of an object written while versioning was never enabled, or was suspended. */
export const NULL_VERSION = "null";

/** What a version id looks like: `null`, or 32 uppercase hex characters. */
export const VERSION_ID = /^(null|[0-9A-F]{32})$/;

/** A new version id: 16 random bytes, unguessable and unique. */
export const newVersionId = (): string => randomBytes(16).toString("hex").toUpperCase();

let lastOrder = Number.MAX_SAFE_INTEGER;

/**
 * A number that only decreases as time goes on (microseconds from the epoch, from the largest safe
 * integer down; one less than the last when two writes share a microsecond): a key's versions are
 * stored under their order, so a range scan meets them newest first, as S3 lists them.
 */
export function nextOrder(): number {
  lastOrder = Math.min(
    Number.MAX_SAFE_INTEGER - Math.round(performance.timeOrigin * 1000 + performance.now() * 1000),
    lastOrder - 1,
  );
  return lastOrder;
}
