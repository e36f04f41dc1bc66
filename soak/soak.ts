/**
 * `npm run soak [-- --requests 50000 --connections 64 --max-seconds 300 --crash --disk-full]`
 *
 * Loads the reference server (a child process on 127.0.0.1, a fresh data dir) with a mix of
 * signed requests, a fifth each: Initiate Multipart Upload, PUT Object, GET Object (its bytes
 * checked), PUT Object - Copy and DELETE Object, and checks what it promised:
 * - load: no errors, every upload id and every object answered with a 200 is on disk afterwards
 *   with its bytes (a copy with its source's), every deleted object gone; resident memory at start and end;
 * - --crash: `kill -9` in the middle of the load, restart on the same data dir: every acknowledged id is
 *   there, no record is half-written, the server starts and serves without repair;
 * - --disk-full: the data dir on a small tmpfs (needs root): full disk answers 503 and acknowledges nothing
 *   it did not store; after the tmpfs grows, requests succeed again.
 * Bounded in requests and time; exits 1 when a check fails.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256Hex, signV4 } from "@obs-toolkit/signing";
import { startScript, type ReadyChild } from "../bench/child-process.js";
import { parseFlags } from "../bench/flags.js";
import { ReferenceStore } from "../reference/store.js";

const AK = "SOAKACCESSKEY";

const SK = "soak-secret-key";
const root = join(import.meta.dirname, "..");

const USAGE = `usage: npm run soak [-- --requests 50000] [--connections 64] [--max-seconds 300] [--crash] [--disk-full]
  --requests     how many requests in all
  --connections  how many at once
  --max-seconds  a bound on the run's time
  --crash        kill -9 the server halfway and restart it on the same data dir
  --disk-full    the data dir on a small tmpfs (needs root): a full disk answers 503

example: npm run soak -- --requests 20000 --connections 64 --crash`;

const { values } = parseFlags(USAGE, {
  options: {
    requests: { type: "string", default: "50000" },
    connections: { type: "string", default: "64" },
    "max-seconds": { type: "string", default: "300" },
    crash: { type: "boolean", default: false },
    "disk-full": { type: "boolean", default: false },
  },
});
const total = Number(values.requests);
const connections = Number(values.connections);
const maxSeconds = Number(values["max-seconds"]);

/** `reference/cli.ts` under node, so that a kill hits the server itself; resolves once it prints its address. */
async function startServer(dataDir: string): Promise<ReadyChild & { port: number }> {
  const args = [
    "--port",
    "0",
    "--data-dir",
    dataDir,
    "--bucket",
    "bucket01",
    "--access-key",
    AK,
    "--secret-key",
    SK,
    "--quiet",
  ];
  const started = await startScript(
    root,
    join(root, "reference/cli.ts"),
    args,
    /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  );
  return { ...started, port: Number(started.match[1]) };
}

const rssMiB = (pid: number | undefined) => {
  const status = pid ? readFileSync(`/proc/${pid}/status`, "utf8") : "";
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
};

interface LoadResult {
  sent: number;
  acknowledged: string[];
  /** Objects a PUT or a Copy acknowledged, by key, with the bytes they must hold. */
  objects: Map<string, string>;
  /** Keys a DELETE was sent for (acknowledged or not): they may be there or not. */
  deleting: Set<string>;
  /** Keys whose DELETE was acknowledged: they must be gone. */
  deleted: Set<string>;
  /** GETs whose bytes were not the object's. */
  wrongReads: number;
  statuses: Map<number, number>;
  /** Requests without an HTTP answer (connection refused or reset). */
  unanswered: number;
  seconds: number;
}

/** `count` requests over `connections` keep-alive connections; `onAck` sees each acknowledged upload id. */
async function load(
  port: number,
  count: number,
  deadline: number,
  onAck?: (acked: number) => void,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const result: LoadResult = {
    sent: 0,
    acknowledged: [],
    objects: new Map(),
    deleting: new Set(),
    deleted: new Set(),
    wrongReads: 0,
    statuses: new Map(),
    unanswered: 0,
    seconds: 0,
  };
  const started = performance.now();
  // Stored objects no DELETE has been sent for, to read, copy or delete.
  const live: string[] = [];
  const someObject = (index: number) => (live.length > 0 ? live[index % live.length] : undefined);
  const send = (
    method: string,
    path: string,
    query: Array<[string, string]>,
    headers: Record<string, string>,
    body: string,
    onAnswer: (status: number, text: string) => void,
  ) =>
    new Promise<void>((resolve) => {
      const signed = signV4(
        { method, path, query, headers: { host: `127.0.0.1:${port}`, ...headers } },
        { accessKeyId: AK, secretAccessKey: SK },
        "us-east-1",
        "s3",
        new Date(),
        sha256Hex(Buffer.from(body)),
      );
      const search = query.map(([name, value]) => (value ? `${name}=${value}` : name)).join("&");
      const req = request(
        { host: "127.0.0.1", port, method, path: search ? `${path}?${search}` : path, headers: signed.headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const status = res.statusCode ?? 0;
            result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
            onAnswer(status, Buffer.concat(chunks).toString());
            resolve();
          });
          res.on("error", () => {
            result.unanswered++;
            resolve();
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy());
      req.on("error", () => {
        result.unanswered++;
        resolve();
      });
      req.end(body);
    });
  const one = (index: number): Promise<void> => {
    const kind = index % 5;
    const source = someObject(index);
    if (kind === 0 || (kind >= 2 && source === undefined)) {
      return send(
        "POST",
        `/bucket01/soak/${index}`,
        [["uploads", ""]],
        { "x-amz-meta-n": String(index) },
        "",
        (status, text) => {
          const id = /<UploadId>([0-9A-F]{32})<\/UploadId>/.exec(text)?.[1];
          if (status === 200 && id) {
            result.acknowledged.push(id);
            onAck?.(result.acknowledged.length + result.objects.size);
          }
        },
      );
    }
    if (kind === 1) {
      const key = `soak/object-${index}`;
      const body = `object ${index} `.repeat(1 + (index % 40));
      return send("PUT", `/bucket01/${key}`, [], { "content-type": "text/plain" }, body, (status) => {
        if (status === 200) {
          result.objects.set(key, body);
          live.push(key);
          onAck?.(result.acknowledged.length + result.objects.size);
        }
      });
    }
    const key = source as string;
    const expected = result.objects.get(key) ?? "";
    if (kind === 2)
      return send("GET", `/bucket01/${key}`, [], {}, "", (status, text) => {
        if (status === 200 && text !== expected) result.wrongReads++;
      });
    if (kind === 3) {
      const copy = `soak/copy-${index}`;
      return send("PUT", `/bucket01/${copy}`, [], { "x-amz-copy-source": `/bucket01/${key}` }, "", (status) => {
        if (status === 200) {
          result.objects.set(copy, expected);
          live.push(copy);
        }
      });
    }
    result.deleting.add(key);
    live.splice(live.indexOf(key), 1);
    return send("DELETE", `/bucket01/${key}`, [], {}, "", (status) => {
      if (status === 204) result.deleted.add(key);
    });
  };
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const index = next++;
      result.sent++;
      await one(index);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/**
 * What the store holds on disk (opened beside, or after, the server: lmdb allows several
 * processes): the ids of the upload records that read back whole and those that do not, and of
 * the objects a load acknowledged, those missing or with other bytes, and those deleted but there.
 */
async function onDisk(
  dataDir: string,
  run?: LoadResult,
): Promise<{ ids: Set<string>; broken: string[]; lostObjects: string[]; undeleted: string[] }> {
  const store = new ReferenceStore(dataDir);
  const ids = new Set<string>();
  const broken: string[] = [];
  const lostObjects: string[] = [];
  const undeleted: string[] = [];
  try {
    for (const record of store.uploadsOf("bucket01")) {
      if (/^[0-9A-F]{32}$/.test(record.uploadId) && record.bucket === "bucket01" && typeof record.metadata === "object")
        ids.add(record.uploadId);
      else broken.push(record.uploadId);
    }
    for (const [key, expected] of run?.objects ?? []) {
      if (run?.deleting.has(key)) continue;
      const object = store.getObject("bucket01", key);
      const stream = object && (await store.openObject(object));
      const chunks: Buffer[] = [];
      for await (const chunk of stream ?? []) chunks.push(Buffer.from(chunk));
      if (!object || Buffer.concat(chunks).toString() !== expected) lostObjects.push(key);
    }
    for (const key of run?.deleted ?? []) if (store.getObject("bucket01", key)) undeleted.push(key);
  } finally {
    await store.close();
  }
  return { ids, broken, lostObjects, undeleted };
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"}  ${what}`);
  if (!ok) failures.push(what);
};
const statusList = (statuses: Map<number, number>) =>
  [...statuses].map(([status, n]) => `${status}×${n}`).join(", ") || "none";

async function soak(): Promise<void> {
  const deadline = performance.now() + maxSeconds * 1000;
  const dataDir = mkdtempSync(join(tmpdir(), "obs-soak-"));
  try {
    console.log(
      `## Soak: ${total} requests, ${connections} connections${values.crash ? ", kill -9 halfway" : ""} (node ${process.version})\n`,
    );
    let server = await startServer(dataDir);
    await load(server.port, Math.min(200, total), deadline); // warm-up
    const rssStart = rssMiB(server.child.pid);
    let killedAt = -1;
    const run = await load(server.port, total, deadline, (acked) => {
      if (values.crash && killedAt < 0 && acked >= total / 2) {
        killedAt = acked;
        server.child.kill("SIGKILL");
      }
    });
    const rate = Math.round(run.sent / run.seconds);
    console.log(
      `sent ${run.sent} in ${run.seconds.toFixed(1)} s (${rate} req/s); answers: ${statusList(run.statuses)}; unanswered: ${run.unanswered}`,
    );
    check(run.sent === total, `all ${total} requests sent within ${maxSeconds} s`);

    if (!values.crash) {
      const rssEnd = rssMiB(server.child.pid);
      console.log(`resident memory: ${rssStart.toFixed(1)} MiB after warm-up, ${rssEnd.toFixed(1)} MiB at the end`);
      check(
        (run.statuses.get(200) ?? 0) + (run.statuses.get(204) ?? 0) === run.sent && run.unanswered === 0,
        "every request answered 200 (204 for a DELETE)",
      );
      check(rssEnd < rssStart * 2 + 50, "resident memory stable (end < 2 × start + 50 MiB)");
      await server.stop("SIGTERM");
    } else {
      await server.stop("SIGKILL");
      const errors = [...run.statuses].filter(([status]) => status !== 200 && status !== 204);
      check(
        errors.length === 0,
        `no error answers before or after the kill (${run.unanswered} requests cut off by it)`,
      );
      check(killedAt > 0, `killed with -9 after ${killedAt} acknowledgements`);
    }

    const disk = await onDisk(dataDir, run);
    const missing = run.acknowledged.filter((id) => !disk.ids.has(id));
    check(
      missing.length === 0,
      `every acknowledged upload (${run.acknowledged.length}) is on disk${missing.length ? ` — missing ${missing.length}, e.g. ${missing[0]}` : ""}`,
    );
    check(disk.broken.length === 0, `no half-written record among ${disk.ids.size}`);
    check(
      disk.lostObjects.length === 0,
      `every acknowledged object write (${run.objects.size} PUTs and copies) is on disk with its bytes${disk.lostObjects.length ? ` — lost ${disk.lostObjects.length}, e.g. ${disk.lostObjects[0]}` : ""}`,
    );
    check(disk.undeleted.length === 0, `every acknowledged DELETE (${run.deleted.size}) left the object gone`);
    check(run.wrongReads === 0, "every GET answered the bytes of the object's last acknowledged write");

    if (values.crash) {
      server = await startServer(dataDir);
      const after = await load(server.port, Math.min(1000, total), deadline);
      check(
        (after.statuses.get(200) ?? 0) + (after.statuses.get(204) ?? 0) === after.sent,
        `restarted on the same data dir without repair; ${after.sent} more requests all answered 200 or 204`,
      );
      const again = await onDisk(dataDir, after);
      check(again.lostObjects.length === 0 && again.undeleted.length === 0, "and its object writes are all on disk");
      check(
        after.acknowledged.every((id) => again.ids.has(id)) && run.acknowledged.every((id) => again.ids.has(id)),
        "every acknowledged upload, before and after the restart, is on disk",
      );
      await server.stop("SIGTERM");
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The data dir on a 512 KiB tmpfs: fill it, expect 503s and no false acknowledgement, grow it, expect 200s. */
async function diskFull(): Promise<void> {
  console.log("\n## Disk full (tmpfs)\n");
  const mountPoint = mkdtempSync(join(tmpdir(), "obs-tmpfs-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=512k", "tmpfs", mountPoint]);
  if (mounted.status !== 0) {
    check(false, `mount a tmpfs for the disk-full run (needs root): ${mounted.stderr.toString().trim()}`);
    return;
  }
  try {
    mkdirSync(join(mountPoint, "data"));
    const dataDir = join(mountPoint, "data");
    const server = await startServer(dataDir);
    const deadline = performance.now() + 60_000;
    const full = await load(server.port, 3_000, deadline);
    const disk = await onDisk(dataDir);
    console.log(`answers while filling: ${statusList(full.statuses)}`);
    check((full.statuses.get(503) ?? 0) > 0, "a full disk answers 503 ServiceUnavailable");
    check(
      ![...full.statuses.keys()].some((status) => status !== 200 && status !== 204 && status !== 503),
      "and nothing but 200, 204 or 503",
    );
    check(
      full.acknowledged.every((id) => disk.ids.has(id)) && disk.broken.length === 0,
      `every acknowledged upload (${full.acknowledged.length}) is on disk, none half-written`,
    );
    spawnSync("mount", ["-o", "remount,size=64m", mountPoint]);
    const recovered = await load(server.port, 200, deadline);
    check(
      (recovered.statuses.get(200) ?? 0) + (recovered.statuses.get(204) ?? 0) === recovered.sent,
      `after the disk grows, ${recovered.sent} more requests all answered 200`,
    );
    await server.stop("SIGTERM");
  } finally {
    spawnSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  }
}

await soak();
if (values["disk-full"]) await diskFull();
console.log(failures.length ? `\n${failures.length} check(s) failed.` : "\nAll checks held.");
process.exit(failures.length ? 1 : 0);
