import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ObsClient, type ObsClientConfig } from "@obs-toolkit/client";
import {
  choosePartSize,
  parseSize,
  upload,
  uploadFile,
  UploadError,
  type UploadProgress,
} from "../transfer/src/index.js";
import { AK, SK, objectBytes, referenceServer, s3rverServer } from "./helpers.js";

const root = join(import.meta.dirname, "..");
const MiB = 1024 * 1024;
const md5 = (data: Uint8Array) => createHash("md5").update(data).digest();
/** S3's ETag of a multipart upload of `data` in parts of `partSize`. */
const etagOf = (data: Buffer, partSize: number) => {
  const parts = [];
  for (let offset = 0; offset < data.length || offset === 0; offset += partSize)
    parts.push(md5(data.subarray(offset, offset + partSize)));
  return `"${createHash("md5").update(Buffer.concat(parts)).digest("hex")}-${parts.length}"`;
};
async function* trickle(data: Buffer, chunk: number) {
  for (let offset = 0; offset < data.length; offset += chunk) yield data.subarray(offset, offset + chunk);
}

describe("upload / uploadFile (@obs-toolkit/transfer) against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  const dir = mkdtempSync(join(tmpdir(), "obs-transfer-"));
  beforeAll(async () => {
    ref = await referenceServer();
  });
  afterAll(async () => {
    await ref.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const client = (config: Partial<ObsClientConfig> = {}) =>
    new ObsClient({
      endpoint: ref.url,
      credentials: { accessKeyId: AK, secretAccessKey: SK },
      signatureVersion: "v4",
      addressing: "path",
      ...config,
    });
  const stored = (key: string) => objectBytes(ref.store, "bucket01", key);
  const data = randomBytes(13 * MiB + 12345);

  it.each([
    ["a small Buffer (one part)", () => data.subarray(0, 1000), 1],
    ["an empty body (one empty part)", () => new Uint8Array(0), 1],
    ["a Buffer in parts", () => data, 3],
    ["a Node Readable", () => Readable.from(trickle(data, 64 * 1024)), 3],
    [
      "a web ReadableStream",
      () => Readable.toWeb(Readable.from(trickle(data, 100_000))) as ReadableStream<Uint8Array>,
      3,
    ],
    ["an async iterable of unknown length", () => trickle(data, 1_000_003), 3],
  ] as const)("%s: the object's bytes and the S3 ETag", async (_what, body, parts) => {
    const key = `kinds/${_what}`;
    const source = body();
    const expected = source instanceof Uint8Array ? Buffer.from(source) : data;
    const progress: UploadProgress[] = [];
    const result = await upload({
      client: client(),
      bucket: "bucket01",
      key,
      body: source,
      partSize: 5 * MiB,
      onProgress: (p) => progress.push(p),
    });
    expect(result.parts).toBe(parts);
    expect(result.eTag).toBe(etagOf(expected, 5 * MiB));
    expect(md5((await stored(key)) ?? Buffer.alloc(1)).equals(md5(expected))).toBe(true);
    expect(result.bytesSent).toBe(expected.length);
    // Progress only grows, one event per part, and ends at the whole size.
    expect(progress.map((p) => p.loaded)).toEqual([...progress.map((p) => p.loaded)].sort((a, b) => a - b));
    expect(progress).toHaveLength(parts);
    expect(progress.at(-1)?.loaded).toBe(expected.length);
  });

  it("uploadFile: a file in parts sized to fit, with SSE-C passed to every part, progress ending at the total", async () => {
    const file = join(dir, "file.bin");
    writeFileSync(file, data);
    const key = Buffer.alloc(32, 9).toString("base64");
    const sse = {
      sseCustomerAlgorithm: "AES256" as const,
      sseCustomerKey: key,
      sseCustomerKeyMd5: createHash("md5").update(Buffer.alloc(32, 9)).digest("base64"),
    };
    const progress: UploadProgress[] = [];
    const result = await uploadFile(file, {
      client: client(),
      bucket: "bucket01",
      key: "file.bin",
      partSize: 5 * MiB,
      initiate: { storageClass: "STANDARD_IA", ...sse },
      onProgress: (p) => progress.push(p),
    });
    expect(result.eTag).toBe(etagOf(data, 5 * MiB));
    expect(progress.every((p) => p.total === data.length)).toBe(true);
    expect(progress.at(-1)?.loaded).toBe(data.length);
    // The reference server refuses a part without the upload's SSE-C key: they all carried it.
    expect(ref.store.getObject("bucket01", "file.bin")?.headers.storageClass).toBe("STANDARD_IA");
  });

  it("uploadFile: an empty file is one empty part; a file changed mid-upload fails, aborted, rather than storing a mix", async () => {
    const empty = join(dir, "empty.bin");
    writeFileSync(empty, "");
    const none = await uploadFile(empty, { client: client(), bucket: "bucket01", key: "empty.bin" });
    expect(none.parts).toBe(1);
    expect((await stored("empty.bin"))?.length).toBe(0);

    const file = join(dir, "changing.bin");
    writeFileSync(file, data);
    const upload = uploadFile(file, {
      client: client(),
      bucket: "bucket01",
      key: "changing.bin",
      partSize: 5 * MiB,
      concurrency: 1,
      partAttempts: 1,
      // Once the first part is in, the file changes under the upload.
      onProgress: (p) => {
        if (p.part.partNumber === 1) writeFileSync(file, data.subarray(0, 6 * MiB));
      },
    });
    await expect(upload).rejects.toThrow();
    expect(ref.store.getObject("bucket01", "changing.bin")).toBeUndefined();
  });

  it("chooses part sizes: 8 MiB by default, never under 5 MiB, grown to fit 10 000 parts", () => {
    expect(choosePartSize(undefined, undefined)).toBe(8 * MiB);
    expect(choosePartSize(undefined, 1024)).toBe(5 * MiB);
    expect(choosePartSize(100 * 1024 * MiB, undefined)).toBe(11 * MiB);
    expect(Math.ceil((100 * 1024 * MiB) / choosePartSize(100 * 1024 * MiB, undefined))).toBeLessThanOrEqual(10_000);
    expect(parseSize("16MiB")).toBe(16 * MiB);
    expect(parseSize("8MB")).toBe(8_000_000);
    expect(() => parseSize("lots")).toThrow(/not a size/);
  });

  it("keeps at most `concurrency` parts in flight, and retries a part that fails twice", async () => {
    let inFlight = 0;
    let most = 0;
    let part2Failures = 0;
    const counting: typeof fetch = async (input, init) => {
      const url = String(input);
      if (!url.includes("partNumber=")) return fetch(input, init);
      if (url.includes("partNumber=2&") && part2Failures < 2) {
        part2Failures++;
        throw new TypeError("fetch failed: injected");
      }
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const body = randomBytes(26 * MiB);
    // The client itself does not retry here: the retries are the transfer's.
    const result = await upload({
      client: client({ fetch: counting, maxAttempts: 1 }),
      bucket: "bucket01",
      key: "concurrent",
      body,
      partSize: 5 * MiB,
      concurrency: 3,
      retryDelayMs: 10,
    });
    expect(result.eTag).toBe(etagOf(body, 5 * MiB));
    expect(part2Failures).toBe(2);
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThanOrEqual(2);
  });

  it("aborts the upload when a part keeps failing, or on cancel; with leavePartsOnError it keeps it to resume", async () => {
    const failing: typeof fetch = async (input, init) =>
      String(input).includes("partNumber=2&")
        ? new Response("<Error><Code>InternalError</Code><Message>injected</Message></Error>", { status: 500 })
        : fetch(input, init);
    const error = await upload({
      client: client({ fetch: failing, maxAttempts: 1 }),
      bucket: "bucket01",
      key: "fails",
      body: randomBytes(12 * MiB),
      partSize: 5 * MiB,
      retryDelayMs: 5,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ aborted: true });
    expect((error as UploadError).message).toContain("InternalError");
    expect(ref.store.uploadsOf("bucket01").filter((u) => u.key === "fails")).toEqual([]);

    const cancel = new AbortController();
    const cancelled = await upload({
      client: client(),
      bucket: "bucket01",
      key: "cancelled",
      body: trickle(randomBytes(30 * MiB), MiB),
      partSize: 5 * MiB,
      concurrency: 1,
      signal: cancel.signal,
      onProgress: () => cancel.abort(),
    }).catch((e: unknown) => e);
    expect(cancelled).toMatchObject({ aborted: true, message: expect.stringContaining("cancelled") });
    expect(ref.store.uploadsOf("bucket01").filter((u) => u.key === "cancelled")).toEqual([]);

    const kept = new AbortController();
    const left = await upload({
      client: client(),
      bucket: "bucket01",
      key: "kept",
      body: trickle(randomBytes(30 * MiB), MiB),
      partSize: 5 * MiB,
      concurrency: 1,
      signal: kept.signal,
      leavePartsOnError: true,
      onProgress: () => kept.abort(),
    }).catch((e: unknown) => e);
    expect(left).toMatchObject({ aborted: false });
    expect(
      ref.store
        .uploadsOf("bucket01")
        .filter((u) => u.key === "kept")
        .map((u) => u.uploadId),
    ).toEqual([(left as UploadError).uploadId]);
  });

  it("resumes: the parts the server has are not sent again, the rest are, and the ETag is the whole file's", async () => {
    const body = randomBytes(21 * MiB);
    const stop = new AbortController();
    let sentBefore = 0;
    const first = await upload({
      client: client(),
      bucket: "bucket01",
      key: "resumed",
      body,
      partSize: 5 * MiB,
      concurrency: 1,
      leavePartsOnError: true,
      signal: stop.signal,
      onProgress: (p) => {
        sentBefore = p.loaded;
        if (p.part.partNumber === 2) stop.abort();
      },
    }).catch((e: unknown) => e as UploadError);
    expect(first).toBeInstanceOf(UploadError);
    const result = await upload({
      client: client(),
      bucket: "bucket01",
      key: "resumed",
      body,
      uploadId: (first as UploadError).uploadId,
    });
    expect(result.bytesSkipped).toBe(sentBefore);
    expect(result.bytesSent).toBe(body.length - sentBefore);
    expect(result.eTag).toBe(etagOf(body, 5 * MiB));
    expect(md5((await stored("resumed")) ?? Buffer.alloc(1)).equals(md5(body))).toBe(true);
  });

  it("npm run upload: killed with -9 halfway, then --resume finishes without re-sending what the server has", async () => {
    const file = join(dir, "cli.bin");
    const body = randomBytes(40 * MiB);
    writeFileSync(file, body);
    const run = (
      extra: string[],
      onLine?: (line: string, kill: (signal?: NodeJS.Signals) => void) => void,
      target = "bucket01/cli.bin",
    ) =>
      new Promise<{ stdout: string; stderr: string; signal: NodeJS.Signals | null; code: number | null }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            "--import",
            "tsx",
            "transfer/src/cli.ts",
            file,
            target,
            "--endpoint",
            ref.url,
            "--part-size",
            "5MiB",
            "--concurrency",
            "1",
            ...extra,
          ],
          {
            cwd: root,
            env: { ...process.env, OBS_ACCESS_KEY_ID: AK, OBS_SECRET_ACCESS_KEY: SK },
          },
        );
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          for (const line of chunk.toString().split("\n")) onLine?.(line, (signal = "SIGKILL") => child.kill(signal));
        });
        child.on("exit", (code, signal) => resolve({ stdout, stderr, signal, code }));
      });
    const killed = await run([], (line, kill) => {
      if (line.startsWith("part 3:")) kill();
    });
    expect(killed.signal).toBe("SIGKILL");
    const uploadId = /upload id: ([0-9A-F]{32})/.exec(killed.stderr)?.[1] ?? "";
    expect(uploadId).not.toBe("");
    const resumed = await run(["--resume", uploadId]);
    expect(resumed.stdout).toMatch(
      new RegExp(
        `ETag ${etagOf(body, 5 * MiB).replace(/"/g, '\\"')}, 8 part\\(s\\), \\d+ bytes sent, \\d+ already there`,
      ),
    );
    const sent = Number(/(\d+) bytes sent/.exec(resumed.stdout)?.[1]);
    expect(sent).toBeLessThanOrEqual(body.length - 15 * MiB);
    expect(md5((await stored("cli.bin")) ?? Buffer.alloc(1)).equals(md5(body))).toBe(true);

    // Ctrl-C (SIGINT): the parts are kept and the command says how to resume; exit 130.
    let interrupted = false;
    const cancelled = await run(
      [],
      (line, kill) => {
        if (line.startsWith("part 2:") && !interrupted) {
          interrupted = true;
          kill("SIGINT");
        }
      },
      "bucket01/cancelled.bin",
    );
    expect(cancelled.code).toBe(130);
    const keptId = /resume with: --resume ([0-9A-F]{32})/.exec(cancelled.stderr)?.[1];
    expect(ref.store.uploadsOf("bucket01").some((u) => u.key === "cancelled.bin" && u.uploadId === keptId)).toBe(true);
    // A failure is one line with the S3 code and message; exit 1.
    const failed = await run([], undefined, "nobucket/x.bin");
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split("\n").at(-1)).toBe(
      "upload failed: NoSuchBucket: The specified bucket does not exist.",
    );
  }, 90_000);
});

describe("upload against s3rver", () => {
  let s3rver: Awaited<ReturnType<typeof s3rverServer>>;
  let endpoint: string;
  beforeAll(async () => {
    s3rver = await s3rverServer();
    endpoint = s3rver.endpoint;
  });
  afterAll(() => s3rver.stop());

  it.each([
    ["one part", 1000],
    ["three parts, a stream", 11 * MiB],
  ])("%s", async (_what, size) => {
    const body = randomBytes(size);
    const obs = new ObsClient({
      endpoint,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      signatureVersion: "v4",
      addressing: "path",
    });
    // s3rver answers the whole object's MD5 rather than S3's multipart ETag: the check is off here.
    const result = await upload({
      client: obs,
      bucket: "bucket01",
      key: `s3rver-${size}`,
      body: size > 5 * MiB ? Readable.from(trickle(body, MiB)) : body,
      partSize: 5 * MiB,
      verifyETag: false,
    });
    expect(result.eTag).toBe(`"${md5(body).toString("hex")}"`);
    expect(result.parts).toBe(Math.max(1, Math.ceil(size / (5 * MiB))));
  });
});
