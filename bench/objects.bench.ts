import { randomBytes } from "node:crypto";
import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { sha256Hex, UNSIGNED_PAYLOAD } from "@obs-toolkit/signing";
import { fmt, signedHeaders, startTarget, writeRandomFile, type Row } from "./lib.js";
import { BENCH_AK, BENCH_SK } from "./serve.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 64;
const MiB = 1024 * 1024;
const LARGE_MIB = Number(process.env.BENCH_LARGE_MIB ?? 1024);
const SMALL = randomBytes(4096);

const OURS = { accessKeyId: BENCH_AK, secretAccessKey: BENCH_SK };
const S3RVER = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/** Small-object PUT and GET at 64 connections: every request the same signed one, replayed. */
async function smallOps(kind: "reference" | "s3rver"): Promise<{ put: number; get: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-small-${kind}-`));
  const target = await startTarget(kind, dataDir);
  const credentials = kind === "s3rver" ? S3RVER : OURS;
  try {
    const url = `http://127.0.0.1:${target.port}/bucket01/small.bin`;
    // autocannon adds the Content-Length itself: it is not signed.
    const putHeaders = signedHeaders(
      { port: target.port, credentials },
      "PUT",
      "/bucket01/small.bin",
      sha256Hex(SMALL),
    );
    const put = await autocannon({
      url,
      method: "PUT",
      headers: putHeaders,
      body: SMALL,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    const getHeaders = signedHeaders(
      { port: target.port, credentials },
      "GET",
      "/bucket01/small.bin",
      sha256Hex(new Uint8Array()),
    );
    const get = await autocannon({
      url,
      method: "GET",
      headers: getHeaders,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    for (const [what, result] of [
      ["PUT", put],
      ["GET", get],
    ] as const)
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${kind} ${what}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    return { put: put.requests.average, get: get.requests.average };
  } finally {
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** GETs of `ranges` (or the whole) of an object at once, bytes discarded: MB/s over all of them. */
async function getThroughput(
  port: number,
  path: string,
  size: number,
  parts: number,
  credentials?: typeof OURS,
): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: parts });
  const started = performance.now();
  const step = Math.ceil(size / parts);
  await Promise.all(
    Array.from({ length: parts }, (_, i) => {
      const range = parts > 1 ? `bytes=${i * step}-${Math.min((i + 1) * step, size) - 1}` : undefined;
      const headers = {
        ...(range ? { range } : {}),
        ...(credentials
          ? signedHeaders({ port, credentials }, "GET", path, sha256Hex(new Uint8Array()), range ? { range } : {})
          : {}),
      };
      return new Promise<void>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path, headers, agent }, (res) => {
          if ((res.statusCode ?? 0) >= 300) reject(new Error(`GET ${path}: ${res.statusCode}`));
          res.on("data", () => undefined);
          res.on("end", resolve);
          res.on("error", reject);
        });
        req.on("error", reject);
        req.end();
      });
    }),
  );
  agent.destroy();
  return size / MiB / ((performance.now() - started) / 1000);
}

/** A LARGE_MIB object GET whole and in 8 ranged parts from the reference server, beside node:http piping the same file. */
async function largeGets(): Promise<{ whole: number; ranged: number; bare: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-large-"));
  const file = join(dataDir, "large.bin");
  writeRandomFile(file, LARGE_MIB);
  const size = statSync(file).size;
  const reference = await startTarget("reference", dataDir);
  const bare = await startTarget("bare-file", dataDir);
  try {
    // Stored through the API, streamed (UNSIGNED-PAYLOAD: the bench measures reads).
    await new Promise<void>((resolve, reject) => {
      const headers = signedHeaders(
        { port: reference.port, credentials: OURS },
        "PUT",
        "/bucket01/large.bin",
        UNSIGNED_PAYLOAD,
        {
          "content-length": String(size),
          "x-amz-content-sha256": UNSIGNED_PAYLOAD,
        },
      );
      const req = request(
        { host: "127.0.0.1", port: reference.port, method: "PUT", path: "/bucket01/large.bin", headers },
        (res) => {
          res.resume();
          res.on("end", () =>
            (res.statusCode ?? 0) === 200 ? resolve() : reject(new Error(`PUT: ${res.statusCode}`)),
          );
        },
      );
      req.on("error", reject);
      createReadStream(file).pipe(req);
    });
    // Each measured twice, the better kept: the first read warms the page cache for both.
    const best = async (measure: () => Promise<number>) => Math.max(await measure(), await measure());
    const bareMBs = await best(() => getThroughput(bare.port, "/large.bin", size, 1));
    const whole = await best(() => getThroughput(reference.port, "/bucket01/large.bin", size, 1, OURS));
    const ranged = await best(() => getThroughput(reference.port, "/bucket01/large.bin", size, 8, OURS));
    return { whole, ranged, bare: bareMBs };
  } finally {
    await Promise.all([reference.stop(), bare.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Objects: small PUT and GET against s3rver, and a large GET against node:http piping the file. */
export async function objectRows(): Promise<Row[]> {
  const ours = await smallOps("reference");
  const theirs = await smallOps("s3rver");
  const large = await largeGets();
  return [
    {
      what: `reference server, 4 KiB PUT Object, ${CONNECTIONS} conn (fsync before 200)`,
      figure: `${fmt(ours.put)} ops/s`,
      baseline: `s3rver: ${fmt(theirs.put)} ops/s`,
      ratio: ours.put / theirs.put,
      target: "≥ 2× s3rver",
      met: ours.put >= 2 * theirs.put,
    },
    {
      what: `reference server, 4 KiB GET Object, ${CONNECTIONS} conn`,
      figure: `${fmt(ours.get)} ops/s`,
      baseline: `s3rver: ${fmt(theirs.get)} ops/s`,
      ratio: ours.get / theirs.get,
      target: "≥ 3× s3rver",
      met: ours.get >= 3 * theirs.get,
    },
    {
      what: `reference server, ${LARGE_MIB} MiB GET Object, whole`,
      figure: `${fmt(large.whole)} MB/s`,
      baseline: `node:http piping the file: ${fmt(large.bare)} MB/s`,
      ratio: large.whole / large.bare,
      target: "≥ 0.8× bare",
      met: large.whole >= 0.8 * large.bare,
    },
    {
      what: `reference server, ${LARGE_MIB} MiB GET Object, 8 ranged parts in parallel`,
      figure: `${fmt(large.ranged)} MB/s`,
      baseline: `node:http piping the file: ${fmt(large.bare)} MB/s`,
      ratio: large.ranged / large.bare,
      target: "≥ 0.8× bare",
      met: large.ranged >= 0.8 * large.bare,
    },
  ];
}
