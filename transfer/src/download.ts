import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readFile, rename, rm, writeFile, type FileHandle } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { ObsError, type HeadObjectOutput, type ObsClient } from "@obs-toolkit/client";

const MiB = 1024 * 1024;
export const DEFAULT_DOWNLOAD_PART_SIZE = 8 * MiB;

export interface DownloadProgress {
  /** Bytes on disk: received now or kept from an earlier, interrupted download. */
  loaded: number;
  total: number;
  part: { partNumber: number; size: number; skipped: boolean };
}

export interface DownloadOptions {
  client: ObsClient;
  bucket: string;
  key: string;
  /** Bytes per ranged GET. Default 8 MiB. */
  partSize?: number | undefined;
  /** Ranged GETs in flight. Default 4. */
  concurrency?: number | undefined;
  /** The SSE-C key an object was stored with. */
  sseCustomer?: { algorithm: "AES256"; key: string; keyMd5: string } | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: DownloadProgress) => void) | undefined;
  /** Tries per part for errors worth retrying (network, timeouts, 5xx). Default 3. */
  partAttempts?: number | undefined;
  retryDelayMs?: number | undefined;
}

export interface DownloadResult {
  eTag: string;
  size: number;
  parts: number;
  bytesReceived: number;
  /** Bytes kept from an interrupted download of the same object (same ETag and size). */
  bytesSkipped: number;
  /** How the file was checked to be the object: its MD5 against a single-part ETag, or a stored checksum. */
  verifiedBy: "md5" | "crc32" | "sha1" | "sha256" | "etag-pinned";
}

/** A download that failed or was cancelled; the partial file and its record stay, to resume. */
export class DownloadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DownloadError";
  }
}

/** What an interrupted download left beside its partial file: which parts are on disk, of which object. */
interface DownloadRecord {
  bucket: string;
  key: string;
  eTag: string;
  size: number;
  partSize: number;
  done: number[];
}

const retryable = (error: unknown) => error instanceof ObsError && (error.statusCode === 0 || error.statusCode >= 500);

/**
 * Downloads an object to `file` in ranged parts, `concurrency` at a time, each pinned to the
 * object's ETag (If-Match: a change mid-way is a failure, never a mix), written in place into
 * `file.part`, whose progress a record beside it keeps (`file.part.json`). A download interrupted
 * (a crash, a cancel, a failure) and run again keeps the parts on disk when the object is the
 * same. When every part is there the file is checked (its MD5 against a single-part ETag, or the
 * checksum the object was stored with) and renamed into place.
 */
export async function downloadFile(file: string, options: DownloadOptions): Promise<DownloadResult> {
  const { client, bucket, key, signal } = options;
  const sse = options.sseCustomer
    ? {
        sseCustomerAlgorithm: options.sseCustomer.algorithm,
        sseCustomerKey: options.sseCustomer.key,
        sseCustomerKeyMd5: options.sseCustomer.keyMd5,
      }
    : {};
  signal?.throwIfAborted();
  const head = await client.headObject({ bucket, key, checksumMode: "ENABLED", ...sse }, { signal });
  const size = head.contentLength;
  const recordPath = `${file}.part.json`;
  const partPath = `${file}.part`;
  const earlier = await readRecord(recordPath);
  const same = earlier?.bucket === bucket && earlier.key === key && earlier.eTag === head.eTag && earlier.size === size;
  const record: DownloadRecord = same
    ? earlier
    : {
        bucket,
        key,
        eTag: head.eTag,
        size,
        partSize: Math.max(options.partSize ?? DEFAULT_DOWNLOAD_PART_SIZE, 1),
        done: [],
      };
  const parts = Math.ceil(size / record.partSize);
  const done = new Set(record.done);
  const handle = await open(partPath, same ? "r+" : "w").catch(() => open(partPath, "w"));
  let bytesReceived = 0;
  let loaded = 0;
  try {
    if (!same) {
      await handle.truncate(size);
      await writeRecord(recordPath, record);
    }
    for (const partNumber of done) {
      const partSize = Math.min(record.partSize, size - (partNumber - 1) * record.partSize);
      loaded += partSize;
      options.onProgress?.({ loaded, total: size, part: { partNumber, size: partSize, skipped: true } });
    }
    const pending = Array.from({ length: parts }, (_, i) => i + 1).filter((n) => !done.has(n));
    const concurrency = Math.max(1, options.concurrency ?? 4);
    let failure: unknown;
    let saving = Promise.resolve();
    const worker = async () => {
      while (failure === undefined) {
        const partNumber = pending.shift();
        if (partNumber === undefined) return;
        const start = (partNumber - 1) * record.partSize;
        const end = Math.min(start + record.partSize, size);
        try {
          await fetchPart(handle, { ...options, sse, eTag: head.eTag, start, end });
        } catch (error) {
          failure ??= error;
          return;
        }
        bytesReceived += end - start;
        loaded += end - start;
        done.add(partNumber);
        // The bytes are flushed before the record says they are there.
        saving = saving.then(async () => {
          await handle.sync();
          await writeRecord(recordPath, { ...record, done: [...done].sort((a, b) => a - b) });
        });
        await saving;
        options.onProgress?.({ loaded, total: size, part: { partNumber, size: end - start, skipped: false } });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(pending.length, 1)) }, worker));
    await saving;
    if (failure !== undefined) {
      if (signal?.aborted) throw failure;
      throw new DownloadError(
        failure instanceof ObsError && failure.code === "PreconditionFailed"
          ? `${bucket}/${key} changed during the download; run it again for the new object`
          : `download of ${bucket}/${key} failed: ${failure instanceof Error ? failure.message : String(failure)}`,
        { cause: failure },
      );
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  const verifiedBy = await verify(partPath, head);
  await rename(partPath, file);
  await rm(recordPath, { force: true });
  return {
    eTag: head.eTag,
    size,
    parts,
    bytesReceived,
    bytesSkipped: size - bytesReceived,
    verifiedBy,
  };
}

/** One ranged GET, written at its offset; retried for the network, timeouts and 5xx. */
async function fetchPart(
  handle: FileHandle,
  options: DownloadOptions & { sse: object; eTag: string; start: number; end: number },
): Promise<void> {
  const { start, end } = options;
  const attempts = Math.max(1, options.partAttempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      const out = await options.client.getObject(
        {
          bucket: options.bucket,
          key: options.key,
          range: `bytes=${start}-${end - 1}`,
          ifMatch: options.eTag,
          ...options.sse,
        },
        { signal: options.signal },
      );
      let position = start;
      for await (const chunk of out.body as unknown as AsyncIterable<Uint8Array>) {
        await handle.write(chunk, 0, chunk.length, position);
        position += chunk.length;
      }
      if (position !== end)
        throw new ObsError("IncompleteBody", `bytes ${start}-${end - 1} came ${position - start} long`, 0);
      return;
    } catch (error) {
      if (options.signal?.aborted || !retryable(error) || attempt >= attempts) throw error;
      const ceiling = (options.retryDelayMs ?? 100) * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}

/** Checks the file is the object: the MD5 of a single-part ETag, else a checksum the object was stored with. */
async function verify(path: string, head: HeadObjectOutput): Promise<DownloadResult["verifiedBy"]> {
  const etag = head.eTag.replace(/^"(.*)"$/, "$1");
  const checks: Array<[DownloadResult["verifiedBy"], string | undefined, () => Digest]> = [
    ["md5", /^[0-9a-f]{32}$/.test(etag) ? Buffer.from(etag, "hex").toString("base64") : undefined, () => hash("md5")],
    ["crc32", head.checksumCrc32, crc32Digest],
    ["sha256", head.checksumSha256, () => hash("sha256")],
    ["sha1", head.checksumSha1, () => hash("sha1")],
  ];
  const check = checks.find(([, expected]) => expected !== undefined);
  if (!check) return "etag-pinned";
  const [name, expected, digest] = check;
  const running = digest();
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) running.update(chunk);
  if (running.result() !== expected)
    throw new DownloadError(`the downloaded file's ${name} is not the object's; the partial file was kept`);
  return name;
}

interface Digest {
  update(data: Uint8Array): void;
  result(): string;
}
const hash = (algorithm: string): Digest => {
  const running = createHash(algorithm);
  return { update: (data) => void running.update(data), result: () => running.digest("base64") };
};
const crc32Digest = (): Digest => {
  let value = 0;
  return {
    update: (data) => void (value = crc32(data, value)),
    result: () => {
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(value >>> 0);
      return bytes.toString("base64");
    },
  };
};

async function readRecord(path: string): Promise<DownloadRecord | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as DownloadRecord;
  } catch {
    return undefined;
  }
}

/** The record written whole or not at all: a new file renamed over the old. */
async function writeRecord(path: string, record: DownloadRecord): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(record));
  await rename(`${path}.tmp`, path);
}
