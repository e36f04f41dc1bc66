import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startScript } from "./child-process.js";
import { fmt, ROOT, writeRandomFile, type Row } from "./lib.js";
import { BENCH_AK, BENCH_SK } from "./serve.js";

const MiB = 1024 * 1024;
const SIZE_MIB = Number(process.env.BENCH_UPLOAD_MIB ?? 1024);
const PART = 16 * MiB;
const IN_FLIGHT = 4;

/** Peak resident memory of a process, in MiB (VmHWM). */
const peakRss = (pid: number | undefined) =>
  Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);

/** The same bytes hashed (MD5 + SHA-256, what a signed, checked part costs) and written with fsync: what this machine allows. */
function machineLimit(file: string, dir: string): { hashMBs: number; writeMBs: number } {
  const data = readFileSync(file);
  let started = performance.now();
  createHash("md5").update(data).digest();
  createHash("sha256").update(data).digest();
  const hashMBs = data.length / MiB / ((performance.now() - started) / 1000);
  const out = openSync(join(dir, "copy.bin"), "w");
  started = performance.now();
  for (let offset = 0; offset < data.length; offset += PART)
    writeSync(out, data, offset, Math.min(PART, data.length - offset));
  fsyncSync(out);
  closeSync(out);
  const writeMBs = data.length / MiB / ((performance.now() - started) / 1000);
  rmSync(join(dir, "copy.bin"));
  return { hashMBs, writeMBs };
}

/** One upload of the file by `tool` to a fresh `target` server: throughput, client and server peak memory. */
async function measure(tool: "ours" | "lib-storage", target: "reference" | "s3rver", file: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-upload-${target}-`));
  const server = await startScript(ROOT, join(ROOT, "bench/serve.ts"), [target, dataDir], /port=(\d+)/);
  try {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/upload-client.ts",
        tool,
        `http://127.0.0.1:${server.match[1]}`,
        file,
        String(PART),
        String(IN_FLIGHT),
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, ...(target === "s3rver" ? { BENCH_S3RVER: "1" } : {}) },
        timeout: 600_000,
      },
    );
    const out = /seconds=([\d.]+) rss=(\d+)/.exec(run.stdout);
    if (!out) throw new Error(`${tool} → ${target} failed: ${run.stderr.slice(-2000)}`);
    return { mbs: SIZE_MIB / Number(out[1]), clientRss: Number(out[2]), serverRss: peakRss(server.child.pid) };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The peak resident memory, in MiB, of the largest process `command` runs (its children included), from Python's getrusage. */
function commandPeakMib(command: string[], env: NodeJS.ProcessEnv): number {
  const run = spawnSync(
    "python3",
    [
      "-c",
      "import resource,subprocess,sys; r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
      ...command,
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 300_000 },
  );
  const [code, kib] = run.stdout.trim().split(" ");
  if (code !== "0") throw new Error(`${command.join(" ")} failed: ${run.stderr.slice(-1000)}`);
  return Math.round(Number(kib) / 1024);
}

/**
 * A 64 MiB file uploaded by the transfer package's command (its bin, compiled, on plain node;
 * and `npm run upload`, which runs it from source under tsx) and by the AWS CLI's `s3 cp`, each
 * to the reference server: the peak memory of each.
 */
async function cliRows(dir: string): Promise<Row[]> {
  if (spawnSync("aws", ["--version"]).status !== 0) return [];
  const file = join(dir, "cli.bin");
  writeRandomFile(file, 64);
  const build = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], {
    cwd: join(ROOT, "transfer"),
  });
  if (build.status !== 0) throw new Error(`transfer does not build: ${String(build.stdout)}`);
  const dataDir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const server = await startScript(ROOT, join(ROOT, "bench/serve.ts"), ["reference", dataDir], /port=(\d+)/);
  try {
    const endpoint = `http://127.0.0.1:${server.match[1]}`;
    const ours = { OBS_ACCESS_KEY_ID: BENCH_AK, OBS_SECRET_ACCESS_KEY: BENCH_SK };
    const aws = { AWS_ACCESS_KEY_ID: BENCH_AK, AWS_SECRET_ACCESS_KEY: BENCH_SK, AWS_DEFAULT_REGION: "us-east-1" };
    const bin = commandPeakMib(
      ["node", "transfer/dist/cli.js", file, "bucket01/bin.bin", "--endpoint", endpoint],
      ours,
    );
    const npmRun = commandPeakMib(
      ["npm", "run", "-s", "upload", "--", file, "bucket01/npm.bin", "--endpoint", endpoint],
      ours,
    );
    const cli = commandPeakMib(["aws", "--endpoint-url", endpoint, "s3", "cp", file, "s3://bucket01/aws.bin"], aws);
    return [
      {
        what: "upload 64 MiB from the command line: peak memory, obs-upload (the transfer package's bin) vs AWS CLI v2 `s3 cp`",
        figure: `${bin} MiB (\`npm run upload\`, from source under tsx: ${npmRun} MiB)`,
        baseline: `aws s3 cp: ${cli} MiB`,
        ratio: bin / cli,
        target: "≤ the AWS CLI's",
        met: bin <= cli,
      },
    ];
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `upload` and `@aws-sdk/lib-storage`, each to the reference server and to s3rver, one file of SIZE_MIB, in one run. */
export async function uploadRows(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-upload-"));
  const file = join(dir, "upload.bin");
  writeRandomFile(file, SIZE_MIB);
  try {
    const limit = machineLimit(file, dir);
    const oursRef = await measure("ours", "reference", file);
    const libRef = await measure("lib-storage", "reference", file);
    const oursS3rver = await measure("ours", "s3rver", file);
    const libS3rver = await measure("lib-storage", "s3rver", file);
    const what = (tool: string, target: string) =>
      `upload ${SIZE_MIB} MiB, 16 MiB parts, ${IN_FLIGHT} in flight: ${tool} → ${target}`;
    const detail = (m: { mbs: number; clientRss: number; serverRss: number }) =>
      `${fmt(m.mbs)} MB/s (client peak ${m.clientRss} MiB, server peak ${m.serverRss} MiB)`;
    return [
      {
        what: `${what("upload", "reference")} vs lib-storage → s3rver`,
        figure: detail(oursRef),
        baseline: detail(libS3rver),
        ratio: oursRef.mbs / libS3rver.mbs,
        target: "≥ 1.5×",
        met: oursRef.mbs / libS3rver.mbs >= 1.5,
      },
      {
        what: `${what("upload", "reference")} vs lib-storage → reference`,
        figure: `${fmt(oursRef.mbs)} MB/s`,
        baseline: detail(libRef),
        ratio: oursRef.mbs / libRef.mbs,
        target: "≥ 1×",
        met: oursRef.mbs / libRef.mbs >= 1,
      },
      {
        what: what("upload", "s3rver"),
        figure: detail(oursS3rver),
        baseline: `lib-storage → s3rver: ${fmt(libS3rver.mbs)} MB/s`,
        ratio: oursS3rver.mbs / libS3rver.mbs,
        target: "reported",
        met: true,
      },
      {
        what: "client peak memory of upload → reference vs lib-storage's (same process kind, same run)",
        figure: `${oursRef.clientRss} MiB (server ${oursRef.serverRss} MiB)`,
        baseline: `lib-storage: ${libRef.clientRss} MiB`,
        ratio: oursRef.clientRss / libRef.clientRss,
        target: "client ≤ lib-storage's; server ≤ 200 MiB",
        met: oursRef.clientRss <= libRef.clientRss && oursRef.serverRss <= 200,
      },
      ...(await cliRows(dir)),
      {
        what: "this machine's limit",
        figure: `MD5 + SHA-256 ${fmt(limit.hashMBs)} MB/s; write + fsync ${fmt(limit.writeMBs)} MB/s`,
        baseline: "—",
        ratio: oursRef.mbs / Math.min(limit.hashMBs, limit.writeMBs),
        target: "reported",
        met: true,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
