import type { Server } from "node:http";
import { createObsHttpServer, createObsServer, type ObsHandlers } from "@obs-toolkit/server";
import { bucketHandlers } from "./handlers/buckets.js";
import { configurationHandlers } from "./handlers/configuration.js";
import { multipartHandlers } from "./handlers/multipart.js";
import { objectHandlers } from "./handlers/objects.js";
import { ReferenceStore } from "./store.js";

export interface ReferenceServerOptions {
  dataDir: string;
  /** The store to use instead of one on `dataDir` (tests pass one with a failing file system). */
  store?: ReferenceStore;
  /** Buckets created at start (if missing); others are created with PUT Bucket. */
  buckets: string[];
  accessKey: string;
  secretKey: string;
  /** Domains for virtual-hosted requests (`bucket01.obs.example.com`). */
  domains?: string[];
  /** Where buckets are created (the LocationConstraint PUT Bucket accepts). Default us-east-1. */
  region?: string;
  log?: (line: string) => void;
}

/** The reference backend: the generated server stub with handlers that keep buckets, objects and uploads durably. */
export function createReferenceHandlers(store: ReferenceStore, region = "us-east-1"): ObsHandlers {
  return {
    ...bucketHandlers(store, region),
    ...configurationHandlers(store),
    ...objectHandlers(store),
    ...multipartHandlers(store),
  };
}

/** Starts the reference server on `host:port` (port 0 picks a free one). */
export async function startReferenceServer(
  options: ReferenceServerOptions,
  port: number,
  host = "127.0.0.1",
): Promise<{ server: Server; url: string; store: ReferenceStore }> {
  const store = options.store ?? new ReferenceStore(options.dataDir);
  await store.recover();
  const region = options.region ?? "us-east-1";
  for (const name of options.buckets)
    await store.createBucket({ name, createdAt: new Date().toISOString(), owner: options.accessKey, region });
  const obs = createObsServer({
    handlers: createReferenceHandlers(store, region),
    credentials: (accessKeyId) =>
      accessKeyId === options.accessKey ? { secretAccessKey: options.secretKey } : undefined,
    domains: options.domains,
  });
  const log = options.log;
  const server = createObsHttpServer(obs, {
    onResponse: log
      ? (method, url, status, ms) => log(`${new Date().toISOString()} ${method} ${url} ${status} ${ms.toFixed(1)}ms`)
      : undefined,
  });
  server.on("close", () => void store.close());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}`, store };
}
