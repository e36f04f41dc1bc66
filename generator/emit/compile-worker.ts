import { Worker } from "node:worker_threads";
import type { ts } from "ts-morph";

/**
 * The compiler, in a worker thread: plain JS run with `eval`, importing TypeScript by its
 * resolved URL. The sources are in memory; everything else (lib files, @types, registry
 * packages' declarations) is read from disk. The whole program is type-checked once, then
 * emitted. With a build-info path the program is tsc's incremental one: files unchanged since
 * the last run are neither checked nor emitted again (the caller has their output cached), and
 * `needed` names the files whose output the caller lacks, emitted whatever the build info says.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
import(workerData.typescriptUrl).then(({ default: ts }) => {
  const { sources, buildInfo, needed } = workerData;
  const options = { ...workerData.options, incremental: buildInfo !== undefined, tsBuildInfoFile: buildInfo };
  const files = new Map(sources);
  const host = ts.createIncrementalCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language, onError, fresh) => {
    if (!files.has(name)) return getSourceFile(name, language, onError, fresh);
    const file = ts.createSourceFile(name, files.get(name), language, true);
    file.version = createHash("sha256").update(files.get(name)).digest("hex");
    return file;
  };
  const fileExists = host.fileExists;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const readFile = host.readFile;
  host.readFile = (name) => files.get(name) ?? readFile(name);
  const builder = buildInfo === undefined ? undefined : ts.createIncrementalProgram({ rootNames: [...files.keys()], options, host });
  const program = builder ? builder.getProgram() : ts.createProgram({ rootNames: [...files.keys()], options, host });
  const checked = builder ?? program;
  const diagnostics = [
    ...checked.getOptionsDiagnostics(),
    ...checked.getGlobalDiagnostics(),
    ...checked.getSyntacticDiagnostics(),
    ...checked.getSemanticDiagnostics(),
    // isolatedDeclarations' findings (a declaration that needs another file's types) come from here.
    ...checked.getDeclarationDiagnostics(),
  ];
  const formatHost = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => workerData.root, getNewLine: () => "\\n" };
  if (diagnostics.length > 0) return parentPort.postMessage({ error: ts.formatDiagnostics(diagnostics.slice(0, 20), formatHost) });
  const outputs = [];
  const collect = (name, text) => {
    if (name.endsWith(".tsbuildinfo")) ts.sys.writeFile(name, text);
    else outputs.push([name, text]);
  };
  (builder ?? program).emit(undefined, collect);
  const emitted = new Set(outputs.map(([name]) => name));
  for (const [source, output] of needed)
    if (!emitted.has(output)) program.emit(program.getSourceFile(source), collect);
  parentPort.postMessage({ outputs });
});`;

/**
 * Type-checks and emits the sources; resolves with the emitted files (path → text, paths under
 * `options.outDir`), or rejects with the first diagnostics. `needed` pairs each source whose output
 * must be emitted even when the build info says it is current with its JavaScript output path.
 */
export function compileInWorker(
  sources: ReadonlyMap<string, string>,
  options: ts.CompilerOptions,
  buildInfo: string | undefined,
  needed: Array<[string, string]>,
): Promise<Map<string, string>> {
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: {
      typescriptUrl: import.meta.resolve("typescript"),
      sources: [...sources],
      options,
      buildInfo,
      needed,
      root: process.cwd(),
    },
  });
  return new Promise((resolve, reject) => {
    worker.once("message", (result: { error?: string; outputs?: Array<[string, string]> }) => {
      void worker.terminate();
      if (result.error !== undefined) reject(new Error(`the generated code does not type-check:\n${result.error}`));
      else resolve(new Map(result.outputs));
    });
    worker.once("error", reject);
  });
}
