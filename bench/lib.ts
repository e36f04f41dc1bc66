import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { signV4 } from "@obs-toolkit/signing";
import { startScript } from "./child-process.js";

export const ROOT = join(import.meta.dirname, "..");

/** One line of the results table: a figure, the baseline measured in the same run, and the target. */
export interface Row {
  what: string;
  figure: string;
  baseline: string;
  /** figure / baseline (or the ratio the target is stated in). */
  ratio: number;
  target: string;
  met: boolean;
}

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

/** The middle value (the upper one of an even count); 0 for none. */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The node flags `npm run serve` starts the server with (package.json): a bench runs what users run. */
export function serveNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
    .scripts;
  const flags = /^node ((?:--[\w-]+(?:=\S+)? )*)--import tsx /.exec(scripts["serve"] ?? "")?.[1];
  if (flags === undefined) throw new Error(`package.json's serve script is not "node [flags] --import tsx …"`);
  return flags.split(" ").filter(Boolean);
}

/** A process of `bench/serve.ts` serving one target (under `nodeFlags`); resolves with its port and pid. */
export async function startTarget(
  kind: string,
  dataDir: string,
  nodeFlags: string[] = [],
): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  const started = await startScript(ROOT, join(ROOT, "bench/serve.ts"), [kind, dataDir], /port=(\d+)/, nodeFlags);
  return { port: Number(started.match[1]), pid: started.child.pid ?? 0, stop: () => started.stop() };
}

/** Writes a file of `mib` MiB of random bytes (incompressible, as objects are to a store). */
export function writeRandomFile(path: string, mib: number): void {
  const out = openSync(path, "w");
  try {
    for (let i = 0; i < mib; i++) writeSync(out, randomBytes(1024 * 1024));
  } finally {
    closeSync(out);
  }
}

/** The CPU time a process has used so far, user and system, in seconds (Linux's /proc). */
export function cpuSeconds(pid: number): number {
  // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in ticks of 1/100 s.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function markdownTable(rows: Row[]): string {
  const lines = [
    "| what | figure | baseline (same run) | ratio | target | met |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows)
    lines.push(
      `| ${row.what} | ${row.figure} | ${row.baseline} | ${fmt(row.ratio, 2)} | ${row.target} | ${row.met ? "yes" : "**no**"} |`,
    );
  return lines.join("\n");
}

/** A server on 127.0.0.1 and the keys a bench signs its requests to it with. */
export interface Endpoint {
  port: number;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/** A V4-signed request's headers, host left out (the load generator adds it), to replay within the 15-minute window. */
export function signedHeaders(
  target: Endpoint,
  method: string,
  path: string,
  payloadHash: string,
  headers: Record<string, string> = {},
  query: Array<[string, string]> = [],
): Record<string, string> {
  const { host: _host, ...out } = signV4(
    { method, path, query, headers: { host: `127.0.0.1:${target.port}`, ...headers } },
    target.credentials,
    "us-east-1",
    "s3",
    new Date(),
    payloadHash,
  ).headers;
  return out;
}
