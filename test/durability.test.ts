import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ObsClient } from "@obs-toolkit/client";
import { startReferenceServer } from "../reference/reference-server.js";
import { AK, SK, closeServer } from "./helpers.js";

describe("reference server durability", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-durable-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps every acknowledged upload across a restart and cleans half-written records", async () => {
    const options = { dataDir, buckets: ["bucket01"], accessKey: AK, secretKey: SK };
    const first = await startReferenceServer(options, 0);
    const client = new ObsClient({ endpoint: first.url, credentials: { accessKeyId: AK, secretAccessKey: SK, securityToken: "federated-token" }, signatureVersion: "v2", addressing: "path" });
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await client.initiateMultipartUpload({ bucket: "bucket01", key: `k${i}`, metadata: { n: String(i) } })).uploadId);
    await closeServer(first.server);
    // What a crash between write and rename leaves behind.
    writeFileSync(join(dataDir, "uploads/bucket01/0123456789ABCDEF0123456789ABCDEF.json.999.tmp"), "{half");

    const second = await startReferenceServer(options, 0);
    const records = await second.store.list("bucket01");
    expect(records.map((r) => r.uploadId).sort()).toEqual([...ids].sort());
    expect(records.find((r) => r.key === "k3")?.metadata).toEqual({ n: "3" });
    // x-obs-sensitive members (the security token here) are never written.
    expect(JSON.stringify(records)).not.toContain("federated-token");
    expect(readdirSync(join(dataDir, "uploads/bucket01")).some((name) => name.endsWith(".tmp"))).toBe(false);
    await closeServer(second.server);
  });
});
