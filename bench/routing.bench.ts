import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { signV4 } from "@obs-toolkit/signing";
import type { ObsHandlers, ObsHttpRequest, ObsServer } from "@obs-toolkit/server";
import { BENCH_AK, BENCH_SK } from "./serve.js";
import { fmt, median, ROOT, type Row } from "./lib.js";

type Core = (options: object, routes: readonly object[], settings: object) => ObsServer;

/** The six operations the spec began with: the multipart family's. */
const FIRST_SIX = [
  "initiateMultipartUploadRoute",
  "uploadPartRoute",
  "uploadPartCopyRoute",
  "completeMultipartUploadRoute",
  "abortMultipartUploadRoute",
  "listPartsRoute",
];

/** Every route the generated server package defines, by its constant's name (dist/operations/*.js). */
async function generatedRoutes(): Promise<Map<string, object>> {
  const dir = join(ROOT, "generated/server/dist/operations");
  const routes = new Map<string, object>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".js"))) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (name.endsWith("Route") && value !== null && typeof value === "object") routes.set(name, value);
  }
  return routes;
}

/** Requests/s of `handle` for one signed request, over `ms` (after a warm-up), in this process. */
async function rate(server: ObsServer, request: ObsHttpRequest, ms: number): Promise<number> {
  for (let i = 0; i < 5_000; i++) await server.handle(request);
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (let i = 0; i < 1_000; i++) await server.handle(request);
    count += 1_000;
  }
  return (count * 1000) / (performance.now() - started);
}

/**
 * Whether routing stays flat as the spec grows: the server stub's runtime core built with the
 * six multipart routes and with every route of the spec, the same signed Initiate Multipart
 * Upload handled in turn by each (in process, so only the stub's own work is timed), slices
 * alternating, the median ratio reported.
 */
export async function routingRows(): Promise<Row[]> {
  const core = (await import(pathToFileURL(join(ROOT, "generated/server/dist/runtime/core.js")).href)) as {
    createServerCore: Core;
  };
  const all = await generatedRoutes();
  const six = FIRST_SIX.map((name) => all.get(name)).filter((route): route is object => route !== undefined);
  if (six.length !== 6) throw new Error("the generated server no longer has the six multipart routes");
  const handlers: Partial<ObsHandlers> = {
    initiateMultipartUpload: async (input) => ({ bucket: input.bucket, key: input.key, uploadId: "0".repeat(32) }),
  };
  const options = {
    handlers,
    credentials: (ak: string) => (ak === BENCH_AK ? { secretAccessKey: BENCH_SK } : undefined),
  };
  const settings = {
    maxClockSkewSeconds: 900,
    service: "s3",
    subResources: ["uploads", "uploadId", "partNumber", "acl"],
  };
  const servers = {
    six: core.createServerCore(options, six, settings),
    all: core.createServerCore(options, [...all.values()], settings),
  };
  const host = "127.0.0.1:9000";
  const signed = signV4(
    { method: "POST", path: "/bucket01/objectkey", query: [["uploads", ""]], headers: { host } },
    { accessKeyId: BENCH_AK, secretAccessKey: BENCH_SK },
    "us-east-1",
    "s3",
    new Date(),
  );
  const request: ObsHttpRequest = { method: "POST", url: "/bucket01/objectkey?uploads", headers: signed.headers };
  if ((await servers.all.handle(request)).status !== 200)
    throw new Error("the routing bench's request is not answered 200");
  const ratios: number[] = [];
  const rates = { six: [] as number[], all: [] as number[] };
  for (let slice = 0; slice < 8; slice++) {
    const six = await rate(servers.six, request, 250);
    const every = await rate(servers.all, request, 250);
    rates.six.push(six);
    rates.all.push(every);
    ratios.push(every / six);
  }
  return [
    {
      what: `server stub in process (V4 auth + validation), Initiate Multipart Upload: ${all.size} routes vs 6`,
      figure: `${fmt(median(rates.all))} req/s`,
      baseline: `6 routes: ${fmt(median(rates.six))} req/s`,
      ratio: median(ratios),
      target: "≥ 0.9× (routing stays flat)",
      met: median(ratios) >= 0.9,
    },
  ];
}
