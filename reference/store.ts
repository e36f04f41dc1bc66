import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { join } from "node:path";
import { open, type RootDatabase } from "lmdb";
import { ObsError } from "@obs-toolkit/server";

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

/** One stored part: its bytes are in `file`. */
export interface PartRecord {
  partNumber: number;
  /** Hex MD5 of the bytes, no quotes. */
  etag: string;
  size: number;
  lastModified: string;
  file: string;
}

/** A completed object: its bytes are its parts' files, in order (Complete moves no data). */
export interface ObjectRecord {
  bucket: string;
  key: string;
  /** `hex MD5 of the part MD5s-N`, no quotes. */
  etag: string;
  size: number;
  lastModified: string;
  files: string[];
  headers: Record<string, string>;
  metadata: Record<string, string>;
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

  /** Removes the part files a crash left that no record names (a part half-written, or left out of a Complete). */
  async recover(): Promise<void> {
    const referenced = new Set<string>();
    for (const { value } of this.db.getRange({ start: ["p"], end: ["p", "\uffff"] }))
      referenced.add((value as PartRecord).file);
    for (const { value } of this.db.getRange({ start: ["o"], end: ["o", "\uffff"] }))
      for (const file of (value as ObjectRecord).files) referenced.add(file);
    for (const name of await this.fs.readdir(join(this.dir, "parts")).catch(() => [] as string[])) {
      const path = join("parts", name);
      if (!referenced.has(path)) await this.fs.rm(join(this.dir, path), { force: true });
    }
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

  getUpload(bucket: string, key: string, uploadId: string): UploadRecord | undefined {
    const value: unknown = this.db.get(["u", bucket, key, uploadId]);
    return value === undefined ? undefined : decodeUpload(value);
  }

  /**
   * Streams a part to its own file (MD5 on the way), fsyncs it, then records it; a part number
   * uploaded again replaces the earlier one. If the body fails (a client gone, a bad checksum),
   * the file is removed and nothing is recorded.
   */
  async putPart(upload: UploadRecord, partNumber: number, body: AsyncIterable<Uint8Array>): Promise<PartRecord> {
    const file = join("parts", `${upload.uploadId}-${partNumber}-${randomBytes(6).toString("hex")}`);
    const md5 = createHash("md5");
    let size = 0;
    await this.writeFile(file, body, (chunk) => {
      md5.update(chunk);
      size += chunk.length;
    });
    const part: PartRecord = {
      partNumber,
      etag: md5.digest("hex"),
      size,
      lastModified: new Date().toISOString(),
      file,
    };
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
    const md5s = Buffer.concat(parts.map((part) => Buffer.from(part.etag, "hex")));
    const object: ObjectRecord = {
      bucket: upload.bucket,
      key: upload.key,
      etag: `${createHash("md5").update(md5s).digest("hex")}-${parts.length}`,
      size: parts.reduce((sum, part) => sum + part.size, 0),
      lastModified: new Date().toISOString(),
      files: parts.map((part) => part.file),
      headers: upload.headers,
      metadata: upload.metadata,
    };
    let leftovers: string[] = [];
    const done = await this.durable(() => {
      if (!this.db.doesExist(["u", upload.bucket, upload.key, upload.uploadId])) return false;
      // Every listed part must still be the one checked (a part re-uploaded meanwhile is not).
      for (const part of parts)
        if ((this.db.get(["p", upload.uploadId, part.partNumber]) as PartRecord | undefined)?.file !== part.file)
          return false;
      const range = { start: ["p", upload.uploadId], end: ["p", upload.uploadId, LAST_PART_NUMBER + 1] };
      const kept = new Set(object.files);
      leftovers = Array.from(this.db.getRange(range), ({ value }) => (value as PartRecord).file).filter(
        (file) => !kept.has(file),
      );
      const previous = this.db.get(["o", upload.bucket, upload.key]) as ObjectRecord | undefined;
      if (previous) leftovers.push(...previous.files);
      for (const { key } of this.db.getRange(range)) this.db.removeSync(key);
      this.db.removeSync(["u", upload.bucket, upload.key, upload.uploadId]);
      this.db.putSync(["o", upload.bucket, upload.key], object);
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
    return this.db.get(["o", bucket, key]) as ObjectRecord | undefined;
  }

  /** A completed object's bytes, streamed from its parts' files in order. */
  async *openObject(object: ObjectRecord): AsyncGenerator<Buffer> {
    for (const file of object.files)
      yield* createReadStream(join(this.dir, file), { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>;
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
