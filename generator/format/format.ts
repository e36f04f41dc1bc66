import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { format, version as prettierVersion, type Options } from "prettier";
import { TextCache } from "../write/text-cache.js";
import type { EmittedFiles } from "../emit/emitted.js";

// The project's prettier settings, the same for generated and hand-written code.
const OPTIONS = JSON.parse(readFileSync(new URL("../../.prettierrc.json", import.meta.url), "utf8")) as Options;

// babel-ts prints TypeScript as the typescript parser does and parses it in half the time
// (checked on every generated file: the snapshots and `generate -- --check` would show a difference).
const PARSERS: Record<string, string> = { ".ts": "babel-ts", ".md": "markdown", ".html": "html" };

/**
 * Prettier in a worker thread: plain JS run with `eval`, importing prettier by its resolved URL.
 * It formats a line in each language first, so that prettier's parsers are loaded while the
 * main thread is still compiling.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.prettierUrl).then(async (prettier) => {
  for (const [parser, text] of workerData.warmUp) await prettier.format(text, { parser }).catch(() => undefined);
  parentPort.on("message", async ({ id, text, options }) => {
    try {
      parentPort.postMessage({ id, text: await prettier.format(text, options) });
    } catch (error) {
      parentPort.postMessage({ id, error: String((error && error.message) || error) });
    }
  });
});`;

const WARM_UP: Array<[string, string]> = [
  ["babel-ts", "const a: number = 1;"],
  ["markdown", "# a"],
  ["html", "<p>a</p>"],
];

/**
 * Prettier workers, started early so that they are warm when the files are ready: one per core
 * but the one the compiler's thread keeps busy meanwhile (more only add memory, not speed).
 */
export class FormatPool {
  private readonly workers: Worker[];

  constructor(threads = availableParallelism() - 1) {
    const prettierUrl = import.meta.resolve("prettier");
    this.workers = Array.from(
      { length: Math.max(1, threads) },
      () => new Worker(WORKER_CODE, { eval: true, workerData: { prettierUrl, warmUp: WARM_UP } }),
    );
  }

  /** Formats every job, spread over the workers; results in the jobs' order. */
  async run(jobs: Job[]): Promise<string[]> {
    const results: string[] = new Array<string>(jobs.length);
    let next = 0;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) {
                worker.removeAllListeners("message");
                worker.removeAllListeners("error");
                return resolve();
              }
              const id = next++;
              const job = jobs[id] as Job;
              worker.postMessage({ id, text: job.text, options: job.options });
            };
            worker.on("message", (message: { id: number; text?: string; error?: string }) => {
              if (message.error !== undefined)
                return reject(new Error(`prettier failed on ${jobs[message.id]?.path}: ${message.error}`));
              results[message.id] = message.text ?? "";
              send();
            });
            worker.on("error", reject);
            send();
          }),
      ),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

interface Job {
  path: string;
  text: string;
  options: Options;
}

/** Formats jobs on a pool: the caller's, or one of its own for a large batch (a few jobs are formatted in this thread, as starting workers costs more). */
async function formatAll(jobs: Job[], pool: FormatPool | undefined): Promise<string[]> {
  if (pool) return pool.run(jobs);
  if (jobs.length < 64 || availableParallelism() <= 1)
    return Promise.all(jobs.map((job) => format(job.text, job.options)));
  const own = new FormatPool();
  try {
    return await own.run(jobs);
  } finally {
    await own.close();
  }
}

export interface FormatOptions {
  /** A folder of formatted texts keyed by the hash of their input: unchanged files are not formatted again. */
  cacheDir?: string | undefined;
  /** Warm prettier workers to use (see FormatPool); without, large batches get a pool of their own. */
  pool?: FormatPool | undefined;
}

/**
 * Formats the authored files with prettier, by extension (other files pass through), in
 * parallel, skipping any file whose unformatted text was formatted before (the cache); the
 * final files join them as they are.
 */
export async function formatFiles(files: EmittedFiles, options: FormatOptions = {}): Promise<Map<string, string>> {
  const out = new Map<string, string>(files.final);
  const cache = options.cacheDir === undefined ? undefined : new TextCache(options.cacheDir);
  const jobs: Array<Job & { key: string }> = [];
  for (const [path, text] of files.authored) {
    const extension = path.slice(path.lastIndexOf("."));
    const parser = PARSERS[extension];
    if (!parser) {
      out.set(path, text);
      continue;
    }
    const jobOptions = { ...OPTIONS, parser };
    const key = createHash("sha256")
      .update(`${prettierVersion}\0${JSON.stringify(jobOptions)}\0${text}`)
      .digest("hex");
    const cached = cache?.read(cachePath(key));
    if (cached !== undefined) out.set(path, cached);
    else jobs.push({ path, text, options: jobOptions, key });
  }
  const t0 = performance.now();
  // The compiler runs meanwhile in its own thread; a type error stops the run here.
  const [formatted, compiled] = await Promise.all([formatAll(jobs, options.pool), files.compiled]);
  for (const [path, text] of compiled) out.set(path, text);
  if (process.env.OBS_TIMINGS)
    console.error(`  (prettier: ${jobs.length} file(s) in ${Math.round(performance.now() - t0)} ms)`);
  jobs.forEach((job, index) => {
    const text = formatted[index] ?? "";
    out.set(job.path, text);
    cache?.write(cachePath(job.key), text);
  });
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Formatted texts are kept under the first two characters of their key, as git keeps objects. */
const cachePath = (key: string) => `${key.slice(0, 2)}/${key}`;
