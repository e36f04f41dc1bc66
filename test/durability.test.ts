import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ObsClient } from "@obs-toolkit/client";
import { startReferenceServer } from "../reference/reference-server.js";
import { AK, SK, closeServer } from "./helpers.js";

describe("reference server durability", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-durable-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps every acknowledged upload and part across a restart, and removes files no record names", async () => {
    const options = { dataDir, buckets: ["bucket01"], accessKey: AK, secretKey: SK };
    const first = await startReferenceServer(options, 0);
    const client = new ObsClient({
      endpoint: first.url,
      credentials: { accessKeyId: AK, secretAccessKey: SK, securityToken: "federated-token" },
      signatureVersion: "v2",
      addressing: "path",
    });
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await client.initiateMultipartUpload({ bucket: "bucket01", key: `k${i}`, metadata: { n: String(i) } }))
          .uploadId,
      );
    const part = await client.uploadPart({
      bucket: "bucket01",
      key: "k0",
      uploadId: ids[0] ?? "",
      partNumber: 1,
      body: "part one",
    });
    await closeServer(first.server);
    // What a crash between writing a part and recording it leaves behind.
    mkdirSync(join(dataDir, "parts"), { recursive: true });
    writeFileSync(join(dataDir, "parts/ORPHAN-1-000000000000"), "half");

    const second = await startReferenceServer(options, 0);
    const records = second.store.uploadsOf("bucket01");
    expect(records.map((r) => r.uploadId).sort()).toEqual([...ids].sort());
    expect(records.find((r) => r.key === "k3")?.metadata).toEqual({ n: "3" });
    expect(second.store.listParts(ids[0] ?? "", 0, 10).parts.map((p) => `"${p.etag}"`)).toEqual([part.eTag]);
    // x-obs-sensitive members (the security token here) are never written.
    expect(JSON.stringify(records)).not.toContain("federated-token");
    expect(existsSync(join(dataDir, "parts/ORPHAN-1-000000000000"))).toBe(false);
    await closeServer(second.server);
  });
});
