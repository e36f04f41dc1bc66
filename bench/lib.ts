import { spawn, type ChildProcess } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

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

export const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A process of `bench/serve.ts` serving one target; resolves with its port. */
export function startTarget(kind: string, dataDir: string): Promise<{ port: number; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bench/serve.ts"), kind, dataDir], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`${kind} did not start`)), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /port=(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        port: Number(match[1]),
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
    child.once("exit", (code) => reject(new Error(`${kind} exited (${code})`)));
  });
}

export function markdownTable(rows: Row[]): string {
  const lines = ["| what | figure | baseline (same run) | ratio | target | met |", "| --- | --- | --- | --- | --- | --- |"];
  for (const row of rows) lines.push(`| ${row.what} | ${row.figure} | ${row.baseline} | ${fmt(row.ratio, 2)} | ${row.target} | ${row.met ? "yes" : "**no**"} |`);
  return lines.join("\n");
}
