import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { ObsClient, type ObsClientConfig } from "@obs-toolkit/client";
import { startReferenceServer, type ReferenceServerOptions } from "../reference/reference-server.js";
import type { ReferenceStore } from "../reference/store.js";
import S3rver from "s3rver";

export const AK = "AKIAIOSFODNN7EXAMPLE";
export const SK = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

/**
 * A reference server on a free 127.0.0.1 port with a fresh data dir, owned by AK/SK, with bucket01
 * unless `options` say otherwise; `stop` removes both.
 */
export async function referenceServer(options: Partial<Omit<ReferenceServerOptions, "dataDir">> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-ref-"));
  const started = await startReferenceServer(
    { buckets: ["bucket01"], accessKey: AK, secretKey: SK, ...options, dataDir },
    0,
  );
  return {
    ...started,
    dataDir,
    stop: async () => {
      await closeServer(started.server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** @aws-sdk/client-s3, path-style, signing as the server's owner unless given other keys; `config` adds to it. */
export function s3Client(
  endpoint: string,
  accessKeyId = AK,
  secretAccessKey = SK,
  config: Partial<S3ClientConfig> = {},
): S3Client {
  return new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
    ...config,
  });
}

/** The generated client, path-style and V4-signed as the server's owner unless `config` says otherwise. */
export function obsClient(endpoint: string, config: Partial<ObsClientConfig> = {}): ObsClient {
  return new ObsClient({
    endpoint,
    credentials: { accessKeyId: AK, secretAccessKey: SK },
    signatureVersion: "v4",
    addressing: "path",
    ...config,
  });
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
  const stream = await store.openObject(object);
  if (!stream) return undefined;
  for await (const piece of stream) pieces.push(Buffer.from(piece));
  return Buffer.concat(pieces);
}

/** s3rver on a free 127.0.0.1 port with bucket01, in a fresh folder; `stop` closes it and removes the folder. */
export async function s3rverServer() {
  const directory = mkdtempSync(join(tmpdir(), "s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: "bucket01", configs: [] }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Polls `check` every 25 ms until it holds or `ms` pass (400 polls at most); answers whether it
 * held. For what a background task (a lifecycle sweep, a restore) makes true in time.
 */
export async function eventually(check: () => Promise<boolean>, ms = 5_000): Promise<boolean> {
  const until = Date.now() + ms;
  for (let tries = 0; tries < 400 && Date.now() < until; tries++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}
