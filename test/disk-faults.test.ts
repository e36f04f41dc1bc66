import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ObsClient, ObsError } from "@obs-toolkit/client";
import { startReferenceServer } from "../reference/reference-server.js";
import { UploadStore } from "../reference/upload-store.js";
import { AK, SK, closeServer } from "./helpers.js";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(store?: UploadStore) {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-disk-"));
  const started = await startReferenceServer({ dataDir, buckets: ["bucket01"], accessKey: AK, secretKey: SK, store: store ?? new UploadStore(dataDir) }, 0);
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }), () => closeServer(started.server));
  // One attempt: the test wants to see the 503 itself, not the client's retries.
  const client = new ObsClient({ endpoint: started.url, credentials: { accessKeyId: AK, secretAccessKey: SK }, signatureVersion: "v4", addressing: "path", maxAttempts: 1 });
  return { ...started, dataDir, client };
}

const upload = (client: ObsClient, key: string) => client.initiateMultipartUpload({ bucket: "bucket01", key });

describe("the reference server when the disk fails", () => {
  it("answers 503 ServiceUnavailable while the data dir is unwritable, acknowledges nothing, and recovers", async () => {
    const { client, dataDir, store } = await start();
    writeFileSync(join(dataDir, "uploads"), "not a directory"); // every write now fails with ENOTDIR, even for root
    const error = await upload(client, "lost").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ObsError);
    expect(error).toMatchObject({ code: "ServiceUnavailable", statusCode: 503 });
    rmSync(join(dataDir, "uploads"));
    expect(await store.list("bucket01")).toEqual([]);

    const out = await upload(client, "kept");
    expect((await store.list("bucket01")).map((record) => [record.key, record.uploadId])).toEqual([["kept", out.uploadId]]);
  });

  it("answers 503 while the disk is full, leaves no partial file, and recovers when space returns", async () => {
    let full = true;
    const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
    // node:fs/promises, but a file's writes fail as on a full disk while `full` is set.
    const fullDisk: typeof nodeFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        const writeFile = handle.writeFile.bind(handle);
        handle.writeFile = (async (...rest: Parameters<typeof handle.writeFile>) => {
          if (full) throw enospc();
          return writeFile(...rest);
        }) as typeof handle.writeFile;
        return handle;
      }) as typeof nodeFs.open,
    };
    const dataDir = mkdtempSync(join(tmpdir(), "obs-disk-full-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const { client, store } = await start(new UploadStore(dataDir, fullDisk));

    for (const key of ["a", "b", "c"]) await expect(upload(client, key)).rejects.toMatchObject({ code: "ServiceUnavailable", statusCode: 503 });
    expect(readdirSync(join(dataDir, "uploads/bucket01"))).toEqual([]);
    expect(await store.list("bucket01")).toEqual([]);

    full = false;
    const out = await upload(client, "after");
    expect((await store.list("bucket01")).map((record) => record.uploadId)).toEqual([out.uploadId]);
  });

  it("retries a 503 from the client by default, and succeeds once the disk recovers", async () => {
    const { dataDir, url, store } = await start();
    writeFileSync(join(dataDir, "uploads"), "not a directory");
    const client = new ObsClient({ endpoint: url, credentials: { accessKeyId: AK, secretAccessKey: SK }, signatureVersion: "v4", addressing: "path", retryDelayMs: 200, maxAttempts: 5 });
    const pending = upload(client, "eventually");
    setTimeout(() => rmSync(join(dataDir, "uploads")), 30);
    const out = await pending;
    expect((await store.list("bucket01")).map((record) => record.uploadId)).toEqual([out.uploadId]);
  });
});

describe("group commit of the directory", () => {
  it("lets concurrent saves share directory fsyncs, and every save is on disk when it resolves", async () => {
    let directorySyncs = 0;
    const counting: typeof nodeFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        if (args[1] === "r") {
          const sync = handle.sync.bind(handle);
          handle.sync = async () => {
            directorySyncs++;
            return sync();
          };
        }
        return handle;
      }) as typeof nodeFs.open,
    };
    const dataDir = mkdtempSync(join(tmpdir(), "obs-group-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const store = new UploadStore(dataDir, counting);
    const ids = Array.from({ length: 50 }, (_, i) => i.toString(16).toUpperCase().padStart(32, "0"));
    await Promise.all(ids.map((uploadId) => store.save({ bucket: "bucket01", key: uploadId, uploadId, initiatedAt: "", headers: {}, metadata: {} })));
    expect((await store.list("bucket01")).map((record) => record.uploadId).sort()).toEqual(ids);
    expect(directorySyncs).toBeGreaterThan(0);
    expect(directorySyncs).toBeLessThan(ids.length);
  });
});
