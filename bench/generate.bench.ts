import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, ROOT, type Row } from "./lib.js";
import { writeSyntheticSpec } from "./synthetic-spec.js";

interface Run {
  ms: number;
  peakMb: number;
  output: string;
}

/** `npm run generate` as a user runs it (a new process), into a scratch output root. */
function generate(spec: string, out: string, cache: string | undefined): Run {
  const args = [
    "--import",
    "tsx",
    join(ROOT, "generator/cli.ts"),
    "--spec",
    spec,
    "--out",
    out,
    "--stats",
    ...(cache ? ["--cache", cache] : ["--no-cache"]),
  ];
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`generate failed: ${child.stderr}`);
  return { ms, peakMb: Number(/peak rss (\d+) MB/.exec(child.stdout)?.[1] ?? 0), output: child.stdout.trim() };
}

/** Generation time on synthetic specs of 1 to 500 operations, and the incremental runs against a cold one. */
export function generateRows(sizes = [1, 10, 100, 500]): Row[] {
  const work = mkdtempSync(join(tmpdir(), "bench-generate-"));
  try {
    const runs = new Map<number, Run>();
    for (const size of sizes) {
      const spec = writeSyntheticSpec(join(ROOT, "spec"), join(work, `spec-${size}`), size);
      runs.set(size, generate(spec, join(work, `out-${size}`), undefined));
    }
    const rows: Row[] = sizes.map((size) => {
      const run = runs.get(size) as Run;
      const base = runs.get(100);
      const growth = size === 500 && base ? run.ms / base.ms : 0;
      return {
        what: `generate, ${size} operation(s), cold (no cache)`,
        figure: `${fmt(run.ms / 1000, 2)} s, peak ${run.peakMb} MB`,
        baseline: size === 500 && base ? `100 operations: ${fmt(base.ms / 1000, 2)} s` : "—",
        ratio: growth || run.ms / ((runs.get(sizes[0] ?? 1) as Run).ms || 1),
        target: size === 500 ? "time(500)/time(100) ≤ 6 and ≤ 5 s" : "reported",
        met: size === 500 ? growth <= 6 && run.ms <= 5000 : true,
      };
    });

    // Incremental: 100 operations; a run that fills the cache, then one with nothing changed, then one after editing one operation.
    const dir = join(work, "incremental");
    cpSync(join(work, "spec-100"), dir, { recursive: true });
    const spec = join(dir, "openapi.yaml");
    const out = join(work, "out-incremental");
    const cache = join(work, "cache");
    const cold = generate(spec, out, cache);
    const unchanged = generate(spec, out, cache);
    const operation = join(dir, "operations/op-7.yaml");
    writeFileSync(
      operation,
      readFileSync(operation, "utf8").replace(
        "SSE-KMS and SSE-C cannot be used together.",
        "SSE-KMS and SSE-C exclude each other.",
      ),
    );
    const edited = generate(spec, out, cache);
    for (const [what, run] of [
      ["nothing changed", unchanged],
      ["one operation edited", edited],
    ] as const) {
      rows.push({
        what: `generate, 100 operations, ${what}`,
        figure: `${fmt(run.ms / 1000, 2)} s`,
        baseline: `cold run: ${fmt(cold.ms / 1000, 2)} s`,
        ratio: run.ms / cold.ms,
        target: "≤ 25% of cold",
        met: run.ms / cold.ms <= 0.25,
      });
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
