import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ObsClient } from "@obs-toolkit/client";
import { startScript, type ReadyChild } from "../bench/child-process.js";
import { ReferenceStore } from "../reference/store.js";

const root = join(import.meta.dirname, "..");
const MiB = 1024 * 1024;

/**
 * kill -9 while a Complete Multipart Upload runs: after a restart the upload is either completed
 * (the object there, the upload and its parts gone) or still listed with every part, never half.
 */
describe("a crash in the middle of Complete Multipart Upload", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-crash-"));
  // Every server started is stopped at the end, even one a failed expectation left running.
  const started: ReadyChild[] = [];
  afterAll(async () => {
    await Promise.all(started.map((server) => server.stop("SIGKILL")));
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = async () => {
    const server = await startScript(
      root,
      "reference/cli.ts",
      [
        "--port",
        "0",
        "--data-dir",
        dataDir,
        "--bucket",
        "bucket01",
        "--access-key",
        "AK",
        "--secret-key",
        "SK",
        "--quiet",
      ],
      /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    );
    started.push(server);
    return server;
  };

  it("leaves each upload completed or untouched, whenever the kill lands", async () => {
    const outcomes = { completed: 0, untouched: 0 };
    // Kill delays from before the request is read to after it is answered; bounded in count.
    for (const [round, delay] of [0, 10, 40, 150, 500, 2000].entries()) {
      const server = await start();
      const client = new ObsClient({
        endpoint: server.match[1] ?? "",
        credentials: { accessKeyId: "AK", secretAccessKey: "SK" },
        signatureVersion: "v4",
        addressing: "path",
        maxAttempts: 1,
      });
      const key = `crash-${round}`;
      const { uploadId } = await client.initiateMultipartUpload({ bucket: "bucket01", key });
      const parts = [];
      for (let n = 1; n <= 3; n++)
        parts.push({
          partNumber: n,
          eTag: (
            await client.uploadPart({
              bucket: "bucket01",
              key,
              uploadId,
              partNumber: n,
              body: new Uint8Array(5 * MiB).fill(n),
            })
          ).eTag,
        });
      const completing = client
        .completeMultipartUpload({ bucket: "bucket01", key, uploadId, parts })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await server.stop("SIGKILL");
      const answered = await completing;

      const store = new ReferenceStore(dataDir);
      await store.recover();
      const object = store.getObject("bucket01", key);
      const upload = store.getUpload("bucket01", key, uploadId);
      const listed = store.listParts(uploadId, 0, 10).parts;
      if (object) {
        outcomes.completed++;
        expect(upload).toBeUndefined();
        expect(listed).toEqual([]);
        expect(object.size).toBe(15 * MiB);
        for (const piece of object.pieces) expect(existsSync(join(dataDir, piece.file ?? ""))).toBe(true);
      } else {
        outcomes.untouched++;
        // A 200 is only ever sent for a completed upload.
        expect(answered).toBeUndefined();
        expect(upload?.uploadId).toBe(uploadId);
        expect(listed.map((p) => p.partNumber)).toEqual([1, 2, 3]);
        for (const part of listed) expect(existsSync(join(dataDir, part.file))).toBe(true);
      }
      // No file that no record names survives the restart (a half-written part, parts left out of a completed upload).
      const objects = [0, 1, 2, 3, 4, 5].flatMap((n) =>
        (store.getObject("bucket01", `crash-${n}`)?.pieces ?? []).flatMap((piece) => piece.file ?? []),
      );
      const named = new Set([
        ...store.uploadsOf("bucket01").flatMap((u) => store.listParts(u.uploadId, 0, 10).parts.map((p) => p.file)),
        ...objects,
      ]);
      for (const name of readdirSync(join(dataDir, "parts"))) expect(named.has(join("parts", name))).toBe(true);
      await store.close();
    }
    // The delays span both sides of the commit.
    expect(outcomes.completed + outcomes.untouched).toBe(6);
    expect(outcomes.untouched).toBeGreaterThan(0);
    expect(outcomes.completed).toBeGreaterThan(0);
  }, 120_000);

  it("leaves each copy whole or absent, and the source untouched, whenever the kill lands", async () => {
    const outcomes = { copied: 0, absent: 0 };
    const source = new Uint8Array(24 * MiB).map((_, i) => i % 251);
    const sourceMd5 = createHash("md5").update(source).digest("hex");
    for (const [round, delay] of [0, 30, 120, 400, 3000].entries()) {
      const server = await start();
      const client = new ObsClient({
        endpoint: server.match[1] ?? "",
        credentials: { accessKeyId: "AK", secretAccessKey: "SK" },
        signatureVersion: "v4",
        addressing: "path",
        maxAttempts: 1,
      });
      if (round === 0) await client.putObject({ bucket: "bucket01", key: "copy-source", body: source });
      const copying = client
        .copyObject({ bucket: "bucket01", key: `copy-${round}`, copySource: "/bucket01/copy-source" })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await server.stop("SIGKILL");
      const answered = await copying;

      const store = new ReferenceStore(dataDir);
      await store.recover();
      expect(store.getObject("bucket01", "copy-source")?.etag).toBe(sourceMd5);
      const copy = store.getObject("bucket01", `copy-${round}`);
      if (copy) {
        outcomes.copied++;
        expect([copy.size, copy.etag]).toEqual([source.length, sourceMd5]);
        for (const piece of copy.pieces) expect(existsSync(join(dataDir, piece.file ?? ""))).toBe(true);
      } else {
        outcomes.absent++;
        // A 200 is only ever sent for a copy that is on disk.
        expect(answered).toBeUndefined();
      }
      // No object file that no record names survives the restart (a copy half-written).
      const named = new Set(
        ["copy-source", ...[0, 1, 2, 3, 4].map((n) => `copy-${n}`)].flatMap((key) =>
          (store.getObject("bucket01", key)?.pieces ?? []).flatMap((piece) => piece.file ?? []),
        ),
      );
      for (const name of readdirSync(join(dataDir, "objects"))) expect(named.has(join("objects", name))).toBe(true);
      await store.close();
    }
    expect(outcomes.copied + outcomes.absent).toBe(5);
    expect(outcomes.absent).toBeGreaterThan(0);
    expect(outcomes.copied).toBeGreaterThan(0);
  }, 120_000);
});
