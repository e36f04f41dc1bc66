import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ObsClient, streamBytes, streamText, streamToFile } from "@obs-toolkit/client";
import { downloadFile, DownloadError, uploadFile, type DownloadProgress } from "../transfer/src/index.js";
import { AK, SK, obsClient, referenceServer } from "./helpers.js";

const root = join(import.meta.dirname, "..");
const MiB = 1024 * 1024;
const md5 = (data: Uint8Array) => createHash("md5").update(data).digest("hex");

describe("the generated client's getObject, and downloadFile / npm run download", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let client: ObsClient;
  const dir = mkdtempSync(join(tmpdir(), "obs-download-"));
  beforeAll(async () => {
    ref = await referenceServer();
    client = obsClient(ref.url);
  });
  afterAll(async () => {
    await ref.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts and gets an object as a stream, with helpers for bytes, text and a file; ranges, 304, metadata", async () => {
    const put = await client.putObject({
      bucket: "bucket01",
      key: "hello.txt",
      body: "hello, world",
      contentType: "text/plain",
      metadata: { lang: "en" },
    });
    expect(put.eTag).toBe(`"${md5(Buffer.from("hello, world"))}"`);
    const got = await client.getObject({ bucket: "bucket01", key: "hello.txt" });
    expect([got.contentType, got.contentLength, got.metadata, got.lastModified instanceof Date]).toEqual([
      "text/plain",
      12,
      { lang: "en" },
      true,
    ]);
    expect(await streamText(got.body)).toBe("hello, world");
    const part = await client.getObject({ bucket: "bucket01", key: "hello.txt", range: "bytes=7-" });
    expect([part.contentRange, new TextDecoder().decode(await streamBytes(part.body))]).toEqual([
      "bytes 7-11/12",
      "world",
    ]);
    await streamToFile((await client.getObject({ bucket: "bucket01", key: "hello.txt" })).body, join(dir, "hello.txt"));
    expect(readFileSync(join(dir, "hello.txt"), "utf8")).toBe("hello, world");
    const notModified = await client
      .getObject({ bucket: "bucket01", key: "hello.txt", ifNoneMatch: put.eTag })
      .catch((error: unknown) => error);
    expect(notModified).toMatchObject({ code: "NotModified", statusCode: 304, headers: { etag: put.eTag } });
    const head = await client.headObject({ bucket: "bucket01", key: "hello.txt" });
    expect([head.contentLength, head.eTag]).toEqual([12, put.eTag]);
    const missing = await client.headObject({ bucket: "bucket01", key: "nope" }).catch((error: unknown) => error);
    expect(missing).toMatchObject({ statusCode: 404 });
    const noBucket = await client.headBucket({ bucket: "nobucket" }).catch((error: unknown) => error);
    expect(noBucket).toMatchObject({ code: "NoSuchBucket", statusCode: 404 });
  });

  it("hands over a gzip object's stored bytes, even with response-content-encoding=x-gzip (the GET Object page's sample)", async () => {
    const { gzipSync } = await import("node:zlib");
    const zipped = gzipSync("compressed");
    await client.putObject({ bucket: "bucket01", key: "z.gz", body: zipped, contentEncoding: "gzip" });
    const got = await client.getObject({ bucket: "bucket01", key: "z.gz", responseContentEncoding: "x-gzip" });
    expect(got.contentEncoding).toBe("x-gzip");
    const bytes = await streamBytes(got.body);
    expect([bytes.length, got.contentLength, Buffer.from(bytes).equals(zipped)]).toEqual([
      zipped.length,
      zipped.length,
      true,
    ]);
    const plain = await client.getObject({ bucket: "bucket01", key: "z.gz" });
    expect(Buffer.from(await streamBytes(plain.body)).equals(zipped)).toBe(true);
  });

  it("pages through both listings with the generated paginators", async () => {
    const { paginateListObjects, paginateListObjectsV2 } = await import("@obs-toolkit/client");
    await client.putBucket({ bucket: "pages" });
    for (let i = 0; i < 7; i++) await client.putObject({ bucket: "pages", key: `k${i}`, body: String(i) });
    const v1: string[] = [];
    for await (const page of paginateListObjects(client, { bucket: "pages" }, { pageSize: 3 }))
      v1.push(...page.contents.map((c) => c.key));
    const v2: string[] = [];
    for await (const page of paginateListObjectsV2(client, { bucket: "pages", listType: "2" }, { pageSize: 2 }))
      v2.push(...page.contents.map((c) => c.key));
    const keys = ["k0", "k1", "k2", "k3", "k4", "k5", "k6"];
    expect([v1, v2]).toEqual([keys, keys]);
  });

  it("downloads in ranged parts in parallel with progress, checks the file, and refuses an object that changes", async () => {
    const body = randomBytes(21 * MiB + 5);
    writeFileSync(join(dir, "src.bin"), body);
    // A multipart object (its ETag is no MD5): the whole file is checked by its stored checksum or pinned by ETag.
    await uploadFile(join(dir, "src.bin"), { client, bucket: "bucket01", key: "multi.bin", partSize: 5 * MiB });
    await client.putObject({ bucket: "bucket01", key: "single.bin", body });
    for (const key of ["multi.bin", "single.bin"]) {
      const seen: DownloadProgress[] = [];
      const result = await downloadFile(join(dir, key), {
        client,
        bucket: "bucket01",
        key,
        partSize: 4 * MiB,
        concurrency: 3,
        onProgress: (progress) => seen.push(progress),
      });
      expect(md5(readFileSync(join(dir, key)))).toBe(md5(body));
      expect([result.parts, result.bytesReceived, result.bytesSkipped]).toEqual([6, body.length, 0]);
      expect(result.verifiedBy).toBe(key === "single.bin" ? "md5" : "etag-pinned");
      expect(seen.map((p) => p.loaded)).toEqual([...seen.map((p) => p.loaded)].sort((a, b) => a - b));
      expect(seen.at(-1)?.loaded).toBe(body.length);
      expect(existsSync(join(dir, `${key}.part`))).toBe(false);
    }
    // The object is rewritten between the HEAD and the parts: the If-Match of each part refuses it.
    let rewritten = false;
    const failed = await downloadFile(join(dir, "changing.bin"), {
      client,
      bucket: "bucket01",
      key: "single.bin",
      partSize: 4 * MiB,
      concurrency: 1,
      onProgress: () => {
        if (!rewritten) void client.putObject({ bucket: "bucket01", key: "single.bin", body: "new" });
        rewritten = true;
      },
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DownloadError);
    expect(String((failed as Error).message)).toMatch(/changed during the download/);
  });

  it("npm run download: killed with -9 halfway, then run again, keeps what it had and ends with the same bytes", async () => {
    const body = randomBytes(30 * MiB);
    await client.putObject({ bucket: "bucket01", key: "cli.bin", body });
    const target = join(dir, "cli-out.bin");
    const run = (onLine?: (line: string, kill: () => void) => void) =>
      new Promise<{ stdout: string; stderr: string; signal: NodeJS.Signals | null; code: number | null }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            "--import",
            "tsx",
            "transfer/src/download-cli.ts",
            "bucket01/cli.bin",
            target,
            "--endpoint",
            ref.url,
            "--part-size",
            "2MiB",
            "--concurrency",
            "1",
          ],
          { cwd: root, env: { ...process.env, OBS_ACCESS_KEY_ID: AK, OBS_SECRET_ACCESS_KEY: SK } },
        );
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          for (const line of chunk.toString().split("\n")) onLine?.(line, () => child.kill("SIGKILL"));
        });
        child.on("exit", (code, signal) => resolve({ stdout, stderr, signal, code }));
      });
    const killed = await run((line, kill) => {
      if (line.startsWith("part 4:")) kill();
    });
    expect(killed.signal).toBe("SIGKILL");
    expect(existsSync(`${target}.part.json`)).toBe(true);
    const again = await run();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\d+ already here, checked by md5/);
    const skipped = Number(/received, (\d+) already here/.exec(again.stdout)?.[1]);
    expect(skipped).toBeGreaterThanOrEqual(4 * 2 * MiB);
    expect(md5(readFileSync(target))).toBe(md5(body));
    const help = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "transfer/src/download-cli.ts", "--help"], {
        cwd: root,
      });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("exit", () => resolve(out));
    });
    expect(help).toContain("usage: npm run download");
  }, 60_000);
});
