import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { sha256Hex, UNSIGNED_PAYLOAD } from "@obs-toolkit/signing";
import { startScript } from "./child-process.js";
import { fmt, ROOT, signedHeaders, startTarget, type Endpoint, type Row } from "./lib.js";
import { BENCH_AK, BENCH_SK } from "./serve.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 64;
const MiB = 1024 * 1024;
/** The large object: 1 GiB, or 512 MiB on Ceph, whose one-node test cluster keeps 2 GiB in memory (a full one stops writing). */
const largeMib = (onCeph: boolean) => Number(process.env.BENCH_LARGE_MIB ?? (onCeph ? 512 : 1024));
const SMALL = randomBytes(4096);
/** The part streamed through a gateway for its memory: S3's largest, 5 GiB. */
const PART_GIB = Number(process.env.BENCH_PART_GIB ?? 5);
const GATEWAY_USER = { accessKeyId: "BENCHGATEWAY", secretAccessKey: "bench-gateway-secret" };
const CEPH_TOOL = join(ROOT, "../shared/tools/ceph-rgw.sh");

/**
 * The backend: the Ceph RGW `OBS_BENCH_CEPH` names (`http://127.0.0.1:7480 AK SK`), else one started
 * with ../shared/tools/ceph-rgw.sh when it is there, else the reference server (named so in the rows).
 */
async function backend(): Promise<Endpoint & { name: string; stop(): Promise<void> }> {
  const named = process.env["OBS_BENCH_CEPH"];
  const [url = "", accessKeyId = "", secretAccessKey = ""] = (named ?? "").trim().split(/\s+/);
  if (named && URL.canParse(url))
    return {
      name: "Ceph RGW",
      port: Number(new URL(url).port),
      credentials: { accessKeyId, secretAccessKey },
      stop: async () => undefined,
    };
  if (existsSync(CEPH_TOOL)) {
    const run = promisify(execFile);
    const dir = mkdtempSync(join(tmpdir(), "bench-ceph-"));
    // A start that fails midway leaves daemons behind: they are stopped, and the start tried once more.
    const start = () => run("bash", [CEPH_TOOL, "start", dir, "17481", "16791"]);
    const { stdout } = await start().catch(async () => {
      await run("bash", [CEPH_TOOL, "stop", dir]);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      return start();
    });
    const [started = "", ak = "", sk = ""] = stdout.trim().split("\n").at(-1)?.split(/\s+/) ?? [];
    return {
      name: "Ceph RGW",
      port: Number(new URL(started).port),
      credentials: { accessKeyId: ak, secretAccessKey: sk },
      stop: async () => {
        await run("bash", [CEPH_TOOL, "stop", dir]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "bench-gw-ref-"));
  const target = await startTarget("reference", dir);
  return {
    name: "the reference server (no Ceph RGW here)",
    port: target.port,
    credentials: { accessKeyId: BENCH_AK, secretAccessKey: BENCH_SK },
    stop: async () => {
      await target.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `npm run serve -- --backend …` (quiet) in a process of its own. */
async function gateway(storage: Endpoint) {
  const started = await startScript(
    ROOT,
    join(ROOT, "reference/cli.ts"),
    [
      ...["--port", "0", "--quiet"],
      ...["--access-key", GATEWAY_USER.accessKeyId, "--secret-key", GATEWAY_USER.secretAccessKey],
      ...["--backend", `http://127.0.0.1:${storage.port}`],
      ...["--backend-access-key", storage.credentials.accessKeyId],
      ...["--backend-secret-key", storage.credentials.secretAccessKey],
    ],
    /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  return {
    port: Number(started.match[1]),
    credentials: GATEWAY_USER,
    /** The process's peak memory so far (VmHWM), in MiB. */
    peakMiB: () =>
      Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${started.child.pid}/status`, "utf8"))?.[1]) / 1024,
    stop: () => started.stop(),
  };
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
}

/** autocannon with one signed request replayed, at `connections`, against each target at once; the sum. */
async function load(
  targets: Endpoint[],
  method: "PUT" | "GET",
  path: string,
  connections = CONNECTIONS,
): Promise<Load> {
  const results = await Promise.all(
    targets.map((target) =>
      autocannon({
        url: `http://127.0.0.1:${target.port}${path}`,
        method,
        headers: signedHeaders(target, method, path, method === "PUT" ? sha256Hex(SMALL) : sha256Hex(new Uint8Array())),
        ...(method === "PUT" ? { body: SMALL } : {}),
        connections: connections / targets.length,
        duration: SECONDS,
      }),
    ),
  );
  for (const result of results)
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${method} ${path}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return {
    rps: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
  };
}

/** One request whose body (`size` bytes, streamed, unsigned) or answer (discarded) is the measure: MB/s. */
function large(
  target: Endpoint,
  method: "PUT" | "GET",
  path: string,
  size: number,
  query: Array<[string, string]> = [],
): Promise<number> {
  const agent = new Agent({ keepAlive: false });
  const headers =
    method === "PUT"
      ? signedHeaders(target, "PUT", path, UNSIGNED_PAYLOAD, { "content-length": String(size) }, query)
      : signedHeaders(target, "GET", path, sha256Hex(new Uint8Array()), {}, query);
  const search = searchOf(query);
  const started = performance.now();
  return new Promise<number>((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port: target.port, method, path: path + search, headers, agent },
      (res) => {
        if ((res.statusCode ?? 0) >= 300) reject(new Error(`${method} ${path}: ${res.statusCode}`));
        res.on("data", () => undefined);
        res.on("end", () => resolve(size / MiB / ((performance.now() - started) / 1000)));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (method === "GET") return void req.end();
    // The body from one random 16 MiB chunk, written as the socket drains.
    const chunk = randomBytes(16 * MiB);
    let sent = 0;
    const write = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

/** A request's query as sent: flags bare (`?uploads`), parameters as name=value (the values here need no escaping). */
const searchOf = (query: Array<[string, string]>) =>
  query.length > 0 ? `?${query.map(([name, value]) => (value ? `${name}=${value}` : name)).join("&")}` : "";

/** One signed request without a body (unsigned payload hash of nothing): its status and answer, a 2xx or thrown. */
function call(target: Endpoint, method: string, path: string, query: Array<[string, string]> = []): Promise<string> {
  const headers = signedHeaders(target, method, path, sha256Hex(new Uint8Array()), {}, query);
  const search = searchOf(query);
  query.length > 0 ? `?${query.map(([name, value]) => (value ? `${name}=${value}` : name)).join("&")}` : "";
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: target.port, method, path: path + search, headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () =>
        (res.statusCode ?? 0) < 300
          ? resolve(body)
          : reject(new Error(`${method} ${path}${search}: ${res.statusCode} ${body}`)),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** The upload ID of a new multipart upload. */
async function initiate(target: Endpoint, path: string): Promise<string> {
  const answer = await call(target, "POST", path, [["uploads", ""]]);
  const id = /<UploadId>([^<]+)<\/UploadId>/.exec(answer)?.[1];
  if (!id) throw new Error(`POST ${path}?uploads answered no UploadId: ${answer}`);
  return id;
}

/**
 * A PART_GIB part (5 GiB: S3's largest) through a gateway over the reference server (a one-node
 * Ceph keeps too little in memory): its rate, and the gateway's peak memory, which streaming keeps
 * bounded whatever the size.
 */
async function largePart(): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), "bench-gw-part-"));
  const storage = await startTarget("reference", dir);
  const backendEndpoint = { port: storage.port, credentials: { accessKeyId: BENCH_AK, secretAccessKey: BENCH_SK } };
  const through = await gateway(backendEndpoint);
  try {
    const before = through.peakMiB();
    const uploadId = await initiate(through, "/bucket01/part.bin");
    const size = PART_GIB * 1024 * MiB;
    const rate = await large(through, "PUT", `/bucket01/part.bin`, size, [
      ["partNumber", "1"],
      ["uploadId", uploadId],
    ]);
    const peak = through.peakMiB();
    return {
      what: `gateway, a ${PART_GIB} GiB Upload Part streamed through a gateway over the reference server: the gateway's peak memory`,
      figure: `${fmt(peak)} MiB at ${fmt(rate)} MB/s`,
      baseline: `before the part: ${fmt(before)} MiB`,
      ratio: peak / before,
      target: "≤ 200 MiB, whatever the size",
      met: peak <= 200,
    };
  } finally {
    await through.stop();
    await storage.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The gateway against its backend, each measured the same way in turn: small-object PUT and GET
 * at 64 connections (one signed request replayed), a LARGE_MIB object PUT and GET in one request,
 * the latency the gateway adds, and two gateways beside one.
 */
async function againstBackend(): Promise<Row[]> {
  const storage = await backend();
  const first = await gateway(storage);
  const bucket = `bench-gw-${randomBytes(3).toString("hex")}`;
  try {
    await call(storage, "PUT", `/${bucket}`);
    const small = `/${bucket}/small.bin`;
    const direct = { put: await load([storage], "PUT", small), get: await load([storage], "GET", small) };
    const through = { put: await load([first], "PUT", small), get: await load([first], "GET", small) };
    const mib = largeMib(storage.name === "Ceph RGW");
    const size = mib * MiB;
    const bigPath = `/${bucket}/large.bin`;
    const bigDirect = {
      put: await large(storage, "PUT", bigPath, size),
      get: await large(storage, "GET", bigPath, size),
    };
    const bigThrough = { put: await large(first, "PUT", bigPath, size), get: await large(first, "GET", bigPath, size) };
    await call(storage, "DELETE", bigPath);
    const second = await gateway(storage);
    const two = await load([first, second], "GET", small).finally(() => second.stop());
    const ratio = (ours: number, theirs: number) => ours / theirs;
    const opsRow = (what: string, ours: Load, theirs: Load): Row => ({
      what: `gateway, 4 KiB ${what} Object, ${CONNECTIONS} conn: through one gateway vs straight to ${storage.name}`,
      figure: `${fmt(ours.rps)} ops/s, p50 ${fmt(ours.p50)} ms, p99 ${fmt(ours.p99)} ms`,
      baseline: `${fmt(theirs.rps)} ops/s, p50 ${fmt(theirs.p50)} ms, p99 ${fmt(theirs.p99)} ms`,
      ratio: ratio(ours.rps, theirs.rps),
      target: "≥ 0.8× direct",
      met: ratio(ours.rps, theirs.rps) >= 0.8,
    });
    const bigRow = (what: string, ours: number, theirs: number): Row => ({
      what: `gateway, ${mib} MiB ${what} Object, one request: through one gateway vs straight to ${storage.name}`,
      figure: `${fmt(ours)} MB/s`,
      baseline: `${fmt(theirs)} MB/s`,
      ratio: ratio(ours, theirs),
      target: "≥ 0.8× direct",
      met: ratio(ours, theirs) >= 0.8,
    });
    return [
      opsRow("PUT", through.put, direct.put),
      opsRow("GET", through.get, direct.get),
      bigRow("PUT", bigThrough.put, bigDirect.put),
      bigRow("GET", bigThrough.get, bigDirect.get),
      {
        what: "gateway: latency it adds, 4 KiB GET Object at 64 conn (p50 / p99)",
        figure: `+${fmt(through.get.p50 - direct.get.p50)} ms / +${fmt(through.get.p99 - direct.get.p99)} ms`,
        baseline: `direct: ${fmt(direct.get.p50)} ms / ${fmt(direct.get.p99)} ms`,
        ratio: ratio(through.get.p99, Math.max(direct.get.p99, 1)),
        target: "reported",
        met: true,
      },
      {
        what: "gateway: two gateways vs one, 4 KiB GET Object, 64 conn in all (2 cores, shared with the backend and the load)",
        figure: `${fmt(two.rps)} ops/s`,
        baseline: `one gateway: ${fmt(through.get.rps)} ops/s`,
        ratio: ratio(two.rps, through.get.rps),
        target: "reported",
        met: true,
      },
    ];
  } finally {
    await first.stop();
    await storage.stop();
  }
}

/** The gateway's rows: against its backend, then a 5 GiB part's memory. */
export async function gatewayRows(): Promise<Row[]> {
  return [...(await againstBackend()), await largePart()];
}
