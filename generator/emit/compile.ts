import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { printStructure, StructureKind, ts } from "ts-morph";
import { PACKAGE_SCOPE, type PackagePlan } from "./package.js";
import { TextCache } from "../write/text-cache.js";
import type { EmittedFiles } from "./emitted.js";
import { CompileWorker } from "./compile-worker.js";

/** What one source file compiles to: its JavaScript and its declarations. */
interface Compiled {
  js: string;
  dts: string;
}

/** The first line of every generated source (and so of its `.js`). */
export const GENERATED_BANNER = "// Generated from spec/ by `npm run generate`: edit the spec, not this file.\n";

/**
 * Builds every package's TypeScript sources (ts-morph prints the emitters' structures), then
 * type-checks the whole program once and compiles it to ESM JavaScript and declarations in a
 * worker thread, while the caller formats (`compiled`). With a cache folder the compiler is
 * tsc's incremental one: what did not change since the last run is neither checked nor emitted
 * again, its output coming from the cache.
 *
 * Returns file texts keyed by path relative to the project root: the generated sources to
 * format, and the runtime's copies and (when `compiled` resolves) the compiler's output, final
 * as they are.
 */
export function compilePackages(
  plans: PackagePlan[],
  root: string,
  runtimeDir: string,
  cacheDir?: string,
  compiler?: CompileWorker,
): EmittedFiles {
  const generated = join(root, "generated");
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    // The packages run on Node: its types (@types/node), not a browser's DOM, say what exists there.
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    declaration: true,
    // Each file's JavaScript and declarations depend on that file alone: an edit re-emits only its files.
    isolatedDeclarations: true,
    isolatedModules: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
    newLine: ts.NewLineKind.LineFeed,
    rootDir: generated,
    outDir: join(root, ".emit"),
    paths: Object.fromEntries(
      plans.map((plan) => [`${PACKAGE_SCOPE}/${plan.dir}`, [join(generated, plan.dir, "src/index.ts")]]),
    ),
  };
  const cache = cacheDir ? new CompileCache(cacheDir) : undefined;
  const sources = new Map<string, string>();
  // The runtime's files are hand-written and already formatted; with the compiler's output they are final.
  const runtimeCopies = new Set<string>();
  for (const plan of plans) {
    const pkg = join(generated, plan.dir);
    // The package's own runtime folder lands in src/runtime/; shared ones beside it (src/xml/), so
    // that `../xml/…` imports resolve the same in runtime/ and in the package.
    const folders = [
      ...(plan.runtime ? [[plan.runtime, "src/runtime"]] : []),
      ...plan.sharedRuntime.map((name) => [name, `src/${name}`]),
    ];
    for (const [folder = "", target = ""] of folders) {
      const from = join(runtimeDir, folder);
      for (const name of readdirSync(from)
        .filter((n) => n.endsWith(".ts"))
        .sort()) {
        const path = join(pkg, target, name);
        const banner = `// Copied from runtime/${folder}/${name} by \`npm run generate\`: edit that file, not this one.\n`;
        sources.set(path, banner + readFileSync(join(from, name), "utf8"));
        runtimeCopies.add(path);
      }
    }
    for (const [path, statements] of [...plan.sources].sort(([a], [b]) => a.localeCompare(b))) {
      const file = join(pkg, path);
      if (typeof statements[0] === "string") {
        sources.set(file, GENERATED_BANNER + (statements as string[]).join("\n") + "\n");
        continue;
      }
      // Printing structures is the costly part of building a file: reuse the text printed for the same structures before.
      const key = cache && createHash("sha256").update(JSON.stringify(statements)).digest("hex");
      let text = key ? cache?.printed(key) : undefined;
      if (text === undefined) {
        // Printed to text alone: a project's source file would also parse the text into a syntax tree.
        text = printStructure({ kind: StructureKind.SourceFile, statements: statements as never });
        if (key) cache?.storePrinted(key, text);
      }
      sources.set(file, GENERATED_BANNER + text);
    }
  }

  const output: EmittedFiles = {
    authored: new Map(),
    final: new Map(),
    compiled: Promise.resolve(new Map()),
    checked: Promise.resolve(),
  };
  const keys = new Map<string, string>();
  const cached = new Map<string, Compiled>();
  const needed: Array<[string, string]> = [];
  for (const [file, text] of sources) {
    const path = relative(root, file);
    (runtimeCopies.has(file) ? output.final : output.authored).set(path, text);
    const key = createHash("sha256").update(`${ts.version}\0${path}\0${text}`).digest("hex");
    keys.set(file, key);
    const hit = cache?.load(key);
    if (hit) cached.set(file, hit);
    else needed.push([file, emitPath(options, file, ".js")]);
  }
  const buildInfo = cacheDir && join(cacheDir, "program.tsbuildinfo");
  // Without a compiler of the caller's (the one --watch keeps), one for this run.
  const worker = compiler ?? new CompileWorker();
  const compileStarted = performance.now();
  const job = worker.compile(sources, options, buildInfo, needed);
  if (process.env.OBS_TIMINGS)
    void job.outputs.then(
      () =>
        console.error(
          `  (compiler: ${sources.size} file(s) in ${Math.round(performance.now() - compileStarted)} ms, ${worker.lastJob})`,
        ),
      () => undefined,
    );
  if (!compiler) void job.checked.finally(() => worker.close()).catch(() => undefined);
  output.checked = job.checked;
  output.compiled = job.outputs.then((emitted) => {
    const dist = new Map<string, string>();
    for (const [file] of sources) {
      const fresh = emitted.has(emitPath(options, file, ".js"))
        ? {
            js: emitted.get(emitPath(options, file, ".js")) ?? "",
            dts: emitted.get(emitPath(options, file, ".d.ts")) ?? "",
          }
        : undefined;
      const compiled = fresh ?? cached.get(file);
      if (!compiled) throw new Error(`the compiler wrote nothing for ${file}`);
      if (fresh) cache?.store(keys.get(file) as string, fresh);
      // generated/<pkg>/src/x.ts → generated/<pkg>/dist/x.js and x.d.ts
      const out = relative(root, file)
        .replace(/\/src\//, "/dist/")
        .replace(/\.ts$/, "");
      dist.set(`${out}.js`, compiled.js);
      dist.set(`${out}.d.ts`, compiled.dts);
    }
    return dist;
  });
  // Observed here too, so that a failure is never unhandled when the caller stops first.
  output.compiled.catch(() => undefined);
  return output;
}

/** Where the compiler writes a source's output: generated/<pkg>/src/x.ts → .emit/<pkg>/src/x.js. */
function emitPath(options: ts.CompilerOptions, file: string, extension: ".js" | ".d.ts"): string {
  return join(options.outDir ?? "", relative(options.rootDir ?? "", file)).replace(/\.ts$/, extension);
}

/** Compiled outputs and printed structures, kept by the hash of what produced them. */
class CompileCache {
  private readonly texts: TextCache;
  constructor(dir: string) {
    this.texts = new TextCache(dir);
  }

  load(hash: string): Compiled | undefined {
    const text = this.texts.read(`${hash}.json`);
    return text === undefined ? undefined : (JSON.parse(text) as Compiled);
  }

  store(hash: string, compiled: Compiled): void {
    this.texts.write(`${hash}.json`, JSON.stringify(compiled));
  }

  printed(key: string): string | undefined {
    return this.texts.read(`${key}.ts.txt`);
  }

  storePrinted(key: string, text: string): void {
    this.texts.write(`${key}.ts.txt`, text);
  }
}
