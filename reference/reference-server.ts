import type { Server } from "node:http";
import { createObsHttpServer, createObsServer, type ObsHandlers } from "@obs-toolkit/server";
import { accessControl } from "./access/guard.js";
import { accessHandlers } from "./handlers/access.js";
import { corsHandlers } from "./handlers/cors.js";
import { lifecycleHandlers } from "./handlers/lifecycle.js";
import { wormHandlers } from "./handlers/worm.js";
import { integrationHandlers } from "./handlers/integrations.js";
import { restoreHandlers, type RestoreTiming } from "./handlers/restore.js";
import { startLifecycleSweeps } from "./sweeps/lifecycle.js";
import { corsAnswerHeaders } from "./access/cors.js";
import { bucketHandlers } from "./handlers/buckets.js";
import { configurationHandlers } from "./handlers/configuration.js";
import { multipartHandlers } from "./handlers/multipart.js";
import { objectHandlers } from "./handlers/objects.js";
import { postHandlers, type PostAccess } from "./handlers/post.js";
import { ReferenceStore } from "./store.js";
import { listenOn } from "../gateway/lifecycle.js";

export interface ReferenceServerOptions {
  dataDir: string;
  /** The store to use instead of one on `dataDir` (tests pass one with a failing file system). */
  store?: ReferenceStore;
  /** Buckets created at start (if missing); others are created with PUT Bucket. */
  buckets: string[];
  /** The first user: `--bucket` buckets are its. */
  accessKey: string;
  secretKey: string;
  /** More users (access key and secret), each its own owner of what it creates. */
  users?: Array<{ accessKey: string; secretKey: string }>;
  /** Domains for virtual-hosted requests (`bucket01.obs.example.com`). */
  domains?: string[];
  /** Where buckets are created (the LocationConstraint PUT Bucket accepts). Default us-east-1. */
  region?: string;
  /**
   * The lifecycle sweeps: how long a lifecycle "day" is (default 24 hours; tests shorten it, as
   * Ceph RGW's rgw_lc_debug_interval does) and how often the rules run (default a minute).
   */
  lifecycle?: { dayMs?: number | undefined; intervalMs?: number | undefined } | undefined;
  /** How long a Cold object's restore takes, whatever its tier (default the page's times by tier). */
  restoreMs?: number | undefined;
  log?: (line: string) => void;
}

/**
 * The reference backend's handlers, which keep buckets, objects and uploads durably. `knownUser`
 * says which access keys a grant may name. Access control is the server's `authorize` stage
 * (access/guard.ts), ahead of them.
 */
export function createReferenceHandlers(
  store: ReferenceStore,
  region = "us-east-1",
  knownUser: (id: string) => boolean = () => true,
  timing: RestoreTiming = { dayMs: 86_400_000 },
  post: PostAccess = { secretOf: () => undefined, demand: accessControl(store).demand },
): ObsHandlers {
  return {
    ...bucketHandlers(store, region),
    ...configurationHandlers(store),
    ...accessHandlers(store, knownUser),
    ...corsHandlers(store),
    ...lifecycleHandlers(store),
    ...wormHandlers(store),
    ...integrationHandlers(store),
    ...restoreHandlers(store, timing),
    ...objectHandlers(store),
    ...postHandlers(store, post),
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
  const secrets = new Map([
    [options.accessKey, options.secretKey],
    ...(options.users ?? []).map((user): [string, string] => [user.accessKey, user.secretKey]),
  ]);
  const access = accessControl(store);
  const obs = createObsServer({
    handlers: createReferenceHandlers(
      store,
      region,
      (id) => secrets.has(id),
      { dayMs: options.lifecycle?.dayMs ?? 86_400_000, restoreMs: options.restoreMs },
      { secretOf: (id) => secrets.get(id), demand: access.demand },
    ),
    credentials: (accessKeyId) => {
      const secretAccessKey = secrets.get(accessKeyId);
      return secretAccessKey === undefined ? undefined : { secretAccessKey };
    },
    // Unsigned requests reach access control, which lets them through where an ACL or a policy
    // allows everyone, and answers AccessDenied elsewhere.
    allowAnonymous: true,
    // Every request passes the ACLs and the bucket's policy before it is validated or its body read.
    authorize: access.authorize,
    domains: options.domains,
    // A request from a page on another origin gets the CORS headers of the bucket's first rule that allows it.
    answerHeaders: ({ method, bucket, headers }) =>
      method === "OPTIONS" || bucket === undefined
        ? undefined
        : corsAnswerHeaders(store.getBucket(bucket)?.cors, headers["origin"], method),
  });
  const log = options.log;
  const server = createObsHttpServer(obs, {
    onResponse: log
      ? (method, url, status, ms) => log(`${new Date().toISOString()} ${method} ${url} ${status} ${ms.toFixed(1)}ms`)
      : undefined,
  });
  const sweeps = startLifecycleSweeps(
    store,
    { dayMs: options.lifecycle?.dayMs ?? 86_400_000, now: () => new Date() },
    options.lifecycle?.intervalMs ?? 60_000,
  );
  // The sweeps stop before the store closes: a pass in flight finishes first.
  server.on("close", () => void sweeps.stop().then(() => store.close()));
  return { server, url: await listenOn(server, port, host), store };
}
