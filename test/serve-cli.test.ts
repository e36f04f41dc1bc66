import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { ReferenceStore } from "../reference/store.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { ObsClient } from "@obs-toolkit/client";
import { signV2, V2_SUBRESOURCES } from "@obs-toolkit/signing";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("npm run serve", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-cli-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts on 127.0.0.1, prints its address, serves repeated --bucket flags and --domain, and logs one line per request", async () => {
    // The same command as `npm run serve --`, without npm's own output; port 0 picks a free port.
    const child = spawn(
      join(root, "node_modules/.bin/tsx"),
      [
        "reference/cli.ts",
        "--port",
        "0",
        "--data-dir",
        dataDir,
        "--bucket",
        "bucket01",
        "--bucket",
        "bucket02",
        "--access-key",
        "AK",
        "--secret-key",
        "SK",
        "--domain",
        "obs.example.com",
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 20_000;
      while (!/listening on http:\/\/127\.0\.0\.1:\d+/.test(output) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      expect(url).toBeDefined();
      const client = new ObsClient({
        endpoint: url ?? "",
        credentials: { accessKeyId: "AK", secretAccessKey: "SK" },
        signatureVersion: "v4",
        addressing: "path",
      });
      const first = await client.initiateMultipartUpload({ bucket: "bucket01", key: "a" });
      const second = await client.initiateMultipartUpload({ bucket: "bucket02", key: "b" });
      await expect(client.initiateMultipartUpload({ bucket: "bucket03", key: "c" })).rejects.toMatchObject({
        code: "NoSuchBucket",
        statusCode: 404,
      });
      // --domain: a virtual-hosted request, bucket in the Host header.
      const host = "bucket01.obs.example.com";
      const signed = signV2(
        {
          method: "POST",
          path: "/hosted",
          query: [["uploads", ""]],
          headers: { host, date: new Date().toUTCString() },
        },
        { accessKeyId: "AK", secretAccessKey: "SK" },
        "/bucket01",
        V2_SUBRESOURCES,
      );
      const hosted = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${url}/hosted?uploads`, { method: "POST", headers: signed.headers }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
      expect(hosted.status).toBe(200);
      expect(hosted.body).toContain("<Bucket>bucket01</Bucket><Key>hosted</Key>");
      const hostedId = /<UploadId>([0-9A-F]{32})<\/UploadId>/.exec(hosted.body)?.[1];
      // The server's store, read from this process too (lmdb allows several).
      const store = new ReferenceStore(dataDir);
      expect(
        store
          .uploadsOf("bucket01")
          .map((record) => record.uploadId)
          .sort(),
      ).toEqual([first.uploadId, hostedId].sort());
      expect(store.uploadsOf("bucket02").map((record) => record.uploadId)).toEqual([second.uploadId]);
      await store.close();
      const deadlineLog = Date.now() + 5_000;
      while (output.split("\n").filter((line) => line.includes(" POST /")).length < 4 && Date.now() < deadlineLog)
        await new Promise((r) => setTimeout(r, 20));
      const logLines = output.split("\n").filter((line) => line.includes(" POST /"));
      expect(logLines).toHaveLength(4);
      expect(logLines[2]).toMatch(/POST \/bucket03\/c\?uploads 404 /);
      expect(logLines[3]).toMatch(/POST \/hosted\?uploads 200 /);
    } finally {
      child.kill();
    }
  });

  it("refuses to start without its required flags", async () => {
    const child = spawn(join(root, "node_modules/.bin/tsx"), ["reference/cli.ts", "--port", "0"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("usage: npm run serve");
  });
});
