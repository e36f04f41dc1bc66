import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { startReferenceServer } from "../reference/reference-server.js";
import type { ReferenceStore } from "../reference/store.js";

export const AK = "AKIAIOSFODNN7EXAMPLE";
export const SK = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

/** A reference server on a free 127.0.0.1 port with a fresh data dir; `stop` removes both. */
export async function referenceServer(domains: string[] = []) {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-ref-"));
  const started = await startReferenceServer({ dataDir, buckets: ["bucket01"], accessKey: AK, secretKey: SK, domains }, 0);
  return {
    ...started,
    dataDir,
    stop: async () => {
      await closeServer(started.server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A completed object's bytes, read back through the store. */
export async function objectBytes(store: ReferenceStore, bucket: string, key: string): Promise<Buffer | undefined> {
  const object = store.getObject(bucket, key);
  if (!object) return undefined;
  const pieces: Buffer[] = [];
  for await (const piece of store.openObject(object)) pieces.push(piece);
  return Buffer.concat(pieces);
}
