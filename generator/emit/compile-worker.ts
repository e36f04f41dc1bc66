import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ts } from "ts-morph";

interface WorkerResult {
  id: number;
  error?: string;
  outputs?: Array<[string, string]>;
  /** Set when the job's changed files were transpiled alone. */
  transpiled?: boolean;
  /** Set with transpiled outputs whose program is being checked: a result with `checked` (or `error`) follows. */
  pending?: boolean;
  checked?: boolean;
}

/** A job's two answers: its outputs, and its program checked (the same moment, but for --watch's code edits). */
export interface CompileJob {
  outputs: Promise<Map<string, string>>;
  checked: Promise<void>;
}

/** A promise with its settling functions (Node 20 has no Promise.withResolvers). */
interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // Observed here, so that a rejection the caller does not wait for is never unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

interface Pending {
  outputs: Deferred<Map<string, string>>;
  checked: Deferred<void>;
  /** Whether the outputs came (before the check, under --watch). */
  sent: boolean;
}

/**
 * A compiler thread (compile-thread.cjs): one per run, or one for all the runs of `--watch`, whose
 * program it keeps between them. It requires TypeScript by its resolved path. The sources are in
 * memory; everything else (lib files, @types, registry packages' declarations) is read from disk.
 * Each job type-checks the whole program once, then emits it. The program is tsc's incremental
 * one: files unchanged since the last job (kept in memory by a long-lived worker, or in the build
 * info on disk) are neither checked nor emitted again, the caller having their output cached;
 * `needed` names the files whose output the caller lacks, emitted whatever the incremental state
 * says.
 */
export class CompileWorker {
  private readonly worker: Worker;
  private readonly jobs = new Map<number, Pending>();
  private next = 0;
  /**
   * How the last job went: checked as a program; its changed files transpiled (an edit to
   * comments alone); or, under --watch, an edit to code: transpiled first, then checked.
   */
  lastJob: "checked" | "transpiled" | "transpiled, then checked" | undefined;

  /** `keep`: the worker serves several runs (--watch) and keeps its program between them. */
  constructor(keep = false) {
    this.worker = new Worker(fileURLToPath(new URL("./compile-thread.cjs", import.meta.url)), {
      workerData: { typescriptPath: fileURLToPath(import.meta.resolve("typescript")), root: process.cwd(), keep },
    });
    this.worker.on("message", (result: WorkerResult) => {
      const job = this.jobs.get(result.id);
      if (!job) return;
      if (result.error !== undefined) {
        if (!job.sent) this.lastJob = "checked";
        // Rejecting outputs that were sent first changes nothing: a settled promise stays as it is.
        const error = new Error(`the generated code does not type-check:\n${result.error}`);
        job.outputs.reject(error);
        job.checked.reject(error);
      } else if (result.outputs) {
        this.lastJob = result.pending ? "transpiled, then checked" : result.transpiled ? "transpiled" : "checked";
        job.outputs.resolve(new Map(result.outputs));
        job.sent = true;
        if (result.pending) return;
        job.checked.resolve(undefined);
      } else job.checked.resolve(undefined);
      this.jobs.delete(result.id);
      if (this.jobs.size === 0) this.worker.unref();
    });
    this.worker.on("error", (error) => {
      for (const job of this.jobs.values()) {
        job.outputs.reject(error);
        job.checked.reject(error);
      }
      this.jobs.clear();
    });
    // A worker with no job in flight does not keep the process alive.
    this.worker.unref();
  }

  /**
   * Type-checks and emits the sources. `outputs` resolves with the emitted files (path → text,
   * paths under `options.outDir`), and `checked` when the program passed; both reject with the
   * first diagnostics. Under --watch, after a program that passed, an edit's changed files are
   * transpiled alone and `outputs` resolves with them before the program is checked. `needed`
   * pairs each source whose output must be emitted even when it is unchanged with its JavaScript
   * output path; `buildInfo` is where tsc's incremental state is kept between processes.
   */
  compile(
    sources: ReadonlyMap<string, string>,
    options: ts.CompilerOptions,
    buildInfo: string | undefined,
    needed: Array<[string, string]>,
  ): CompileJob {
    const id = this.next++;
    const job: Pending = { outputs: deferred(), checked: deferred(), sent: false };
    this.jobs.set(id, job);
    this.worker.ref();
    this.worker.postMessage({ id, sources: [...sources], options, buildInfo, needed });
    return { outputs: job.outputs.promise, checked: job.checked.promise };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
