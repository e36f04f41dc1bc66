import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs/promises";
import { join } from "node:path";

/** One initiated multipart upload, as recorded on disk. */
export interface UploadRecord {
  bucket: string;
  key: string;
  uploadId: string;
  initiatedAt: string;
  /** Every recorded header of the request (secrets left out), by member name. */
  headers: Record<string, string>;
  metadata: Record<string, string>;
}

/** 32 uppercase hex characters from 16 random bytes: unique and unguessable, like the page's sample. */
export const newUploadId = (): string => randomBytes(16).toString("hex").toUpperCase();

/**
 * Uploads on disk, one JSON file each under `<dir>/uploads/<bucket>/`. A record is written to a
 * temporary file, fsynced, renamed into place and the directory fsynced, so once `save` resolves
 * the upload survives a crash, and a crash mid-write leaves no half-written record.
 */
export class UploadStore {
  /** `fs` is node:fs/promises; a test may pass one that fails like a full disk. */
  constructor(
    private readonly dir: string,
    private readonly fs: Pick<typeof nodeFs, "mkdir" | "open" | "readdir" | "readFile" | "rename" | "unlink"> = nodeFs,
  ) {}

  private bucketDir(bucket: string): string {
    return join(this.dir, "uploads", bucket);
  }

  async save(record: UploadRecord): Promise<void> {
    const { fs } = this;
    const dir = this.bucketDir(record.bucket);
    await fs.mkdir(dir, { recursive: true });
    const final = join(dir, `${record.uploadId}.json`);
    const temporary = `${final}.${process.pid}.tmp`;
    const file = await fs.open(temporary, "wx");
    try {
      await file.writeFile(JSON.stringify(record));
      await file.sync();
    } catch (error) {
      // A full disk: leave no partial temporary file behind.
      await file.close().catch(() => undefined);
      await fs.unlink(temporary).catch(() => undefined);
      throw error;
    }
    await file.close();
    await fs.rename(temporary, final);
    await this.syncDirectory(dir);
  }

  /**
   * Group commit of the directory: one fsync makes every rename done before it durable, so
   * concurrent saves share it. A save that arrives while one runs waits for the next, which
   * starts as soon as the running one ends and covers every save that waited.
   */
  private readonly directorySyncs = new Map<string, { running: Promise<void>; next: Promise<void> | undefined }>();

  private syncDirectory(dir: string): Promise<void> {
    const state = this.directorySyncs.get(dir);
    if (!state) {
      const running = this.fsyncDirectory(dir).finally(() => this.directorySyncs.delete(dir));
      this.directorySyncs.set(dir, { running, next: undefined });
      return running;
    }
    state.next ??= state.running.catch(() => undefined).then(() => {
      const running = this.fsyncDirectory(dir).finally(() => {
        if (this.directorySyncs.get(dir)?.running === running) this.directorySyncs.delete(dir);
      });
      this.directorySyncs.set(dir, { running, next: undefined });
      return running;
    });
    return state.next;
  }

  private async fsyncDirectory(dir: string): Promise<void> {
    const directory = await this.fs.open(dir, "r");
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }

  async get(bucket: string, uploadId: string): Promise<UploadRecord | undefined> {
    if (!/^[0-9A-F]{32}$/.test(uploadId)) return undefined;
    try {
      return JSON.parse(await this.fs.readFile(join(this.bucketDir(bucket), `${uploadId}.json`), "utf8")) as UploadRecord;
    } catch {
      return undefined;
    }
  }

  /** Every upload of a bucket; leftover temporary files from a crash are removed. */
  async list(bucket: string): Promise<UploadRecord[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.bucketDir(bucket));
    } catch {
      return [];
    }
    const records: UploadRecord[] = [];
    for (const name of names.sort()) {
      if (name.endsWith(".tmp")) await this.fs.unlink(join(this.bucketDir(bucket), name)).catch(() => undefined);
      else if (name.endsWith(".json")) {
        const record = await this.get(bucket, name.slice(0, -5));
        if (record) records.push(record);
      }
    }
    return records;
  }
}
