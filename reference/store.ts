import { createHash, randomBytes } from "node:crypto";
import * as nodeFs from "node:fs/promises";
import { join } from "node:path";
import { open, type RootDatabase } from "lmdb";
import { ObsError } from "@obs-toolkit/server";
import type {
  BucketPolicy,
  CORSRule,
  LifecycleRule,
  PutBucketEncryptionInput,
  PutBucketLoggingInput,
  PutBucketWebsiteInput,
  ReplicationRule,
  StorageClass,
  TopicConfiguration,
} from "@obs-toolkit/validator";
import { decryptorAt, encryptor, newIv, type CustomerKey } from "./crypto.js";
import { newVersionId, nextOrder, NULL_VERSION } from "./versions.js";
import type { StoredGrant } from "./access/acl.js";

/** One initiated multipart upload. */
export interface UploadRecord {
  bucket: string;
  key: string;
  uploadId: string;
  initiatedAt: string;
  /** Who initiated it (the access key). */
  initiator: string;
  /** Every recorded header of the Initiate request (secrets left out), by member name. */
  headers: Record<string, string>;
  metadata: Record<string, string>;
}

/**
 * A run of an object's bytes: a file of its own, or (a small object's) the bytes themselves in the
 * record; with an IV, AES-256-CTR under the customer's key (SSE-C).
 */
export interface Piece {
  file?: string | undefined;
  inline?: Uint8Array | undefined;
  size: number;
  iv?: string | undefined;
}

/** Objects of at most this many bytes are kept in their record: one commit makes them durable, no file. */
export const INLINE_MAX_BYTES = 64 * 1024;

/** One stored part: its bytes are in `file`. */
export interface PartRecord extends Piece {
  file: string;
  partNumber: number;
  /** Hex MD5 of the bytes, no quotes. */
  etag: string;
  lastModified: string;
}

/** An object: its bytes are its pieces, in order (one for PUT; a Complete's parts, moved without a copy). */
export interface ObjectRecord {
  bucket: string;
  key: string;
  /** Its version: `null` unless the bucket's versioning was Enabled when it was written. */
  versionId: string;
  /** Hex MD5 of the bytes, or `hex MD5 of the part MD5s-N` for a multipart upload; no quotes. */
  etag: string;
  size: number;
  lastModified: string;
  pieces: Piece[];
  /** The object's headers by member name (contentType, cacheControl…, the SSE members), secrets left out. */
  headers: Record<string, string>;
  metadata: Record<string, string>;
  /** The flexible checksums it was stored with, by header name (x-amz-checksum-crc32…). */
  checksums: Record<string, string>;
  /** Its ACL once PUT Object acl set one; before, the canned ACL it was written with (`headers.acl`). */
  acl?: StoredGrant[] | undefined;
}

/** One version of a key: an object, or a delete marker (no object). */
export interface VersionRecord {
  bucket: string;
  key: string;
  versionId: string;
  lastModified: string;
  /** Who wrote it (the access key). */
  owner: string;
  object: ObjectRecord | undefined;
}

/** One page of a version listing, by key and then newest first. */
export interface VersionPage {
  versions: Array<VersionRecord & { isLatest: boolean }>;
  commonPrefixes: string[];
  truncated: boolean;
  /** The last entry of the page: a common prefix, or a key and one of its versions. */
  last: { key: string; versionId: string | undefined } | undefined;
}

/** A bucket, created through the API or by `--bucket`. */
export interface BucketRecord {
  name: string;
  createdAt: string;
  owner: string;
  region: string;
  /** Absent until PUT Bucket versioning sets it. */
  versioning?: "Enabled" | "Suspended" | undefined;
  /** PUT Bucket tagging's tags, as [key, value] pairs; absent when it has none. */
  tags?: Array<[string, string]> | undefined;
  /** PUT Bucket storage class's default for new objects; absent is STANDARD. */
  storageClass?: StorageClass | undefined;
  /** PUT Bucket quota's bytes; absent or 0 is no limit. */
  quota?: number | undefined;
  /** PUT Bucket request payment's payer; absent is BucketOwner. */
  payer?: "BucketOwner" | "Requester" | undefined;
  /** Its ACL; absent is `private` (the owner's FULL_CONTROL). */
  acl?: StoredGrant[] | undefined;
  /** PUT Bucket policy's document, as given. */
  policy?: BucketPolicy | undefined;
  /** PUT Bucket CORS's rules, in order. */
  cors?: CORSRule[] | undefined;
  /** PUT Bucket lifecycle's rules, which the sweeps run. */
  lifecycle?: LifecycleRule[] | undefined;
  /** PUT Bucket Encryption's default, applied to new objects without SSE headers. */
  encryption?: PutBucketEncryptionInput["rule"] | undefined;
  /** PUT Bucket website's configuration, as given. */
  website?: Omit<PutBucketWebsiteInput, "bucket"> | undefined;
  /** PUT Bucket logging's LoggingEnabled; absent when logging is off. */
  logging?: PutBucketLoggingInput["loggingEnabled"] | undefined;
  /** PUT Bucket Notification's topics. */
  notification?: TopicConfiguration[] | undefined;
  /** PUT Bucket Replication's agency and rules. */
  replication?: { agency: string; rules: ReplicationRule[] } | undefined;
  /** PUT Bucket Custom Domain's names (lowercase), each with when it was added. */
  domains?: Array<{ name: string; createdAt: string }> | undefined;
  /** WORM, enabled when the bucket was created, and its default retention. */
  objectLock?:
    | {
        enabled: true;
        defaultRetention?: { mode: "COMPLIANCE"; days?: number | undefined; years?: number | undefined } | undefined;
      }
    | undefined;
}

/** What a bucket holds: its objects' bytes and their number (GET Bucket storage, the quota). */
export interface BucketUsage {
  size: number;
  count: number;
}

/** One page of a listing: objects and the common prefixes the delimiter rolled keys into, by key. */
export interface ObjectPage {
  objects: ObjectRecord[];
  commonPrefixes: string[];
  truncated: boolean;
  /** The last key or common prefix of the page: where the next one starts. */
  last: string | undefined;
}

/** What a write is conditional on (If-None-Match: *, If-Match). */
export interface WriteCondition {
  absent?: boolean | undefined;
  etag?: string | undefined;
}

export interface UploadPage {
  uploads: UploadRecord[];
  commonPrefixes: string[];
  truncated: boolean;
}

/** 32 uppercase hex characters from 16 random bytes: unique and unguessable, like the page's sample. */
export const newUploadId = (): string => randomBytes(16).toString("hex").toUpperCase();

export const MIN_PART_BYTES = 5 * 1024 * 1024;
const LAST_PART_NUMBER = 10000;

type Fs = Pick<typeof nodeFs, "mkdir" | "open" | "readdir" | "rm" | "unlink">;

/** Object records keep headers, metadata and checksums as [name, value] pairs, as uploads do. */
type StoredObject = Omit<ObjectRecord, "headers" | "metadata" | "checksums"> & {
  headers: Array<[string, string]>;
  metadata: Array<[string, string]>;
  checksums: Array<[string, string]>;
};
const encodeObject = (record: ObjectRecord): StoredObject => ({
  ...record,
  headers: Object.entries(record.headers),
  metadata: Object.entries(record.metadata),
  checksums: Object.entries(record.checksums),
});
const decodeObject = (value: unknown): ObjectRecord => {
  const stored = value as StoredObject;
  return {
    ...stored,
    // Records written before versions were kept are their key's null version.
    versionId: stored.versionId ?? NULL_VERSION,
    headers: Object.fromEntries(stored.headers),
    metadata: Object.fromEntries(stored.metadata),
    checksums: Object.fromEntries(stored.checksums),
  };
};

type StoredVersion = Omit<VersionRecord, "object"> & { object: StoredObject | undefined };
const decodeVersion = (value: unknown): VersionRecord => {
  const stored = value as StoredVersion;
  return { ...stored, object: stored.object && decodeObject(stored.object) };
};

/** An object as its key's version. */
const versionOf = (object: ObjectRecord, owner: string): VersionRecord => ({
  bucket: object.bucket,
  key: object.key,
  versionId: object.versionId,
  lastModified: object.lastModified,
  owner,
  object,
});

/** The largest code point: a key prefix followed by it sorts after every key under that prefix (lmdb orders UTF-8 bytes). */
const AFTER = "\u{10FFFF}";

// Names such as `__proto__` are data here: records keep headers and metadata as [name, value]
// pairs, which Object.fromEntries turns back into own properties.
type StoredUpload = Omit<UploadRecord, "headers" | "metadata"> & {
  headers: Array<[string, string]>;
  metadata: Array<[string, string]>;
};
const encodeUpload = (record: UploadRecord): StoredUpload => ({
  ...record,
  headers: Object.entries(record.headers),
  metadata: Object.entries(record.metadata),
});
const decodeUpload = (value: unknown): UploadRecord => {
  const stored = value as StoredUpload;
  return { ...stored, headers: Object.fromEntries(stored.headers), metadata: Object.fromEntries(stored.metadata) };
};

/** The errno name of an lmdb failure (it reports numbers): a full disk is ENOSPC. */
function storageCode(cause: unknown): string {
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return code;
  return code === 28 || /No space left/i.test(String(cause)) ? "ENOSPC" : "EIO";
}

const noSuchUpload = () =>
  new ObsError(
    "NoSuchUpload",
    "The specified multipart upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
    404,
  );
const unquote = (etag: string) => etag.trim().replace(/^"(.*)"$/, "$1");

/** A multipart object's ETag, as S3 makes it: the MD5 of its parts' MD5s, a dash and their number. */
export function multipartEtag(partEtags: readonly string[]): string {
  const md5s = Buffer.concat(partEtags.map((etag) => Buffer.from(unquote(etag), "hex")));
  return `${createHash("md5").update(md5s).digest("hex")}-${partEtags.length}`;
}
const noSuchBucket = () => new ObsError("NoSuchBucket", "The specified bucket does not exist.", 404);
const preconditionFailed = () =>
  new ObsError("PreconditionFailed", "At least one of the preconditions you specified did not hold.", 412);

/** S3's key order: UTF-8 bytes (JavaScript compares UTF-16 units, which differs past U+FFFF). */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** Whether a write's condition holds for the object there now (If-Match: * holds for any object, as in HTTP). */
export function conditionHolds(current: ObjectRecord | undefined, condition: WriteCondition | undefined): boolean {
  if (condition?.absent && current) return false;
  const etag = condition?.etag === undefined ? undefined : unquote(condition.etag);
  if (etag !== undefined && (!current || (etag !== "*" && current.etag !== etag))) return false;
  return true;
}

/** The bytes of `range` out of the pieces' open files, decrypted where a piece has an IV; closes every file. */
async function* readPieces(
  pieces: Piece[],
  handles: Array<nodeFs.FileHandle | undefined>,
  range: { start: number; end: number },
  customer: CustomerKey | undefined,
): AsyncGenerator<Uint8Array> {
  try {
    let offset = 0;
    for (const [index, piece] of pieces.entries()) {
      const from = Math.max(range.start - offset, 0);
      const to = Math.min(range.end - offset, piece.size);
      offset += piece.size;
      if (from >= to) continue;
      const handle = handles[index];
      const stream = handle
        ? handle.createReadStream({ start: from, end: to - 1, autoClose: false, highWaterMark: 1024 * 1024 })
        : [Buffer.from(piece.inline ?? new Uint8Array()).subarray(from, to)];
      if (!piece.iv) {
        yield* stream as AsyncIterable<Buffer>;
        continue;
      }
      if (!customer) throw new Error("an encrypted piece needs the customer's key");
      const { decipher, skip } = decryptorAt(customer, piece.iv, from);
      // CTR starts at a block boundary: feed the skipped bytes as zeros, drop their output.
      if (skip > 0) decipher.update(Buffer.alloc(skip));
      for await (const chunk of stream as AsyncIterable<Buffer>) yield decipher.update(chunk);
    }
  } finally {
    await Promise.all(handles.map((handle) => handle?.close()));
  }
}

/**
 * The reference server's storage. Metadata (uploads, parts, objects) lives in an embedded ordered
 * store (lmdb), so listings are range scans; bytes live in files. Nothing is acknowledged before
 * it is durable: bytes are fsynced (and their directory) before the record that names them is
 * committed, and every commit is awaited until lmdb has flushed it. A crash leaves either the old
 * state or the new one: files no record names are removed when the store opens.
 */
export class ReferenceStore {
  private readonly db: RootDatabase;

  /** `fs` is node:fs/promises; a test may pass one that fails like a full disk. */
  constructor(
    private readonly dir: string,
    private readonly fs: Fs = nodeFs,
  ) {
    // Without overlapping sync a commit resolves once it is on disk (no separate `flushed` to await).
    this.db = open({ path: join(dir, "meta"), compression: false, overlappingSync: false });
  }

  /**
   * Removes the files a crash left that no record names (a part or object half-written, parts left
   * out of a Complete, an object's old bytes after an overwrite).
   */
  async recover(): Promise<void> {
    const referenced = new Set<string>();
    for (const { value } of this.db.getRange({ start: ["p"], end: ["p", AFTER] }))
      referenced.add((value as PartRecord).file);
    // Each bucket's usage is counted again from its objects: a store written before the counts were
    // kept gets them, and they stay what the records say.
    // A current record written before versions were kept becomes its key's null version.
    await this.durable(() => {
      for (const { value } of this.db.getRange({ start: ["o"], end: ["o", AFTER] })) {
        const object = decodeObject(value);
        if (!this.db.doesExist(["vi", object.bucket, object.key, object.versionId]))
          this.putVersion(versionOf(object, object.headers.owner ?? "anonymous"));
      }
    });
    const usage = new Map<string, BucketUsage>();
    for (const { value } of this.db.getRange({ start: ["v"], end: ["v", AFTER] })) {
      const { bucket, object } = value as StoredVersion;
      if (!object) continue;
      for (const piece of object.pieces) if (piece.file) referenced.add(piece.file);
      const counted = usage.get(bucket) ?? { size: 0, count: 0 };
      usage.set(bucket, { size: counted.size + object.size, count: counted.count + 1 });
    }
    await this.durable(() => {
      for (const { key } of this.db.getRange({ start: ["s"], end: ["s", AFTER] })) this.db.removeSync(key);
      for (const [bucket, counted] of usage) this.db.putSync(["s", bucket], counted);
    });
    for (const folder of ["parts", "objects"])
      for (const name of await this.fs.readdir(join(this.dir, folder)).catch(() => [] as string[])) {
        const path = join(folder, name);
        if (!referenced.has(path)) await this.fs.rm(join(this.dir, path), { force: true });
      }
  }

  // Buckets.

  getBucket(name: string): BucketRecord | undefined {
    return this.db.get(["b", name]) as BucketRecord | undefined;
  }

  /** The bytes and number of a bucket's objects, as of the last commit. */
  usageOf(bucket: string): BucketUsage {
    return (this.db.get(["s", bucket]) as BucketUsage | undefined) ?? { size: 0, count: 0 };
  }

  listBuckets(): BucketRecord[] {
    return Array.from(this.db.getRange({ start: ["b"], end: ["b", AFTER] }), ({ value }) => value as BucketRecord);
  }

  /** Records a bucket; false when one of that name exists. */
  async createBucket(record: BucketRecord): Promise<boolean> {
    return this.durable(() => {
      if (this.db.doesExist(["b", record.name])) return false;
      this.db.putSync(["b", record.name], record);
      return true;
    });
  }

  /** Changes a bucket's record in one transaction; false when there is no such bucket. */
  async updateBucket(name: string, change: (bucket: BucketRecord) => BucketRecord): Promise<boolean> {
    return this.durable(() => {
      const bucket = this.getBucket(name);
      if (!bucket) return false;
      this.db.putSync(["b", name], change(bucket));
      return true;
    });
  }

  /** Removes an empty bucket: "missing", "not-empty" (objects or uploads in it) or "deleted". */
  async deleteBucket(name: string): Promise<"missing" | "not-empty" | "deleted"> {
    return this.durable(() => {
      if (!this.db.doesExist(["b", name])) return "missing";
      // Every version and delete marker counts, as in S3: a versioned bucket is empty when they are gone.
      for (const prefix of ["v", "u"])
        for (const _ of this.db.getKeys({ start: [prefix, name], end: [prefix, name, AFTER], limit: 1 }))
          return "not-empty";
      this.db.removeSync(["b", name]);
      this.db.removeSync(["s", name]);
      for (const key of this.db.getKeys({ start: ["c", name], end: ["c", name, AFTER] })) this.db.removeSync(key);
      return "deleted";
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /**
   * A commit, resolved once lmdb has flushed it to disk. The action runs inside the write
   * transaction and uses the synchronous calls (no promise per write that a failed commit would
   * leave rejected). A failed commit (a full disk) rejects with lmdb's error, whose `commitError`
   * promise carries the cause: it is handled here and its cause attached.
   */
  private async durable<T>(action: () => T): Promise<T> {
    try {
      return await this.db.transaction(action);
    } catch (error) {
      const commitError = (error as { commitError?: Promise<unknown> } | undefined)?.commitError;
      if (commitError && typeof commitError.then === "function") {
        const cause = await commitError.then(
          () => undefined,
          (reason: unknown) => reason,
        );
        throw Object.assign(
          new Error(`lmdb commit failed: ${cause instanceof Error ? cause.message : String(cause)}`),
          { code: storageCode(cause) },
        );
      }
      throw error;
    }
  }

  async initiate(record: UploadRecord): Promise<void> {
    await this.durable(() => this.db.putSync(["u", record.bucket, record.key, record.uploadId], encodeUpload(record)));
  }

  /** Every upload of a bucket (for tests and tools). */
  uploadsOf(bucket: string): UploadRecord[] {
    return Array.from(this.db.getRange({ start: ["u", bucket], end: ["u", bucket, "\uffff"] }), ({ value }) =>
      decodeUpload(value),
    );
  }

  /**
   * The object an upload was completed into, when it is the key's last completed upload and that
   * version is still there: what a retried Complete answers (S3 answers it again, not NoSuchUpload).
   */
  completedUpload(bucket: string, key: string, uploadId: string): ObjectRecord | undefined {
    const completed = this.db.get(["c", bucket, key]) as { uploadId: string; versionId: string } | undefined;
    if (completed?.uploadId !== uploadId) return undefined;
    return this.getVersion(bucket, key, completed.versionId)?.object;
  }

  getUpload(bucket: string, key: string, uploadId: string): UploadRecord | undefined {
    const value: unknown = this.db.get(["u", bucket, key, uploadId]);
    return value === undefined ? undefined : decodeUpload(value);
  }

  /**
   * Streams a part to its own file (MD5 on the way), fsyncs it, then records it; a part number
   * uploaded again replaces the earlier one. If the body fails (a client gone, a bad checksum),
   * the file is removed and nothing is recorded.
   */
  async putPart(
    upload: UploadRecord,
    partNumber: number,
    body: AsyncIterable<Uint8Array>,
    customer?: CustomerKey,
  ): Promise<PartRecord> {
    const file = join("parts", `${upload.uploadId}-${partNumber}-${randomBytes(6).toString("hex")}`);
    const { etag, size, iv } = await this.writePiece(file, body, customer, -1);
    const part: PartRecord = { partNumber, etag, size, lastModified: new Date().toISOString(), file, iv };
    let replaced: PartRecord | undefined;
    const stored = await this.durable(() => {
      if (!this.db.doesExist(["u", upload.bucket, upload.key, upload.uploadId])) return false;
      replaced = this.db.get(["p", upload.uploadId, partNumber]) as PartRecord | undefined;
      this.db.putSync(["p", upload.uploadId, partNumber], part);
      return true;
    }).catch(async (error: unknown) => {
      await this.fs.rm(join(this.dir, file), { force: true });
      throw error;
    });
    if (!stored) {
      // Aborted or completed while the part streamed in.
      await this.fs.rm(join(this.dir, file), { force: true });
      throw noSuchUpload();
    }
    if (replaced) await this.fs.rm(join(this.dir, replaced.file), { force: true });
    return part;
  }

  /** Parts after `marker`, in ascending part number, at most `max`. */
  listParts(uploadId: string, marker: number, max: number): { parts: PartRecord[]; truncated: boolean } {
    const parts = Array.from(
      this.db.getRange({
        start: ["p", uploadId, marker + 1],
        end: ["p", uploadId, LAST_PART_NUMBER + 1],
        limit: max + 1,
      }),
      ({ value }) => value as PartRecord,
    );
    return { parts: parts.slice(0, max), truncated: parts.length > max };
  }

  /**
   * Uploads of a bucket by key then upload ID, after the markers, keys under `prefix`; keys that
   * contain `delimiter` after the prefix are rolled up into common prefixes (each counts as one).
   */
  listUploads(
    bucket: string,
    options: {
      prefix: string;
      delimiter: string | undefined;
      keyMarker: string | undefined;
      uploadIdMarker: string | undefined;
      max: number;
    },
  ): UploadPage {
    const { prefix, delimiter, keyMarker, uploadIdMarker, max } = options;
    const uploads: UploadRecord[] = [];
    const commonPrefixes: string[] = [];
    const start = keyMarker !== undefined && keyMarker > prefix ? ["u", bucket, keyMarker] : ["u", bucket, prefix];
    for (const { value } of this.db.getRange({ start, end: ["u", bucket, "\uffff"] })) {
      const record = decodeUpload(value);
      if (!record.key.startsWith(prefix)) break;
      if (
        keyMarker !== undefined &&
        (record.key < keyMarker ||
          (record.key === keyMarker && (uploadIdMarker === undefined || record.uploadId <= uploadIdMarker)))
      )
        continue;
      const cut = delimiter ? record.key.indexOf(delimiter, prefix.length) : -1;
      if (cut >= 0) {
        const common = record.key.slice(0, cut + (delimiter ?? "").length);
        // A page that ended on this common prefix has listed it (its marker is the prefix itself).
        if (commonPrefixes[commonPrefixes.length - 1] === common || common === keyMarker) continue;
        if (uploads.length + commonPrefixes.length === max) return { uploads, commonPrefixes, truncated: true };
        commonPrefixes.push(common);
        continue;
      }
      if (uploads.length + commonPrefixes.length === max) return { uploads, commonPrefixes, truncated: true };
      uploads.push(record);
    }
    return { uploads, commonPrefixes, truncated: false };
  }

  /**
   * Completes an upload: checks the list, then in one transaction records the object (made of the
   * listed parts' files, already fsynced: no byte is copied) and removes the upload and its parts.
   * An Abort that commits first wins (NoSuchUpload here); a crash before the commit leaves the
   * upload listed with its parts, after it the object. Parts left out are deleted after the commit.
   */
  async complete(
    upload: UploadRecord,
    requested: ReadonlyArray<{ partNumber: number; eTag: string }>,
  ): Promise<ObjectRecord> {
    for (let i = 1; i < requested.length; i++) {
      if ((requested[i]?.partNumber ?? 0) <= (requested[i - 1]?.partNumber ?? 0)) {
        throw new ObsError(
          "InvalidPartOrder",
          "The list of parts was not in ascending order. The parts list must be specified in order by part number.",
          400,
        );
      }
    }
    const parts = requested.map((wanted) => {
      const part = this.db.get(["p", upload.uploadId, wanted.partNumber]) as PartRecord | undefined;
      if (!part || part.etag !== unquote(wanted.eTag)) {
        throw new ObsError(
          "InvalidPart",
          `Part ${wanted.partNumber} could not be found, or its ETag is not ${wanted.eTag}.`,
          400,
        );
      }
      return part;
    });
    parts.slice(0, -1).forEach((part) => {
      if (part.size < MIN_PART_BYTES)
        throw new ObsError(
          "EntityTooSmall",
          `Part ${part.partNumber} is ${part.size} bytes; every part but the last must be at least ${MIN_PART_BYTES}.`,
          400,
        );
    });
    const object: ObjectRecord = {
      bucket: upload.bucket,
      key: upload.key,
      // The version is the bucket's to give, at the commit (replaceObject).
      versionId: NULL_VERSION,
      etag: multipartEtag(parts.map((part) => part.etag)),
      size: parts.reduce((sum, part) => sum + part.size, 0),
      lastModified: new Date().toISOString(),
      pieces: parts.map(({ file, size, iv }) => ({ file, size, iv })),
      headers: { ...upload.headers, owner: upload.initiator },
      metadata: upload.metadata,
      checksums: {},
    };
    let leftovers: string[] = [];
    const done = await this.durable(() => {
      if (!this.db.doesExist(["u", upload.bucket, upload.key, upload.uploadId])) return false;
      // Every listed part must still be the one checked (a part re-uploaded meanwhile is not).
      for (const part of parts)
        if ((this.db.get(["p", upload.uploadId, part.partNumber]) as PartRecord | undefined)?.file !== part.file)
          return false;
      const range = { start: ["p", upload.uploadId], end: ["p", upload.uploadId, LAST_PART_NUMBER + 1] };
      const kept = new Set(object.pieces.map((piece) => piece.file));
      leftovers = Array.from(this.db.getRange(range), ({ value }) => (value as PartRecord).file).filter(
        (file) => !kept.has(file),
      );
      leftovers.push(...this.replaceObject(object));
      for (const { key } of this.db.getRange(range)) this.db.removeSync(key);
      this.db.removeSync(["u", upload.bucket, upload.key, upload.uploadId]);
      // The key's last completed upload, so that a retried Complete gets the same answer.
      this.db.putSync(["c", upload.bucket, upload.key], { uploadId: upload.uploadId, versionId: object.versionId });
      return true;
    });
    if (!done) throw noSuchUpload();
    for (const leftover of leftovers) await this.fs.rm(join(this.dir, leftover), { force: true });
    return object;
  }

  /** Removes the upload and its parts; an upload already gone (aborted, completed, never there) is NoSuchUpload. */
  async abort(bucket: string, key: string, uploadId: string): Promise<void> {
    let files: string[] = [];
    const done = await this.durable(() => {
      if (!this.db.doesExist(["u", bucket, key, uploadId])) return false;
      const range = { start: ["p", uploadId], end: ["p", uploadId, LAST_PART_NUMBER + 1] };
      files = Array.from(this.db.getRange(range), ({ value }) => (value as PartRecord).file);
      for (const { key: partKey } of this.db.getRange(range)) this.db.removeSync(partKey);
      this.db.removeSync(["u", bucket, key, uploadId]);
      return true;
    });
    if (!done) throw noSuchUpload();
    for (const file of files) await this.fs.rm(join(this.dir, file), { force: true });
  }

  getObject(bucket: string, key: string): ObjectRecord | undefined {
    const value: unknown = this.db.get(["o", bucket, key]);
    return value === undefined ? undefined : decodeObject(value);
  }

  /**
   * Stores an object from a stream: its bytes into a file of their own (MD5 on the way, encrypted
   * with the customer's key for SSE-C), fsynced, or into the record itself when there are at most
   * INLINE_MAX_BYTES of them; then the record, in one transaction that checks
   * the write's condition and replaces any previous object. A reader sees the old object or the
   * new one, never a mix; the old bytes are removed after the commit. `describe` gives the record
   * its headers once the body has been read (the checksums it was verified against are known then).
   */
  async putObject(
    bucket: string,
    key: string,
    body: AsyncIterable<Uint8Array>,
    options: {
      customer?: CustomerKey | undefined;
      condition?: WriteCondition | undefined;
      describe: () => Pick<ObjectRecord, "headers" | "metadata" | "checksums">;
    },
  ): Promise<ObjectRecord> {
    const file = join("objects", randomBytes(16).toString("hex"));
    const piece = await this.writePiece(file, body, options.customer, INLINE_MAX_BYTES);
    const object: ObjectRecord = {
      bucket,
      key,
      versionId: NULL_VERSION,
      etag: piece.etag,
      size: piece.size,
      lastModified: new Date().toISOString(),
      pieces: [
        piece.inline
          ? { inline: piece.inline, size: piece.size, iv: piece.iv }
          : { file, size: piece.size, iv: piece.iv },
      ],
      ...options.describe(),
    };
    let leftovers: string[] = [];
    const outcome = await this.durable(() => {
      if (!this.db.doesExist(["b", bucket])) return "no-bucket";
      if (!conditionHolds(this.getObject(bucket, key), options.condition)) return "precondition";
      leftovers = this.replaceObject(object);
      return "stored";
    }).catch(async (error: unknown) => {
      if (!piece.inline) await this.fs.rm(join(this.dir, file), { force: true });
      throw error;
    });
    if (outcome !== "stored" && !piece.inline) await this.fs.rm(join(this.dir, file), { force: true });
    if (outcome === "no-bucket") throw noSuchBucket();
    if (outcome === "precondition") throw preconditionFailed();
    for (const leftover of leftovers) await this.fs.rm(join(this.dir, leftover), { force: true });
    return object;
  }

  /**
   * Deletes as S3 does, by the bucket's versioning state. With a version id, that version (or delete
   * marker) goes for good, and the key's newest remaining version becomes current. Without one, an
   * unversioned bucket's object goes for good; an Enabled bucket gets a delete marker of a new
   * version, a Suspended one a `null` delete marker in place of its null version. What was deleted
   * or added is answered; the removed versions' files go after the commit.
   */
  async deleteObject(
    bucket: string,
    key: string,
    options: { versionId?: string | undefined; owner?: string | undefined } = {},
  ): Promise<{ versionId?: string | undefined; deleteMarker?: boolean | undefined }> {
    let files: string[] = [];
    const outcome = await this.durable(() => {
      const versioning = this.getBucket(bucket)?.versioning;
      if (options.versionId !== undefined) {
        const removed = this.removeVersion(bucket, key, options.versionId);
        files = removed.files;
        if (!versioning) return {};
        return {
          versionId: options.versionId,
          deleteMarker: removed.version && !removed.version.object ? true : undefined,
        };
      }
      if (versioning === "Enabled") {
        const marker = this.addDeleteMarker(bucket, key, newVersionId(), options.owner);
        return { versionId: marker.versionId, deleteMarker: true };
      }
      files = this.removeVersion(bucket, key, NULL_VERSION).files;
      if (!versioning) return {};
      this.addDeleteMarker(bucket, key, NULL_VERSION, options.owner);
      return { versionId: NULL_VERSION, deleteMarker: true };
    });
    for (const file of files) await this.fs.rm(join(this.dir, file), { force: true });
    return outcome;
  }

  /**
   * Changes the record of a key's version (the current one without `versionId`), and the key's
   * when it is current: its ACL, its storage class. Whether there was such an object.
   */
  async updateObject(
    bucket: string,
    key: string,
    versionId: string | undefined,
    change: (object: ObjectRecord) => ObjectRecord,
  ): Promise<boolean> {
    return this.durable(() => {
      const id = versionId ?? this.getObject(bucket, key)?.versionId;
      const order = id === undefined ? undefined : (this.db.get(["vi", bucket, key, id]) as number | undefined);
      if (order === undefined) return false;
      const version = decodeVersion(this.db.get(["v", bucket, key, order]));
      if (!version.object) return false;
      const object = change(version.object);
      this.db.putSync(["v", bucket, key, order], { ...version, object: encodeObject(object) });
      if (this.getObject(bucket, key)?.versionId === object.versionId)
        this.db.putSync(["o", bucket, key], encodeObject(object));
      return true;
    });
  }

  /** One version of a key (an object or a delete marker), or undefined. */
  getVersion(bucket: string, key: string, versionId: string): VersionRecord | undefined {
    const order = this.db.get(["vi", bucket, key, versionId]) as number | undefined;
    if (order === undefined) return undefined;
    const value: unknown = this.db.get(["v", bucket, key, order]);
    return value === undefined ? undefined : decodeVersion(value);
  }

  /** The key's newest version: a delete marker when the key was deleted in a versioned bucket. */
  newestVersion(bucket: string, key: string): VersionRecord | undefined {
    for (const { value } of this.db.getRange({
      start: ["v", bucket, key],
      end: ["v", bucket, key, Number.MAX_SAFE_INTEGER],
      limit: 1,
    }))
      return decodeVersion(value);
    return undefined;
  }

  /**
   * Inside a transaction: puts the object as its key's newest version (a new id when the bucket's
   * versioning is Enabled; else the null version, in place of any earlier one), answering the files
   * of what it replaces. A bucket whose quota the write would take it past refuses it
   * (InsufficientStorageSpace), and the transaction with it: the quota is checked against the
   * usage the same commit changes.
   */
  private replaceObject(object: ObjectRecord): string[] {
    const bucket = this.getBucket(object.bucket);
    const enabled = bucket?.versioning === "Enabled";
    object.versionId = enabled ? newVersionId() : NULL_VERSION;
    const leftovers = enabled ? [] : this.removeVersion(object.bucket, object.key, NULL_VERSION).files;
    const quota = bucket?.quota ?? 0;
    if (quota > 0 && object.size > 0 && this.usageOf(object.bucket).size + object.size > quota)
      throw new ObsError(
        "InsufficientStorageSpace",
        `Insufficient storage space: the bucket's quota is ${quota} bytes, and this write would take it past.`,
        403,
      );
    this.putVersion(versionOf(object, object.headers.owner ?? "anonymous"));
    this.db.putSync(["o", object.bucket, object.key], encodeObject(object));
    return leftovers;
  }

  /** Inside a transaction: records a version as its key's newest, counting an object's bytes. */
  private putVersion(version: VersionRecord): void {
    const order = nextOrder();
    const { object, ...rest } = version;
    this.db.putSync(["v", version.bucket, version.key, order], { ...rest, object: object && encodeObject(object) });
    this.db.putSync(["vi", version.bucket, version.key, version.versionId], order);
    if (object) this.count(version.bucket, object.size, 1);
  }

  /** Inside a transaction: a delete marker as the key's newest version; the key has no current object. */
  private addDeleteMarker(bucket: string, key: string, versionId: string, owner = "anonymous"): VersionRecord {
    const marker = { bucket, key, versionId, lastModified: new Date().toISOString(), owner, object: undefined };
    this.putVersion(marker);
    this.db.removeSync(["o", bucket, key]);
    return marker;
  }

  /**
   * Inside a transaction: removes a version (uncounting its bytes) and makes the key's newest
   * remaining version current (none when that is a delete marker). Answers what was removed and its files.
   */
  private removeVersion(
    bucket: string,
    key: string,
    versionId: string,
  ): { version: VersionRecord | undefined; files: string[] } {
    const order = this.db.get(["vi", bucket, key, versionId]) as number | undefined;
    if (order === undefined) return { version: undefined, files: [] };
    const version = decodeVersion(this.db.get(["v", bucket, key, order]));
    // WORM: a version under retention stays until its retain-until date (the transaction aborts).
    const until = version.object?.headers.objectLockRetainUntilDate;
    if (until !== undefined && Date.parse(until) > Date.now())
      throw new ObsError("AccessDenied", `The version is protected by WORM retention until ${until}.`, 403);
    this.db.removeSync(["v", bucket, key, order]);
    this.db.removeSync(["vi", bucket, key, versionId]);
    if (version.object) this.count(bucket, -version.object.size, -1);
    const newest = this.newestVersion(bucket, key);
    if (newest?.object) this.db.putSync(["o", bucket, key], encodeObject(newest.object));
    else this.db.removeSync(["o", bucket, key]);
    return { version, files: version.object?.pieces.flatMap((piece) => piece.file ?? []) ?? [] };
  }

  /**
   * A page of a bucket's versions and delete markers, keys in UTF-8 byte order and each key's
   * versions newest first, as List Object versions answers: under `prefix`, after `keyMarker`
   * (after its version `versionIdMarker` when given, else after all of its versions), keys that
   * contain `delimiter` after the prefix rolled up into common prefixes.
   */
  listVersions(
    bucket: string,
    options: {
      prefix: string;
      delimiter: string | undefined;
      keyMarker: string | undefined;
      versionIdMarker: string | undefined;
      max: number;
    },
  ): VersionPage {
    const { prefix, delimiter, keyMarker, max } = options;
    const versions: VersionPage["versions"] = [];
    const commonPrefixes: string[] = [];
    let last: VersionPage["last"];
    // Where the scan starts: [key] (that key's versions and on), or [key, order] (after that version).
    let start: [string] | [string, number] = [prefix];
    if (keyMarker !== undefined && compareKeys(keyMarker, prefix) >= 0) {
      const order =
        options.versionIdMarker !== undefined && options.versionIdMarker !== ""
          ? (this.db.get(["vi", bucket, keyMarker, options.versionIdMarker]) as number | undefined)
          : undefined;
      start = [keyMarker, order !== undefined ? order + 1 : Number.MAX_SAFE_INTEGER];
      // A marker that is a common prefix already listed continues after all of it.
      if (delimiter && keyMarker.startsWith(prefix)) {
        const cut = keyMarker.indexOf(delimiter, prefix.length);
        if (cut >= 0 && keyMarker.length === cut + delimiter.length) start = [keyMarker + AFTER];
      }
    }
    const newestOf = new Map<string, string>();
    for (;;) {
      let jumped = false;
      for (const { value } of this.db.getRange({ start: ["v", bucket, ...start], end: ["v", bucket, AFTER] })) {
        const version = decodeVersion(value);
        if (!version.key.startsWith(prefix)) return { versions, commonPrefixes, truncated: false, last };
        if (versions.length + commonPrefixes.length === max) return { versions, commonPrefixes, truncated: true, last };
        const cut = delimiter ? version.key.indexOf(delimiter, prefix.length) : -1;
        if (cut >= 0) {
          const common = version.key.slice(0, cut + (delimiter ?? "").length);
          commonPrefixes.push(common);
          last = { key: common, versionId: undefined };
          start = [common + AFTER];
          jumped = true;
          break;
        }
        if (!newestOf.has(version.key))
          newestOf.set(version.key, this.newestVersion(bucket, version.key)?.versionId ?? "");
        versions.push({ ...version, isLatest: newestOf.get(version.key) === version.versionId });
        last = { key: version.key, versionId: version.versionId };
      }
      if (!jumped) return { versions, commonPrefixes, truncated: false, last };
    }
  }

  /** Inside a transaction: changes a bucket's usage by an object's bytes and count. */
  private count(bucket: string, size: number, count: number): void {
    const usage = this.usageOf(bucket);
    this.db.putSync(["s", bucket], { size: usage.size + size, count: usage.count + count });
  }

  /**
   * Objects of a bucket by key (UTF-8 byte order, as S3 lists them), keys under `prefix` after
   * `after`; keys that contain `delimiter` after the prefix are rolled up into common prefixes
   * (each counts as one, and the scan jumps past the keys it stands for).
   */
  listObjects(
    bucket: string,
    options: { prefix: string; delimiter: string | undefined; after: string | undefined; max: number },
  ): ObjectPage {
    const { prefix, delimiter, after, max } = options;
    const objects: ObjectRecord[] = [];
    const commonPrefixes: string[] = [];
    let last: string | undefined;
    let start = after !== undefined && compareKeys(after, prefix) >= 0 ? after : prefix;
    let exclusive = start === after;
    // A marker inside a common prefix already listed continues after all of it.
    if (delimiter && after !== undefined && after.startsWith(prefix)) {
      const cut = after.indexOf(delimiter, prefix.length);
      if (cut >= 0 && after.length === cut + delimiter.length) {
        start = after + AFTER;
        exclusive = false;
      }
    }
    for (;;) {
      let jumped = false;
      for (const { value } of this.db.getRange({ start: ["o", bucket, start], end: ["o", bucket, AFTER] })) {
        const record = decodeObject(value);
        if (exclusive && record.key === start) continue;
        if (!record.key.startsWith(prefix)) return { objects, commonPrefixes, truncated: false, last };
        if (objects.length + commonPrefixes.length === max) return { objects, commonPrefixes, truncated: true, last };
        const cut = delimiter ? record.key.indexOf(delimiter, prefix.length) : -1;
        if (cut >= 0) {
          const common = record.key.slice(0, cut + (delimiter ?? "").length);
          commonPrefixes.push(common);
          last = common;
          // Skip every key under this common prefix: start again after it.
          start = common + AFTER;
          exclusive = false;
          jumped = true;
          break;
        }
        objects.push(record);
        last = record.key;
      }
      if (!jumped) return { objects, commonPrefixes, truncated: false, last };
    }
  }

  /** Whether a bucket has any object (for tests and tools). */
  objectsOf(bucket: string): ObjectRecord[] {
    return Array.from(this.db.getRange({ start: ["o", bucket], end: ["o", bucket, AFTER] }), ({ value }) =>
      decodeObject(value),
    );
  }

  /**
   * An object's bytes from `start` (inclusive) to `end` (exclusive), streamed from its pieces in
   * order and decrypted with the customer's key where they were stored with one. Every piece's
   * file is opened before the first byte is read, so an overwrite committed meanwhile cannot
   * remove them; `undefined` when a piece is already gone (the caller reads the record again).
   */
  async openObject(
    object: ObjectRecord,
    range: { start: number; end: number } = { start: 0, end: object.size },
    customer?: CustomerKey,
  ): Promise<AsyncIterable<Uint8Array> | undefined> {
    const handles: Array<nodeFs.FileHandle | undefined> = [];
    try {
      for (const piece of object.pieces)
        handles.push(piece.file ? await nodeFs.open(join(this.dir, piece.file), "r") : undefined);
    } catch (error) {
      await Promise.all(handles.map((handle) => handle?.close()));
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    return readPieces(object.pieces, handles, range, customer);
  }

  /** The bytes of an object kept whole in its record (INLINE_MAX_BYTES at most), decrypted; undefined for one in files. */
  inlineBytes(
    object: ObjectRecord,
    range: { start: number; end: number } = { start: 0, end: object.size },
    customer?: CustomerKey,
  ): Buffer | undefined {
    const [piece, ...others] = object.pieces;
    if (!piece?.inline || others.length > 0) return undefined;
    const stored = Buffer.from(piece.inline);
    if (!piece.iv) return stored.subarray(range.start, range.end);
    if (!customer) throw new Error("an encrypted piece needs the customer's key");
    return decryptorAt(customer, piece.iv, 0).decipher.update(stored).subarray(range.start, range.end);
  }

  /**
   * Writes a stream to `file`, its MD5 taken of the plain bytes, encrypted first for SSE-C; a body
   * that ends within `inlineMax` bytes is answered as bytes instead, and no file is made (a part,
   * whose record must name a file, passes -1).
   */
  private async writePiece(
    file: string,
    body: AsyncIterable<Uint8Array>,
    customer: CustomerKey | undefined,
    inlineMax: number,
  ): Promise<{ etag: string; size: number; iv: string | undefined; inline?: Uint8Array | undefined }> {
    const md5 = createHash("md5");
    let size = 0;
    const iv = customer ? newIv() : undefined;
    const cipher = customer && iv ? encryptor(customer, iv) : undefined;
    const stored = (chunk: Uint8Array) => {
      md5.update(chunk);
      size += chunk.length;
      return cipher ? cipher.update(chunk) : chunk;
    };
    // Read ahead up to inlineMax: a small body is kept in the record.
    const iterator = body[Symbol.asyncIterator]();
    const head: Uint8Array[] = [];
    let ended = false;
    while (size <= inlineMax) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(stored(next.value));
    }
    if (ended && size <= inlineMax) {
      const tail = cipher?.final();
      return { etag: md5.digest("hex"), size, iv, inline: Buffer.concat(tail?.length ? [...head, tail] : head) };
    }
    const rest = (async function* () {
      yield* head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield stored(next.value);
      if (cipher) {
        const tail = cipher.final();
        if (tail.length > 0) yield tail;
      }
    })();
    await this.writeFile(file, rest, () => undefined);
    return { etag: md5.digest("hex"), size, iv };
  }

  /** Writes a stream to `file` under the data dir, fsyncs it and its directory; on any failure removes it. */
  private async writeFile(
    file: string,
    body: AsyncIterable<Uint8Array>,
    onChunk: (chunk: Uint8Array) => void,
  ): Promise<void> {
    const { fs } = this;
    const path = join(this.dir, file);
    const folder = join(this.dir, file.split("/")[0] ?? "");
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(path, "wx");
    try {
      // Chunks off the socket are small: write them a megabyte at a time.
      let pending: Uint8Array[] = [];
      let size = 0;
      const flush = async () => {
        if (size > 0)
          await handle.write(pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, size));
        pending = [];
        size = 0;
      };
      for await (const chunk of body) {
        onChunk(chunk);
        pending.push(chunk);
        size += chunk.length;
        if (size >= 1024 * 1024) await flush();
      }
      await flush();
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fs.rm(path, { force: true });
      throw error;
    }
    await handle.close();
    const directory = await fs.open(folder, "r");
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }
}
