import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { signV4 } from "@obs-toolkit/signing";
import { fmt, startTarget, type Row } from "./lib.js";
import { BENCH_AK, BENCH_SK } from "./serve.js";

const CONNECTIONS = [1, 16, 64];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);

interface Load {
  rps: number;
  p99: number;
}

/** autocannon against a target: one V4-signed request, replayed (valid for the 15-minute window). */
async function loadTarget(
  kind: string,
  connections: number,
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined,
): Promise<Load> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
  const target = await startTarget(kind, dataDir);
  try {
    const host = `127.0.0.1:${target.port}`;
    const request = {
      method: "POST",
      path: "/bucket01/objectkey",
      query: [["uploads", ""] as const],
      headers: { host },
    };
    const signed = credentials ? signV4(request, credentials, "us-east-1", "s3", new Date()) : request;
    const { host: _host, ...headers } = signed.headers;
    const result = await autocannon({
      url: `http://${host}/bucket01/objectkey?uploads`,
      method: "POST",
      headers,
      connections,
      duration: SECONDS,
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${kind}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    return { rps: result.requests.average, p99: result.latency.p99 };
  } finally {
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const describeLoad = (load: Load) => `${fmt(load.rps)} req/s, p99 ${fmt(load.p99)} ms`;

/** The server stub against a bare node:http server, and the reference server against s3rver, at 1, 16 and 64 connections. */
export async function httpRows(): Promise<Row[]> {
  const ours = { accessKeyId: BENCH_AK, secretAccessKey: BENCH_SK };
  const rows: Row[] = [];
  for (const connections of CONNECTIONS) {
    const stub = await loadTarget("stub", connections, ours);
    const bare = await loadTarget("bare", connections, ours);
    // The same stub with anonymous access and the request unsigned: what the signature costs.
    const anonymous = await loadTarget("anonymous", connections, undefined);
    const gated = connections > 1;
    rows.push(
      {
        what: `server stub (V4 auth + validation), ${connections} conn`,
        figure: describeLoad(stub),
        baseline: `bare node:http: ${describeLoad(bare)}`,
        ratio: stub.rps / bare.rps,
        target: gated ? "≥ 0.6× bare" : "reported",
        met: !gated || stub.rps / bare.rps >= 0.6,
      },
      {
        what: `server stub, anonymous (routing, validation, handler, XML; no signature), ${connections} conn`,
        figure: describeLoad(anonymous),
        baseline: `bare node:http: ${describeLoad(bare)}`,
        ratio: anonymous.rps / bare.rps,
        target: "reported",
        met: true,
      },
    );
  }
  for (const connections of CONNECTIONS) {
    const reference = await loadTarget("reference", connections, ours);
    const s3rver = await loadTarget("s3rver", connections, { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
    rows.push({
      what: `reference server (fsync before 200), ${connections} conn`,
      figure: describeLoad(reference),
      baseline: `s3rver: ${describeLoad(s3rver)}`,
      ratio: reference.rps / s3rver.rps,
      target: connections === 64 ? "≥ 1× s3rver" : "reported",
      met: connections === 64 ? reference.rps >= s3rver.rps : true,
    });
  }
  return rows;
}
