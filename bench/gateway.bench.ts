import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import autocannon from "autocannon";
import { sha256Hex, UNSIGNED_PAYLOAD } from "@obs-toolkit/signing";
import { startScript } from "./child-process.js";
import {
  cpuSeconds,
  fmt,
  median,
  ROOT,
  serveNodeFlags,
  signedHeaders,
  startTarget,
  writeRandomFile,
  type Endpoint,
  type Row,
} from "./lib.js";
import { BENCH_AK, BENCH_SK } from "./serve.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 64;
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** The large object: 1 GiB. */
const LARGE_MIB = Number(process.env.BENCH_LARGE_MIB ?? 1024);
/** Small-object loads are measured in this many rounds, each target in turn; each row is the median round. */
const SMALL_ROUNDS = Number(process.env.BENCH_SMALL_ROUNDS ?? 3);
/** Large transfers are measured in this many rounds, each target in turn; each row is their median. */
const LARGE_ROUNDS = Number(process.env.BENCH_LARGE_ROUNDS ?? 5);
/**
 * The memory a Ceph the bench starts keeps objects in. The tool's cluster has 2 GiB (memstore), and
 * RGW frees a deleted object's data only in its garbage collection: a round writes 3 GiB (straight,
 * through the gateway, through the pipe), and collection is run after each.
 */
const CEPH_MEMSTORE_BYTES = 8 * 1024 * MiB;
const SMALL = randomBytes(4096);
/** The part streamed through a gateway for its memory: S3's largest, 5 GiB. */
const PART_GIB = Number(process.env.BENCH_PART_GIB ?? 5);
const GATEWAY_USER = { accessKeyId: "BENCHGATEWAY", secretAccessKey: "bench-gateway-secret" };
const CEPH_TOOL = join(ROOT, "../shared/tools/ceph-rgw.sh");

type Backend = Endpoint & {
  name: string;
  /** The server process's pid, when the bench can see it (for its CPU time). */
  pid: number | undefined;
  /** Every process of the backend the bench can see (Ceph's monitor, manager, OSD and RGW), to place on cores. */
  pids: number[];
  reclaim(): Promise<void>;
  stop(): Promise<void>;
};
const run = promisify(execFile);

/**
 * A Ceph RGW whose cluster's files are in `dir`: its memory raised to CEPH_MEMSTORE_BYTES, and
 * `reclaim` running RGW's garbage collection now.
 */
async function cephIn(dir: string, url: string, ak: string, sk: string, stop: () => Promise<void>): Promise<Backend> {
  const conf = ["-c", join(dir, "ceph.conf")];
  await run("ceph", [...conf, "tell", "osd.0", "config", "set", "memstore_device_bytes", `${CEPH_MEMSTORE_BYTES}`]);
  // The OSD reports its new size within seconds; writes before that would see the old 2 GiB.
  const raised = async () => {
    const { stdout } = await run("ceph", [...conf, "osd", "df", "--format", "json"]);
    return (JSON.parse(stdout) as { nodes: Array<{ kb: number }> }).nodes[0]?.kb === CEPH_MEMSTORE_BYTES / 1024;
  };
  for (let tries = 0; !(await raised()); tries++) {
    if (tries === 60)
      throw new Error(`Ceph in ${dir} did not take memstore_device_bytes=${CEPH_MEMSTORE_BYTES} in 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return {
    name: "Ceph RGW",
    port: Number(new URL(url).port),
    credentials: { accessKeyId: ak, secretAccessKey: sk },
    pid: Number(readFileSync(join(dir, "run/client.rgw.a.pid"), "utf8")),
    pids: readdirSync(join(dir, "run"))
      .filter((name) => name.endsWith(".pid"))
      .map((name) => Number(readFileSync(join(dir, "run", name), "utf8"))),
    reclaim: async () => void (await run("radosgw-admin", [...conf, "gc", "process", "--include-all"])),
    stop,
  };
}

/** A one-node Ceph started with ../shared/tools/ceph-rgw.sh, stopped and its files removed at the end. */
async function startedCeph(): Promise<Backend> {
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
  const [url = "", ak = "", sk = ""] = stdout.trim().split("\n").at(-1)?.split(/\s+/) ?? [];
  return cephIn(dir, url, ak, sk, async () => {
    await run("bash", [CEPH_TOOL, "stop", dir]);
    rmSync(dir, { recursive: true, force: true });
  });
}

/** The reference server as a backend: on a machine without Ceph (named so in the rows), and under the 5 GiB part. */
async function referenceBackend(): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), "bench-gw-ref-"));
  const target = await startTarget("reference", dir);
  return {
    name: "the reference server (no Ceph RGW here)",
    port: target.port,
    credentials: { accessKeyId: BENCH_AK, secretAccessKey: BENCH_SK },
    pid: target.pid,
    pids: [target.pid],
    reclaim: async () => undefined,
    stop: async () => {
      await target.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The backend: the Ceph RGW `OBS_BENCH_CEPH` names (`http://127.0.0.1:7480 AK SK DIR`, DIR its
 * cluster's files as ceph-rgw.sh started it), else one started with ceph-rgw.sh when it is there,
 * else the reference server.
 */
async function backend(): Promise<Backend> {
  const named = process.env["OBS_BENCH_CEPH"];
  if (named === undefined) return existsSync(CEPH_TOOL) ? startedCeph() : referenceBackend();
  const [url = "", ak = "", sk = "", dir = ""] = named.trim().split(/\s+/);
  if (!URL.canParse(url) || !dir)
    throw new Error(`OBS_BENCH_CEPH: "URL ACCESS_KEY SECRET_KEY DIR" expected, not "${named}"`);
  return cephIn(dir, url, ak, sk, async () => undefined);
}

/** `npm run serve -- --backend …` (quiet) in a process of its own, with the node flags of `npm run serve`. */
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
    serveNodeFlags(),
  );
  return {
    port: Number(started.match[1]),
    credentials: GATEWAY_USER,
    pid: started.child.pid ?? 0,
    /** The process's peak memory so far (VmHWM), in MiB. */
    peakMiB: () =>
      Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${started.child.pid}/status`, "utf8"))?.[1]) / 1024,
    stop: () => started.stop(),
  };
}

/** A target's small-object loads, by method. */
const smallSeries = () => ({ PUT: [] as Load[], GET: [] as Load[] });

/** The load of the median rate. */
function middle(loads: Load[]): Load {
  const mid = [...loads].sort((a, b) => a.rps - b.rps)[Math.floor(loads.length / 2)];
  if (!mid) throw new Error("no small-object load was measured");
  return mid;
}

/** `all` in the order of round `round`: each round starts one further along, so no target always goes first. */
const turned = <T>(all: T[], round: number) => [...all.slice(round % all.length), ...all.slice(0, round % all.length)];

/** A process's CPU time so far, NaN when the bench cannot see it. */
const cpuOf = (pid: number | undefined) => (pid ? cpuSeconds(pid) : NaN);

/** A target's large transfers: MB/s of each, and the CPU-seconds per GiB its middle process and the backend's server used. */
const transfers = () => ({
  PUT: [] as number[],
  GET: [] as number[],
  cpu: { PUT: [] as number[], GET: [] as number[] },
  backendCpu: { PUT: [] as number[], GET: [] as number[] },
});

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
  seconds = SECONDS,
): Promise<Load> {
  const results = await Promise.all(
    targets.map((target) =>
      autocannon({
        url: `http://127.0.0.1:${target.port}${path}`,
        method,
        headers: signedHeaders(target, method, path, method === "PUT" ? sha256Hex(SMALL) : sha256Hex(new Uint8Array())),
        ...(method === "PUT" ? { body: SMALL } : {}),
        connections: connections / targets.length,
        duration: seconds,
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

/** The random bytes a large PUT sends, repeated: written once to a file curl's input is read from. */
const BODY_FILE_BYTES = 256 * MiB;
let bodyFile: string | undefined;
function largeBodyFile(): string {
  if (bodyFile) return bodyFile;
  const dir = mkdtempSync(join(tmpdir(), "bench-gw-body-"));
  bodyFile = join(dir, "body.bin");
  writeRandomFile(bodyFile, BODY_FILE_BYTES / MiB);
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return bodyFile;
}

/**
 * One request whose body (`size` bytes, unsigned) or answer (discarded) is the measure: MB/s. curl
 * sends and receives it: a Node client moving 600 MB/s took most of a core, which on two cores
 * the gateway and the backend then lacked, while curl takes a fraction of it.
 */
async function large(
  target: Endpoint,
  method: "PUT" | "GET",
  path: string,
  size: number,
  query: Array<[string, string]> = [],
): Promise<number> {
  const headers =
    method === "PUT"
      ? signedHeaders(target, "PUT", path, UNSIGNED_PAYLOAD, { "content-length": String(size) }, query)
      : signedHeaders(target, "GET", path, sha256Hex(new Uint8Array()), {}, query);
  const curl = [
    ...["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", method],
    ...Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    // A body from standard input of a stated length: no chunked encoding, no 100-continue wait.
    ...(method === "PUT" ? ["-T", "-", "-H", "Transfer-Encoding:", "-H", "Expect:"] : []),
    `http://127.0.0.1:${target.port}${path}${searchOf(query)}`,
  ];
  const copies = Math.ceil(size / BODY_FILE_BYTES);
  // The body: the file, as many times as it takes, cut to the size.
  const script = method === "PUT" ? `for i in $(seq ${copies}); do cat "$0"; done | head -c ${size} | "$@"` : `"$@"`;
  const started = performance.now();
  const { stdout } = await run("sh", ["-c", script, method === "PUT" ? largeBodyFile() : "-", ...curl], {
    maxBuffer: 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (Number(stdout) >= 300 || Number(stdout) < 200) throw new Error(`${method} ${path}: ${stdout}`);
  return size / MiB / seconds;
}

/** A request's query as sent: flags bare (`?uploads`), parameters as name=value (the values here need no escaping). */
const searchOf = (query: Array<[string, string]>) =>
  query.length > 0 ? `?${query.map(([name, value]) => (value ? `${name}=${value}` : name)).join("&")}` : "";

/** One signed request without a body (unsigned payload hash of nothing): its status and answer, a 2xx or thrown. */
function call(target: Endpoint, method: string, path: string, query: Array<[string, string]> = []): Promise<string> {
  const headers = signedHeaders(target, method, path, sha256Hex(new Uint8Array()), {}, query);
  const search = searchOf(query);
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
  const storage = await referenceBackend();
  const through = await gateway(storage);
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
  }
}

/**
 * Where the processes run. `apart`: the backend on half the cores, the load, curl and the gateway
 * (or the pipe) on the others, straight or through, as a cluster and its gateways run on machines
 * of their own; what is measured is what the gateway does to a backend's rate, not what a process
 * more costs on the backend's cores. `shared`: every process on every core, as the machine
 * schedules them; on 2 cores a relay's CPU then comes out of RGW's.
 */
type Layout = { backend: string; rest: string; described: string };

/** The layouts in the order they are measured: apart (the targets) first when there are 2 cores or more, shared last. */
function layouts(): Layout[] {
  const cores = availableParallelism();
  const all = `0-${cores - 1}`;
  const shared: Layout = { backend: all, rest: all, described: `all on the ${cores} cores` };
  if (cores < 2) return [shared];
  const half = Math.floor(cores / 2);
  const list = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);
  const [backend, rest] = [list(0, half - 1), list(half, cores - 1)];
  return [{ backend, rest, described: `the backend on core ${backend}, the load and the gateway on ${rest}` }, shared];
}

/** Puts the backend's processes on the layout's backend cores, and `others` (every thread of each) on the rest. */
async function place(layout: Layout, storage: Backend, others: number[]): Promise<void> {
  const pin = (pid: number, cores: string) => run("taskset", ["-a", "-p", "-c", cores, String(pid)]);
  for (const pid of storage.pids) await pin(pid, layout.backend);
  for (const pid of others) await pin(pid, layout.rest);
}

/**
 * One layout's rows: small-object PUT and GET at 64 connections (one signed request replayed),
 * a LARGE_MIB object PUT and GET in one request, and the latency the gateway adds, each measured
 * straight, through the gateway and through a bare pipe in rounds whose order turns. `judged`:
 * whether the rows hold the issue's targets, or are reported beside them.
 */
async function measured(
  layout: Layout,
  judged: boolean,
  storage: Backend,
  through: Endpoint & { pid: number | undefined },
  piped: Endpoint & { pid: number | undefined },
  bucket: string,
): Promise<{ rows: Row[]; gatewayGets: number }> {
  const small = `/${bucket}/small.bin`;
  const smallLoads = { direct: smallSeries(), through: smallSeries(), piped: smallSeries() };
  for (let round = 0; round < SMALL_ROUNDS; round++) {
    const all = [
      { target: storage, loads: smallLoads.direct },
      { target: through, loads: smallLoads.through },
      { target: piped, loads: smallLoads.piped },
    ];
    for (const { target, loads } of turned(all, round)) {
      loads.PUT.push(await load([target], "PUT", small));
      loads.GET.push(await load([target], "GET", small));
    }
  }
  const direct = { put: middle(smallLoads.direct.PUT), get: middle(smallLoads.direct.GET) };
  const gateway = { put: middle(smallLoads.through.PUT), get: middle(smallLoads.through.GET) };
  const size = LARGE_MIB * MiB;
  const bigDirect = transfers();
  const bigThrough = transfers();
  const bigPiped = transfers();
  for (let round = 0; round < LARGE_ROUNDS; round++) {
    // Each round writes its own keys, and who goes first turns. The CPU time counted is that of
    // the process in the middle (RGW straight, else the gateway or the pipe), and RGW's.
    const all = [
      { target: storage, pid: storage.pid, rates: bigDirect, path: `/${bucket}/direct-${round}.bin` },
      { target: through, pid: through.pid, rates: bigThrough, path: `/${bucket}/through-${round}.bin` },
      { target: piped, pid: piped.pid, rates: bigPiped, path: `/${bucket}/piped-${round}.bin` },
    ];
    for (const method of ["PUT", "GET"] as const)
      for (const { target, pid, rates, path } of turned(all, round)) {
        const [middleBefore, backendBefore] = [cpuOf(pid), cpuOf(storage.pid)];
        rates[method].push(await large(target, method, path, size));
        rates.cpu[method].push((cpuOf(pid) - middleBefore) / (size / GiB));
        rates.backendCpu[method].push((cpuOf(storage.pid) - backendBefore) / (size / GiB));
      }
    for (const { path } of all) await call(storage, "DELETE", path);
    await storage.reclaim();
  }
  const where = `(${layout.described})`;
  const target = judged ? "≥ 0.8× direct" : "reported";
  const ratio = (ours: number, theirs: number) => ours / theirs;
  const signed = (ms: number) => `${ms < 0 ? "−" : "+"}${fmt(Math.abs(ms))}`;
  const opsRow = (what: "PUT" | "GET", ours: Load, theirs: Load): Row => ({
    what: `gateway, 4 KiB ${what} Object, ${CONNECTIONS} conn, median of ${SMALL_ROUNDS} ${where}: through one gateway vs straight to ${storage.name}`,
    figure: `${fmt(ours.rps)} ops/s, p50 ${fmt(ours.p50)} ms, p99 ${fmt(ours.p99)} ms (a bare node:http pipe instead: ${fmt(middle(smallLoads.piped[what]).rps)} ops/s)`,
    baseline: `${fmt(theirs.rps)} ops/s, p50 ${fmt(theirs.p50)} ms, p99 ${fmt(theirs.p99)} ms`,
    ratio: ratio(ours.rps, theirs.rps),
    target,
    met: !judged || ratio(ours.rps, theirs.rps) >= 0.8,
  });
  const bigRow = (method: "PUT" | "GET"): Row => {
    const [ours, theirs] = [bigThrough[method], bigDirect[method]];
    return {
      what: `gateway, ${LARGE_MIB} MiB ${method} Object, one request, median of ${LARGE_ROUNDS} ${where}: through one gateway vs straight to ${storage.name}`,
      figure: `${fmt(median(ours))} MB/s (${ours.map((rate) => fmt(rate)).join(", ")}); the gateway: ${fmt(median(bigThrough.cpu[method]), 2)} CPU-s per GiB, ${storage.name} behind it ${fmt(median(bigThrough.backendCpu[method]), 2)}`,
      baseline: `${fmt(median(theirs))} MB/s (${theirs.map((rate) => fmt(rate)).join(", ")}); ${storage.name}: ${fmt(median(bigDirect.cpu[method]), 2)} CPU-s per GiB`,
      ratio: ratio(median(ours), median(theirs)),
      target,
      met: !judged || ratio(median(ours), median(theirs)) >= 0.8,
    };
  };
  const pipeRow = (method: "PUT" | "GET"): Row => ({
    what: `gateway, ${LARGE_MIB} MiB ${method} Object ${where}: through a bare node:http pipe instead (no auth, no validation), the same rounds`,
    figure: `${fmt(median(bigPiped[method]))} MB/s (${bigPiped[method].map((rate) => fmt(rate)).join(", ")}); the pipe: ${fmt(median(bigPiped.cpu[method]), 2)} CPU-s per GiB, ${storage.name} behind it ${fmt(median(bigPiped.backendCpu[method]), 2)}`,
    baseline: `straight to ${storage.name}: ${fmt(median(bigDirect[method]))} MB/s`,
    ratio: ratio(median(bigPiped[method]), median(bigDirect[method])),
    target: "reported",
    met: true,
  });
  const rows = [
    opsRow("PUT", gateway.put, direct.put),
    opsRow("GET", gateway.get, direct.get),
    bigRow("PUT"),
    bigRow("GET"),
    pipeRow("PUT"),
    pipeRow("GET"),
    {
      what: `gateway: latency it adds, 4 KiB GET Object at 64 conn (p50 / p99) ${where}`,
      figure: `${signed(gateway.get.p50 - direct.get.p50)} ms / ${signed(gateway.get.p99 - direct.get.p99)} ms`,
      baseline: `direct: ${fmt(direct.get.p50)} ms / ${fmt(direct.get.p99)} ms`,
      ratio: ratio(gateway.get.p99, Math.max(direct.get.p99, 1)),
      target: "reported",
      met: true,
    },
  ];
  return { rows, gatewayGets: gateway.get.rps };
}

/**
 * The gateway against its backend, measured in each layout (the first holds the targets), then
 * two gateways beside one.
 */
async function againstBackend(): Promise<Row[]> {
  const storage = await backend();
  const first = await gateway(storage);
  const bucket = `bench-gw-${randomBytes(3).toString("hex")}`;
  let pipe: Awaited<ReturnType<typeof startTarget>> | undefined;
  const placements = layouts();
  const [judged, shared] = [placements[0], placements[placements.length - 1]];
  try {
    await call(storage, "PUT", `/${bucket}`);
    // The pipe runs with the gateway's node flags: what differs is only what the gateway does.
    pipe = await startTarget("pipe-proxy", String(storage.port), serveNodeFlags());
    const piped = { ...storage, port: pipe.port, pid: pipe.pid };
    // A fresh RGW answers its first writes slowly (bucket index, pools): a warm-up first.
    await load([storage], "PUT", `/${bucket}/small.bin`, CONNECTIONS, 2);
    const rows: Row[] = [];
    let one = NaN;
    // The shared layout goes last: two gateways are measured in it.
    for (const layout of placements) {
      await place(layout, storage, [process.pid, first.pid, pipe.pid]);
      const result = await measured(layout, layout === judged, storage, first, piped, bucket);
      rows.push(...result.rows);
      one = result.gatewayGets;
    }
    const second = await gateway(storage);
    const two = await load([first, second], "GET", `/${bucket}/small.bin`).finally(() => second.stop());
    rows.push({
      what: `gateway: two gateways vs one, 4 KiB GET Object, 64 conn in all (${shared.described}, shared with the backend and the load)`,
      figure: `${fmt(two.rps)} ops/s`,
      baseline: `one gateway: ${fmt(one)} ops/s`,
      ratio: two.rps / one,
      target: "reported",
      met: true,
    });
    return rows;
  } finally {
    await place(shared, storage, [process.pid]).catch(() => undefined);
    await pipe?.stop();
    await first.stop();
    await storage.stop();
  }
}

/** The gateway's rows: against its backend, then a 5 GiB part's memory. */
export async function gatewayRows(): Promise<Row[]> {
  return [...(await againstBackend()), await largePart()];
}
