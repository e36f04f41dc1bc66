import { createHash } from "node:crypto";
import { ObsError } from "@obs-toolkit/server";
import type { Owner } from "@obs-toolkit/validator";
import type { CustomerKey } from "../crypto.js";
import type { BucketRecord, ReferenceStore } from "../store.js";

/** Errors of a full, read-only or missing disk answer 503 (retry later); anything else is an internal error. */
const UNAVAILABLE = new Set([
  "ENOSPC",
  "EDQUOT",
  "EROFS",
  "EACCES",
  "EPERM",
  "ENOTDIR",
  "EEXIST",
  "ENOENT",
  "EIO",
  "EMFILE",
  "ENFILE",
]);

function storageError(error: unknown): ObsError {
  if (error instanceof ObsError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && UNAVAILABLE.has(code)
    ? new ObsError("ServiceUnavailable", "The request could not be stored right now; please retry.", 503, {
        cause: error,
      })
    : new ObsError("InternalError", "We encountered an internal error. Please try again.", 500, { cause: error });
}

/** Nothing is acknowledged that is not on disk: a failed write answers an error, never a 200. */
export const stored = <T>(work: Promise<T>): Promise<T> =>
  work.catch((error: unknown) => {
    throw storageError(error);
  });

export const ownerOf = (accessKey: string): Owner => ({ id: accessKey, displayName: accessKey });

export const noSuchBucket = () => new ObsError("NoSuchBucket", "The specified bucket does not exist.", 404);

/** Changes a bucket's record durably, for an operation that answers nothing else; NoSuchBucket when there is none. */
export async function updateBucket(
  store: ReferenceStore,
  name: string,
  change: (bucket: BucketRecord) => BucketRecord,
): Promise<Record<string, never>> {
  if (!(await stored(store.updateBucket(name, change)))) throw noSuchBucket();
  return {};
}

/** The bucket's record, or NoSuchBucket. */
export function bucketOf(store: ReferenceStore, name: string): BucketRecord {
  const bucket = store.getBucket(name);
  if (!bucket) throw noSuchBucket();
  return bucket;
}

/** The error code and message a GET answers with (404) when the bucket has no such setting. */
const MISSING_SETTING = {
  tags: ["NoSuchTagSet", "The TagSet does not exist."],
  encryption: ["NoSuchEncryptionConfiguration", "The specified bucket does not have any encryption configurations."],
  website: ["NoSuchWebsiteConfiguration", "The website configuration does not exist."],
  policy: ["NoSuchBucketPolicy", "The bucket policy does not exist."],
  cors: ["NoSuchCORSConfiguration", "The CORS configuration does not exist."],
  lifecycle: ["NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist."],
  replication: ["NoSuchReplicationConfiguration", "Cross-region replication configuration does not exist."],
  objectLock: ["ObjectLockConfigurationNotFoundError", "Object Lock configuration does not exist for this bucket."],
} as const satisfies Partial<Record<keyof BucketRecord, readonly [code: string, message: string]>>;

/** One of a bucket's stored settings, or the 404 its page names when none is set. */
export function settingOf<K extends keyof typeof MISSING_SETTING>(
  store: ReferenceStore,
  name: string,
  setting: K,
): NonNullable<BucketRecord[K]> {
  const value = bucketOf(store, name)[setting];
  if (!value) {
    const [code, message] = MISSING_SETTING[setting];
    throw new ObsError(code, message, 404);
  }
  return value;
}

/** The SSE-C key of a request (validated by the spec: base64 of 32 or 64 bytes, its MD5 checked). */
export function customerKeyOf(input: {
  sseCustomerKey?: string | undefined;
  sseCustomerKeyMd5?: string | undefined;
}): CustomerKey | undefined {
  if (input.sseCustomerKey === undefined || input.sseCustomerKeyMd5 === undefined) return undefined;
  const bytes = Buffer.from(input.sseCustomerKey, "base64");
  return {
    key: bytes.length === 32 ? bytes : createHash("sha256").update(bytes).digest(),
    md5: input.sseCustomerKeyMd5,
  };
}

const NOT_RECORDED = new Set(["bucket", "key", "ifMatch", "ifNoneMatch", "metadataDirective", "uploadId"]);

/**
 * The string members of an input worth keeping with what it creates, by member name: every one
 * but the addressing (bucket, key), the write's conditions, a copy's source and the secrets the spec marks.
 */
export function recordedHeaders(input: object, sensitive: ReadonlySet<string>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [member, value] of Object.entries(input))
    if (
      typeof value === "string" &&
      !NOT_RECORDED.has(member) &&
      !member.startsWith("copySource") &&
      !sensitive.has(member)
    )
      headers[member] = value;
  return headers;
}

/** `/bucket/key`, each segment percent-encoded (the Location S3 answers). */
export const locationOf = (bucket: string, key: string) =>
  `/${encodeURIComponent(bucket)}/${key.split("/").map(encodeURIComponent).join("/")}`;
