import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { format, version as prettierVersion, type Options } from "prettier";

const OPTIONS: Options = { printWidth: 120, trailingComma: "all" };

const PARSERS: Record<string, string> = { ".ts": "typescript", ".js": "babel", ".json": "json", ".md": "markdown", ".html": "html" };

/** Prettier in a worker thread: plain JS run with `eval`, importing prettier by its resolved URL. */
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.prettierUrl).then((prettier) => {
  parentPort.on("message", async ({ id, text, options }) => {
    try {
      parentPort.postMessage({ id, text: await prettier.format(text, options) });
    } catch (error) {
      parentPort.postMessage({ id, error: String((error && error.message) || error) });
    }
  });
});`;

interface Job {
  path: string;
  text: string;
  options: Options;
}

/** Formats jobs on up to `threads` workers; in this thread for a few jobs, where starting workers (each loading prettier) costs more than it saves. */
async function formatAll(jobs: Job[], threads: number): Promise<string[]> {
  if (threads <= 1 || jobs.length < 64) return Promise.all(jobs.map((job) => format(job.text, job.options)));
  const prettierUrl = import.meta.resolve("prettier");
  const results: string[] = new Array<string>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(WORKER_CODE, { eval: true, workerData: { prettierUrl } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              const job = jobs[id] as Job;
              worker.postMessage({ id, text: job.text, options: job.options });
            };
            worker.on("message", (message: { id: number; text?: string; error?: string }) => {
              if (message.error !== undefined) return reject(new Error(`prettier failed on ${jobs[message.id]?.path}: ${message.error}`));
              results[message.id] = message.text ?? "";
              send();
            });
            worker.on("error", reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

export interface FormatOptions {
  /** A folder of formatted texts keyed by the hash of their input: unchanged files are not formatted again. */
  cacheDir?: string | undefined;
  /** Worker threads; default one per core. */
  threads?: number | undefined;
}

/**
 * Formats every emitted file with prettier, by extension (other files pass through), in
 * parallel, skipping any file whose unformatted text was formatted before (the cache).
 */
export async function formatFiles(files: Map<string, string>, options: FormatOptions = {}): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const jobs: Array<Job & { key: string }> = [];
  for (const [path, text] of files) {
    const extension = path.endsWith(".d.ts") ? ".ts" : path.slice(path.lastIndexOf("."));
    const parser = PARSERS[extension];
    if (!parser) {
      out.set(path, text);
      continue;
    }
    const jobOptions = { ...OPTIONS, parser };
    const key = createHash("sha256").update(`${prettierVersion}\0${JSON.stringify(jobOptions)}\0${text}`).digest("hex");
    const cached = options.cacheDir ? readCache(options.cacheDir, key) : undefined;
    if (cached !== undefined) out.set(path, cached);
    else jobs.push({ path, text, options: jobOptions, key });
  }
  const formatted = await formatAll(jobs, options.threads ?? availableParallelism());
  jobs.forEach((job, index) => {
    const text = formatted[index] ?? "";
    out.set(job.path, text);
    if (options.cacheDir) writeCache(options.cacheDir, job.key, text);
  });
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

function readCache(dir: string, key: string): string | undefined {
  try {
    return readFileSync(join(dir, key.slice(0, 2), key), "utf8");
  } catch {
    return undefined;
  }
}

function writeCache(dir: string, key: string, text: string): void {
  const folder = join(dir, key.slice(0, 2));
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `${key}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, join(folder, key));
}
