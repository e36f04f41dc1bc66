import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { isBuildProduct } from "../generator/write/build-products.js";
import { fmt, median, ROOT, type Row } from "./lib.js";
import { writeSyntheticSpec } from "./synthetic-spec.js";

interface Run {
  ms: number;
  peakMb: number;
}

/** Bytes per operation in generated/ before issue 11 (500 copies of Initiate Multipart Upload, 78 MB). */
const BYTES_PER_OPERATION_BEFORE = 156 * 1024;

/** `npm run generate` as a user runs it (a new process), into a scratch output root. */
function generate(spec: string, out: string, cache: string | undefined): Run {
  const args = ["--import", "tsx", join(ROOT, "generator/cli.ts"), "--spec", spec, "--out", out, "--stats"];
  args.push(...(cache ? ["--cache", cache] : ["--no-cache"]));
  return timed(args, /peak rss (\d+) MB/);
}

/** A peer generator on the same bundled spec, in a process of its own (bench/peer-generate.ts). */
function peer(tool: "hey-api" | "openapi-typescript", spec: string, out: string): Run {
  return timed(["--import", "tsx", join(ROOT, "bench/peer-generate.ts"), tool, spec, out], /peak (\d+) MB/);
}

function timed(args: string[], peak: RegExp): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args[2]} failed: ${child.stderr}`);
  return { ms, peakMb: Number(peak.exec(child.stdout)?.[1] ?? 0) };
}

/** The bytes of the files under `dir` that `counted` takes (all by default). */
function folderBytes(dir: string, counted: (path: string) => boolean = () => true): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? folderBytes(path, counted) : counted(path) ? stat.size : 0);
  }, 0);
}

/**
 * Ours beside openapi-typescript and hey-api on synthetic specs of 100 and 500 operations (the
 * peers read our bundled openapi.json), cold; bytes written per operation; then a one-operation
 * edit under `generate -- --watch` on 100 operations.
 */
export async function generateRows(sizes = [100, 500]): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), "bench-generate-"));
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const spec = writeSyntheticSpec(join(ROOT, "spec"), join(work, `spec-${size}`), size);
      const out = join(work, `out-${size}`);
      const ours = generate(spec, out, undefined);
      const bundled = join(out, "generated/openapi.json");
      const hey = peer("hey-api", bundled, join(work, `hey-${size}`));
      const types = peer("openapi-typescript", bundled, join(work, `openapi-typescript-${size}.ts`));
      const last = size === sizes[sizes.length - 1];
      rows.push(
        {
          what: `generate, ${size} operations, cold: ours vs hey-api (types + SDK + fetch client)`,
          figure: `${fmt(ours.ms / 1000, 2)} s, peak ${ours.peakMb} MB`,
          baseline: `${fmt(hey.ms / 1000, 2)} s, peak ${hey.peakMb} MB`,
          ratio: ours.ms / hey.ms,
          target: last ? "≤ 1× hey-api's time" : "reported",
          met: !last || ours.ms <= hey.ms,
        },
        {
          what: `generate, ${size} operations, cold: openapi-typescript on the same spec`,
          figure: `${fmt(types.ms / 1000, 2)} s, peak ${types.peakMb} MB`,
          baseline: `ours: ${fmt(ours.ms / 1000, 2)} s`,
          ratio: types.ms / ours.ms,
          target: "reported",
          met: true,
        },
        {
          what: `generate, ${size} operations: peak memory, ours vs hey-api`,
          figure: `${ours.peakMb} MB`,
          baseline: `${hey.peakMb} MB`,
          ratio: ours.peakMb / hey.peakMb,
          target: last ? "≤ 1.5× hey-api's" : "reported",
          met: !last || ours.peakMb <= 1.5 * hey.peakMb,
        },
      );
      const onDisk = folderBytes(join(out, "generated")) / size;
      const kept = folderBytes(join(out, "generated"), (path) => !isBuildProduct(relative(out, path))) / size;
      rows.push({
        what: `bytes in generated/ per operation that git keeps (sources, Markdown docs, manifests), ${size} operations`,
        figure: `${fmt(kept / 1024, 1)} KB (with the build products generate adds: ${fmt(onDisk / 1024, 1)} KB)`,
        baseline: `before issue 11: ${BYTES_PER_OPERATION_BEFORE / 1024} KB`,
        ratio: kept / BYTES_PER_OPERATION_BEFORE,
        target: "≤ 32 KB",
        met: kept <= 32 * 1024,
      });
    }

    // One operation edited: a new process with a cache, and under --watch (the process already running).
    const dir = join(work, "incremental");
    cpSync(join(work, `spec-${sizes[0]}`), dir, { recursive: true });
    const spec = join(dir, "openapi.yaml");
    const out = join(work, "out-incremental");
    const cache = join(work, "cache");
    const cold = generate(spec, out, cache);
    // A copy of Initiate Multipart Upload: its description and a rule of its own are what is edited.
    const operation = readdirSync(join(dir, "operations"))
      .map((name) => join(dir, "operations", name))
      .find((path) => /operationId: InitiateMultipartUpload\d/.test(readFileSync(path, "utf8")));
    if (!operation) throw new Error("the synthetic spec has no copy of Initiate Multipart Upload");
    const edit = (from: RegExp, to: string) => () => {
      const text = readFileSync(operation, "utf8");
      const edited = text.replace(from, to);
      if (edited === text) throw new Error(`the edit ${String(from)} → ${to} changes nothing in ${operation}`);
      writeFileSync(operation, edited);
    };
    // A new process with a cache: a rule's text edited, then the operation's description.
    edit(/SSE-KMS and SSE-C [^.]*\./, "SSE-KMS and SSE-C exclude each other.")();
    const cached = generate(spec, out, cache);
    edit(/obtain (a|an) [^.]*?upload ID[^.]*?(?=\.)/, "obtain an upload ID unique across the service")();
    const described = generate(spec, out, cache);
    // Under --watch, edits one after the other: the operation's description (its docs and doc
    // comments change), then a rule's description (the rule's code in the operation's function);
    // each kind five times.
    const rounds = 5;
    const times = await watchEdits(
      spec,
      out,
      cache,
      Array.from({ length: rounds }, (_, round) => [
        edit(/obtain (a|an) [^.]*?upload ID[^.]*?(?=\.)/, `obtain an upload ID unique across the service (${round})`),
        edit(/SSE-KMS and SSE-C [^.]*\./, `SSE-KMS and SSE-C cannot be combined (${round}).`),
      ]).flat(),
    );
    const descriptions = times.filter((_, index) => index % 2 === 0);
    const rules = times.filter((_, index) => index % 2 === 1);
    rows.push(
      ...(
        [
          ["a rule's text", cached.ms],
          ["its description", described.ms],
        ] as const
      ).map(([what, ms]) => ({
        what: `generate, ${sizes[0]} operations, one operation edited (${what}), new process with a cache`,
        figure: `${fmt(ms / 1000, 2)} s`,
        baseline: `cold run: ${fmt(cold.ms / 1000, 2)} s`,
        ratio: ms / cold.ms,
        target: "reported",
        met: true,
      })),
      ...(
        [
          ["its description, the first edit after the cold run", descriptions[0] ?? 0],
          [`its description, median of ${rounds} edits`, median(descriptions)],
          [`a rule's description, median of ${rounds} edits`, median(rules)],
        ] as const
      ).map(([what, ms]) => ({
        what: `generate -- --watch, ${sizes[0]} operations, one operation edited: ${what}`,
        figure: `${fmt(ms / 1000, 2)} s`,
        baseline: `cold run: ${fmt(cold.ms / 1000, 2)} s`,
        ratio: ms / cold.ms,
        target: "≤ 0.5 s",
        met: ms <= 500,
      })),
    );
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Starts `generate -- --watch` and makes each edit once it is watching again; returns each run's own time (ms). */
async function watchEdits(spec: string, out: string, cache: string, edits: Array<() => void>): Promise<number[]> {
  const args = ["--import", "tsx", join(ROOT, "generator/cli.ts"), "--watch", "--spec", spec, "--out", out];
  const child = spawn(process.execPath, [...args, "--cache", cache], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const until = async (pattern: RegExp): Promise<RegExpExecArray> => {
    const deadline = Date.now() + 300_000;
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`generate --watch: no ${pattern} in ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  try {
    const runs: number[] = [];
    for (const edit of edits) {
      await until(/watching for changes/);
      output = "";
      edit();
      const [, written] = await until(/generated \d+ files \(\d+ changed\) in (\d+) ms\./);
      runs.push(Number(written));
    }
    return runs;
  } finally {
    child.kill("SIGINT");
  }
}
