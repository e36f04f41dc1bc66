import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import {
  ObsError,
  paginateListParts,
  type CompleteMultipartUploadOutput,
  type InitiateMultipartUploadInput,
  type ObsClient,
} from "@obs-toolkit/client";

const MiB = 1024 * 1024;
/** S3's limits: at most 10 000 parts, each but the last at least 5 MiB (the pages' "5 MB"), at most 5 GiB. */
export const MAX_PARTS = 10_000;
export const MIN_PART_SIZE = 5 * MiB;
export const MAX_PART_SIZE = 5 * 1024 * MiB;
export const DEFAULT_PART_SIZE = 8 * MiB;

/** What `upload` reads: bytes, or a stream of unknown length (Node `Readable`, web `ReadableStream`, any async iterable). */
export type UploadSource = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface UploadProgress {
  /** Bytes the server has, sent now or found there on a resume. */
  loaded: number;
  /** The whole size, when it is known. */
  total: number | undefined;
  /** The part just done. */
  part: { partNumber: number; size: number; skipped: boolean };
}

export interface UploadOptions {
  client: ObsClient;
  bucket: string;
  key: string;
  body: UploadSource;
  /** The body's size when known (a file's): the part size then grows so the parts fit in 10 000. */
  size?: number | undefined;
  /** Default 8 MiB (on a resume, the size of the parts already there); never below 5 MiB. */
  partSize?: number | undefined;
  /** Parts in flight at once (memory: about `concurrency` × `partSize`). Default 4. */
  concurrency?: number | undefined;
  /** Options of the Initiate request (storage class, metadata, ACL, SSE-C…); the SSE-C headers go on every part too. */
  initiate?: Omit<InitiateMultipartUploadInput, "bucket" | "key"> | undefined;
  /** Resume this multipart upload: parts the server has with the same MD5 are not sent again. */
  uploadId?: string | undefined;
  /** On failure or cancel, keep the upload and its parts (to resume) instead of aborting it. */
  leavePartsOnError?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Called with the upload's id once it is known (initiated or resumed), before any part is sent. */
  onStart?: ((uploadId: string) => void) | undefined;
  /** Tries per part, with exponential backoff, for errors worth retrying. Default 3. */
  partAttempts?: number | undefined;
  retryDelayMs?: number | undefined;
  /** Check the completed ETag is S3's `MD5(part MD5s)-N` of what was sent (default true). */
  verifyETag?: boolean | undefined;
}

export interface UploadResult extends CompleteMultipartUploadOutput {
  uploadId: string;
  parts: number;
  /** Bytes sent in this call. */
  bytesSent: number;
  /** Bytes not sent because the server had them (a resume). */
  bytesSkipped: number;
}

/** An upload that failed or was cancelled: its id (kept when `leavePartsOnError`), and why. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly uploadId: string | undefined,
    readonly aborted: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "UploadError";
  }
}

/** The part size: the one asked for, else the default, grown so that a known size fits in 10 000 parts. */
export function choosePartSize(size: number | undefined, requested: number | undefined): number {
  let partSize = Math.max(requested ?? DEFAULT_PART_SIZE, MIN_PART_SIZE);
  if (size !== undefined && Math.ceil(size / partSize) > MAX_PARTS) partSize = Math.ceil(size / MAX_PARTS / MiB) * MiB;
  if (partSize > MAX_PART_SIZE) throw new RangeError(`a part of ${partSize} bytes is over the 5 GiB limit`);
  return partSize;
}

/**
 * A part's bytes: in memory, or a range of a file, hashed by `md5` and sent by `chunks` (each read
 * again, from the page cache, through a buffer used over and over).
 */
type PartData = Buffer | { size: number; md5: () => Promise<Buffer>; chunks: () => AsyncIterable<Uint8Array> };

const md5Of = async (data: PartData): Promise<Buffer> =>
  "chunks" in data ? data.md5() : createHash("md5").update(data).digest();
const sizeOf = (data: PartData) => ("chunks" in data ? data.size : data.length);
/** What a part's request sends: its bytes, or its chunks read anew for each attempt. */
const bodyOf = (data: PartData) => ("chunks" in data ? data.chunks() : data);

/** The body in parts of exactly `partSize` bytes (the last shorter), read only as fast as they are taken. */
async function* partsOf(body: UploadSource, partSize: number): AsyncGenerator<Buffer> {
  if (body instanceof Uint8Array) {
    for (let offset = 0; offset < body.length || offset === 0; offset += partSize)
      yield Buffer.from(body.buffer, body.byteOffset + offset, Math.min(partSize, body.length - offset));
    return;
  }
  let pending: Buffer[] = [];
  let size = 0;
  let any = false;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    let piece = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    while (size + piece.length >= partSize) {
      const take = partSize - size;
      pending.push(piece.subarray(0, take));
      // A chunk that is a whole part (a file read part by part) is passed on without a copy.
      yield pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, partSize);
      any = true;
      piece = piece.subarray(take);
      pending = [];
      size = 0;
    }
    if (piece.length > 0) {
      pending.push(piece);
      size += piece.length;
    }
  }
  if (size > 0 || !any) yield Buffer.concat(pending, size);
}

const unquote = (etag: string) => etag.replace(/^"(.*)"$/, "$1");

/** Errors a part is tried again for: the network, timeouts, 5xx, and a body the server got damaged. */
const retryable = (error: unknown) =>
  error instanceof ObsError &&
  (error.statusCode === 0 ||
    error.statusCode >= 500 ||
    error.code === "BadDigest" ||
    error.code === "IncompleteBody" ||
    error.code === "RequestTimeout");

/**
 * Uploads a body of any size as a multipart upload (one part when it is small): parts of
 * `partSize` read in order, `concurrency` of them in flight, each retried with backoff, each
 * checked against its MD5; then Complete, whose ETag is checked against the parts' MD5s. On a
 * failure or a cancel the upload is aborted (or kept, with `leavePartsOnError`). With `uploadId`
 * it resumes: the parts the server already has with the same MD5 are skipped.
 */
export function upload(options: UploadOptions): Promise<UploadResult> {
  return uploadParts(options, (partSize) => partsOf(options.body, partSize));
}

/** `upload`, its parts cut by `cut` once the part size is known (on a resume, the size of the parts there). */
async function uploadParts(
  options: Omit<UploadOptions, "body">,
  cut: (partSize: number) => AsyncIterable<PartData>,
): Promise<UploadResult> {
  const { client, bucket, key, signal } = options;
  signal?.throwIfAborted();
  const sse = {
    sseCustomerAlgorithm: options.initiate?.sseCustomerAlgorithm,
    sseCustomerKey: options.initiate?.sseCustomerKey,
    sseCustomerKeyMd5: options.initiate?.sseCustomerKeyMd5,
  };
  const existing = new Map<number, { eTag: string; size: number }>();
  let uploadId = options.uploadId;
  if (uploadId) {
    for await (const page of paginateListParts(
      client,
      { bucket, key, uploadId, securityToken: options.initiate?.securityToken },
      { signal },
    )) {
      for (const part of page.parts) existing.set(part.partNumber, { eTag: unquote(part.eTag), size: part.size });
    }
  } else {
    uploadId = (await client.initiateMultipartUpload({ ...options.initiate, bucket, key }, { signal })).uploadId;
  }
  options.onStart?.(uploadId);
  // On a resume, parts are cut as they were: the size of the first part already there.
  const partSize = choosePartSize(options.size, options.partSize ?? existing.get(1)?.size);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const attempts = Math.max(1, options.partAttempts ?? 3);
  const baseDelay = options.retryDelayMs ?? 200;
  const done: Array<{ partNumber: number; eTag: string; md5: string }> = [];
  let loaded = 0;
  let bytesSent = 0;
  let bytesSkipped = 0;
  // Stops the other parts (and the reading) as soon as one fails or the caller cancels.
  const stop = new AbortController();
  const stopOn = () => stop.abort(signal?.reason);
  signal?.addEventListener("abort", stopOn, { once: true });

  const sendPart = async (partNumber: number, data: PartData): Promise<void> => {
    const digest = await md5Of(data);
    const md5 = digest.toString("hex");
    const size = sizeOf(data);
    const there = existing.get(partNumber);
    if (there && there.eTag === md5 && there.size === size) {
      done.push({ partNumber, eTag: `"${md5}"`, md5 });
      bytesSkipped += size;
      loaded += size;
      options.onProgress?.({ loaded, total: options.size, part: { partNumber, size, skipped: true } });
      return;
    }
    // Its MD5 goes as Content-MD5, so a damaged part is refused (BadDigest, retried) rather than stored.
    for (let attempt = 1; ; attempt++) {
      try {
        const { eTag } = await client.uploadPart(
          {
            bucket,
            key,
            uploadId,
            partNumber,
            body: bodyOf(data),
            ...sse,
            securityToken: options.initiate?.securityToken,
          },
          { signal: stop.signal, contentMd5: digest.toString("base64"), contentLength: size },
        );
        if (unquote(eTag) !== md5)
          throw new ObsError(
            "BadDigest",
            `part ${partNumber}: the server's ETag ${eTag} is not the MD5 of the bytes sent (${md5})`,
            400,
          );
        done.push({ partNumber, eTag, md5 });
        bytesSent += size;
        loaded += size;
        options.onProgress?.({ loaded, total: options.size, part: { partNumber, size, skipped: false } });
        return;
      } catch (error) {
        if (stop.signal.aborted || attempt >= attempts || !retryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * baseDelay * 2 ** (attempt - 1)));
      }
    }
  };

  try {
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    let partNumber = 0;
    for await (const data of cut(partSize)) {
      if (failure !== undefined || stop.signal.aborted) break;
      partNumber++;
      if (partNumber > MAX_PARTS)
        throw new RangeError(
          `the body needs more than ${MAX_PARTS} parts of ${partSize} bytes; give its size or a larger part size`,
        );
      const sending: Promise<void> = sendPart(partNumber, data).then(
        () => void inFlight.delete(sending),
        (error: unknown) => {
          inFlight.delete(sending);
          failure ??= error;
          stop.abort(error);
        },
      );
      inFlight.add(sending);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure !== undefined) throw failure;
    signal?.throwIfAborted();

    const parts = done.sort((a, b) => a.partNumber - b.partNumber);
    const output = await client.completeMultipartUpload(
      {
        bucket,
        key,
        uploadId,
        parts: parts.map(({ partNumber: n, eTag }) => ({ partNumber: n, eTag })),
        securityToken: options.initiate?.securityToken,
      },
      { signal },
    );
    const expected = `${createHash("md5")
      .update(Buffer.concat(parts.map((p) => Buffer.from(p.md5, "hex"))))
      .digest("hex")}-${parts.length}`;
    if ((options.verifyETag ?? true) && unquote(output.eTag) !== expected) {
      throw new UploadError(
        `the completed object's ETag ${output.eTag} is not "${expected}", the MD5 of the parts sent`,
        uploadId,
        false,
      );
    }
    return { ...output, uploadId, parts: parts.length, bytesSent, bytesSkipped };
  } catch (error) {
    const cancelled = signal?.aborted === true;
    if (options.leavePartsOnError) {
      throw new UploadError(
        `${cancelled ? "upload cancelled" : `upload failed: ${describe(error)}`}; the parts are kept to resume upload ${uploadId}`,
        uploadId,
        false,
        { cause: error },
      );
    }
    await client
      .abortMultipartUpload({ bucket, key, uploadId, securityToken: options.initiate?.securityToken })
      .catch(() => undefined);
    throw new UploadError(
      `${cancelled ? "upload cancelled" : `upload failed: ${describe(error)}`}; the multipart upload was aborted`,
      uploadId,
      true,
      { cause: error },
    );
  } finally {
    signal?.removeEventListener("abort", stopOn);
  }
}

const describe = (error: unknown) =>
  error instanceof ObsError
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);

/** Bytes read at a time from a file's part, to hash it or to send it: one buffer per reader, used again and again. */
const CHUNK = 1024 * 1024;

/**
 * Uploads a file: its size is known, so the part size fits it in 10 000 parts. Each part is a
 * range of the file, read once to hash it and again (from the page cache) as it is sent, through
 * buffers kept for the next reader: memory stays a few of them whatever the file's size. A file
 * that is shorter than it was when the upload began fails it.
 */
export async function uploadFile(path: string, options: Omit<UploadOptions, "body" | "size">): Promise<UploadResult> {
  const { size } = await stat(path);
  const handle = await open(path, "r");
  const buffers: Buffer[] = [];
  /** The bytes of [start, end), a chunk at a time through one buffer: each chunk is valid until the next is asked for. */
  async function* read(start: number, end: number): AsyncGenerator<Uint8Array> {
    const buffer = buffers.pop() ?? Buffer.allocUnsafe(CHUNK);
    try {
      for (let position = start; position < end;) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - position), position);
        if (bytesRead === 0) throw new Error(`${path} is shorter than it was (${size} bytes)`);
        yield buffer.subarray(0, bytesRead);
        position += bytesRead;
      }
    } finally {
      buffers.push(buffer);
    }
  }
  const md5 = async (start: number, end: number): Promise<Buffer> => {
    const hash = createHash("md5");
    for await (const chunk of read(start, end)) hash.update(chunk);
    return hash.digest();
  };
  async function* ranges(partSize: number): AsyncGenerator<PartData> {
    for (let position = 0; position < size || position === 0; position += partSize) {
      const start = position;
      const end = Math.min(position + partSize, size);
      yield { size: end - start, md5: () => md5(start, end), chunks: () => read(start, end) };
    }
  }
  try {
    return await uploadParts({ ...options, size }, ranges);
  } finally {
    await handle.close();
  }
}
