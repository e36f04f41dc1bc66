import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ObsClient, ObsError } from "@obs-toolkit/client";
import { startReferenceServer } from "../reference/reference-server.js";
import { ReferenceStore } from "../reference/store.js";
import { AK, SK, closeServer } from "./helpers.js";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir = mkdtempSync(join(tmpdir(), "obs-disk-")), store?: ReferenceStore, maxAttempts = 1) {
  const started = await startReferenceServer(
    { dataDir, buckets: ["bucket01"], accessKey: AK, secretKey: SK, store: store ?? new ReferenceStore(dataDir) },
    0,
  );
  cleanups.push(
    () => rmSync(dataDir, { recursive: true, force: true }),
    () => closeServer(started.server),
  );
  // One attempt by default: the test wants to see the 503 itself, not the client's retries.
  const client = new ObsClient({
    endpoint: started.url,
    credentials: { accessKeyId: AK, secretAccessKey: SK },
    signatureVersion: "v4",
    addressing: "path",
    maxAttempts,
    retryDelayMs: 200,
  });
  const { uploadId } = await client.initiateMultipartUpload({ bucket: "bucket01", key: "k" });
  const put = (body: string) => client.uploadPart({ bucket: "bucket01", key: "k", uploadId, partNumber: 1, body });
  const parts = () => started.store.listParts(uploadId, 0, 10).parts;
  return { ...started, dataDir, client, put, parts };
}

describe("the reference server when the disk fails", () => {
  it("answers 503 ServiceUnavailable while the data dir is unwritable, acknowledges nothing, and recovers", async () => {
    const { dataDir, put, parts } = await start();
    writeFileSync(join(dataDir, "parts"), "not a directory"); // every part write now fails with ENOTDIR, even for root
    const error = await put("lost").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ObsError);
    expect(error).toMatchObject({ code: "ServiceUnavailable", statusCode: 503 });
    rmSync(join(dataDir, "parts"));
    expect(parts()).toEqual([]);

    const out = await put("kept");
    expect(parts().map((part) => `"${part.etag}"`)).toEqual([out.eTag]);
  });

  it("answers 503 while the disk is full, leaves no partial file, and recovers when space returns", async () => {
    let full = true;
    const enospc = () =>
      Object.assign(new Error("ENOSPC: no space left on device, write"), {
        code: "ENOSPC",
        errno: -28,
        syscall: "write",
      });
    // node:fs/promises, but a file's writes fail as on a full disk while `full` is set.
    const fullDisk: typeof nodeFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        const write = handle.write.bind(handle) as (...rest: unknown[]) => Promise<unknown>;
        handle.write = (async (...rest: unknown[]) => {
          if (full) throw enospc();
          return write(...rest);
        }) as typeof handle.write;
        return handle;
      }) as typeof nodeFs.open,
    };
    const dataDir = mkdtempSync(join(tmpdir(), "obs-disk-full-"));
    const { put, parts } = await start(dataDir, new ReferenceStore(dataDir, fullDisk));

    for (const body of ["a", "b", "c"])
      await expect(put(body)).rejects.toMatchObject({ code: "ServiceUnavailable", statusCode: 503 });
    expect(readdirSync(join(dataDir, "parts"))).toEqual([]);
    expect(parts()).toEqual([]);

    full = false;
    const out = await put("after");
    expect(parts().map((part) => `"${part.etag}"`)).toEqual([out.eTag]);
  });

  it("retries a 503 from the client by default, and succeeds once the disk recovers", async () => {
    const { dataDir, put, parts } = await start(undefined, undefined, 5);
    writeFileSync(join(dataDir, "parts"), "not a directory");
    const pending = put("eventually");
    setTimeout(() => rmSync(join(dataDir, "parts")), 30);
    const out = await pending;
    expect(parts().map((part) => `"${part.etag}"`)).toEqual([out.eTag]);
  });
});
