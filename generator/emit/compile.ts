import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  ModuleKind,
  ModuleResolutionKind,
  Project,
  ScriptTarget,
  ts,
  type Diagnostic,
  type SourceFile,
} from "ts-morph";
import { PACKAGE_SCOPE, type PackagePlan } from "./package.js";
import { writeFileAtomic } from "../write/atomic.js";
import type { EmittedFiles } from "./emitted.js";

/** What one source file compiles to: its JavaScript and its declarations, by output path. */
interface Compiled {
  outputs: Record<string, string>;
  declarations: string;
}

/**
 * Builds every package's TypeScript sources with ts-morph (whole structures at once),
 * type-checks them together and compiles them to ESM JavaScript and declarations.
 * Returns file texts keyed by path relative to the project root: the generated sources to format,
 * and the runtime's copies and the compiler's output, final as they are.
 *
 * With a cache folder the work is incremental, as tsc's is: a source file whose text was
 * compiled before is not compiled again; a changed file is checked and emitted alone, and when
 * its declarations are what they were, no other file can be affected. Anything else (a changed
 * declaration, a file added or removed, no cache) checks and emits the whole program.
 */
export function compilePackages(
  plans: PackagePlan[],
  root: string,
  runtimeDir: string,
  cacheDir?: string,
): EmittedFiles {
  const generated = join(root, "generated");
  const emitDir = join(root, ".emit");
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ScriptTarget.ES2022,
      module: ModuleKind.ES2022,
      moduleResolution: ModuleResolutionKind.Bundler,
      strict: true,
      declaration: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
      rootDir: generated,
      outDir: emitDir,
      newLine: ts.NewLineKind.LineFeed,
      paths: Object.fromEntries(
        plans.map((plan) => [`${PACKAGE_SCOPE}/${plan.dir}`, [join(generated, plan.dir, "src/index.ts")]]),
      ),
    },
  });
  const cache = cacheDir ? new CompileCache(cacheDir) : undefined;
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
        project.createSourceFile(path, readFileSync(join(from, name), "utf8"), { overwrite: true });
        runtimeCopies.add(path);
      }
    }
    for (const [path, statements] of [...plan.sources].sort(([a], [b]) => a.localeCompare(b))) {
      const file = join(pkg, path);
      if (typeof statements[0] === "string") {
        project.createSourceFile(file, (statements as string[]).join("\n") + "\n", { overwrite: true });
        continue;
      }
      // Printing structures is the costly part of building a file: reuse the text printed for the same structures before.
      const key = cache && createHash("sha256").update(JSON.stringify(statements)).digest("hex");
      const printed = key ? cache?.printed(key) : undefined;
      if (printed !== undefined) project.createSourceFile(file, printed, { overwrite: true });
      else {
        const created = project.createSourceFile(file, { statements: statements as never }, { overwrite: true });
        if (key) cache?.storePrinted(key, created.getFullText());
      }
    }
  }

  const files = project.getSourceFiles();
  const hashes = new Map(
    files.map((file) => [
      file,
      createHash("sha256")
        .update(relative(root, file.getFilePath()))
        .update("\0")
        .update(file.getFullText())
        .digest("hex"),
    ]),
  );
  const compiled = (cache && compileChanged(project, files, hashes, cache)) ?? compileAll(project, files, emitDir);

  const output: EmittedFiles = { authored: new Map(), final: new Map() };
  for (const file of files) {
    const path = relative(root, file.getFilePath());
    (runtimeCopies.has(file.getFilePath()) ? output.final : output.authored).set(path, file.getFullText());
    const result = compiled.get(file);
    if (!result) throw new Error(`no output for ${file.getFilePath()}`);
    // .emit/<pkg>/src/x.js → generated/<pkg>/dist/x.js
    for (const [path, text] of Object.entries(result.outputs)) {
      const [pkg, ...rest] = path.split("/");
      output.final.set(join("generated", pkg ?? "", "dist", ...rest.slice(1)), text);
    }
    cache?.store(hashes.get(file) as string, result);
  }
  cache?.remember(files.map((file) => [relative(root, file.getFilePath()), hashes.get(file) as string]));
  return output;
}

function failOn(project: Project, diagnostics: Diagnostic[]): void {
  if (diagnostics.length > 0) {
    throw new Error(
      `the generated code does not type-check:\n${project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20))}`,
    );
  }
}

/** Emits one file (or all of them) to memory; output paths relative to the emit folder. */
function emit(project: Project, emitDir: string, target?: SourceFile): Map<string, Compiled> {
  const out = new Map<string, Compiled>();
  const byStem = new Map<string, SourceFile>();
  for (const file of target ? [target] : project.getSourceFiles())
    byStem.set(file.getFilePath().replace(/\.ts$/, ""), file);
  for (const emitted of project.emitToMemory(target ? { targetSourceFile: target } : undefined).getFiles()) {
    const path = relative(emitDir, emitted.filePath);
    // .emit/<pkg>/src/x.js and .d.ts come from generated/<pkg>/src/x.ts
    const stem = join(emitDir, "..", "generated", path.replace(/(\.d\.ts|\.js)$/, ""));
    const file = byStem.get(stem);
    if (!file) continue;
    const entry = out.get(file.getFilePath()) ?? { outputs: {}, declarations: "" };
    entry.outputs[path] = emitted.text;
    if (path.endsWith(".d.ts")) entry.declarations = emitted.text;
    out.set(file.getFilePath(), entry);
  }
  return out;
}

function compileAll(project: Project, files: SourceFile[], emitDir: string): Map<SourceFile, Compiled> {
  failOn(project, project.getPreEmitDiagnostics());
  const emitted = emit(project, emitDir);
  return new Map(files.map((file) => [file, emitted.get(file.getFilePath()) ?? { outputs: {}, declarations: "" }]));
}

/** The incremental path; undefined when it cannot be taken (then the whole program is compiled). */
function compileChanged(
  project: Project,
  files: SourceFile[],
  hashes: Map<SourceFile, string>,
  cache: CompileCache,
): Map<SourceFile, Compiled> | undefined {
  const previous = cache.lastRun();
  if (!previous || previous.size !== files.length) return undefined;
  const emitDir = project.getCompilerOptions().outDir ?? "";
  const root = join(emitDir, "..");
  if (files.some((file) => !previous.has(relative(root, file.getFilePath())))) return undefined;
  const result = new Map<SourceFile, Compiled>();
  const changed: SourceFile[] = [];
  for (const file of files) {
    const hit = cache.load(hashes.get(file) as string);
    if (hit) result.set(file, hit);
    else changed.push(file);
  }
  for (const file of changed) {
    const before = previous.get(relative(root, file.getFilePath()));
    const old = before === undefined ? undefined : cache.load(before);
    if (!old) return undefined;
    failOn(project, [...file.getPreEmitDiagnostics()]);
    const fresh = emit(project, emitDir, file).get(file.getFilePath());
    if (!fresh || fresh.declarations !== old.declarations) return undefined;
    result.set(file, fresh);
  }
  return result;
}

/** Compiled outputs kept by the hash of their source, and which hash each path had last time. */
class CompileCache {
  constructor(private readonly dir: string) {}

  load(hash: string): Compiled | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${hash}.json`), "utf8")) as Compiled;
    } catch {
      return undefined;
    }
  }

  store(hash: string, compiled: Compiled): void {
    this.write(`${hash}.json`, JSON.stringify(compiled));
  }

  printed(key: string): string | undefined {
    try {
      return readFileSync(join(this.dir, `${key}.ts.txt`), "utf8");
    } catch {
      return undefined;
    }
  }

  storePrinted(key: string, text: string): void {
    this.write(`${key}.ts.txt`, text);
  }

  lastRun(): Map<string, string> | undefined {
    const last = this.load("last-run") as unknown as Record<string, string> | undefined;
    return last ? new Map(Object.entries(last)) : undefined;
  }

  remember(entries: Array<[string, string]>): void {
    this.write("last-run.json", JSON.stringify(Object.fromEntries(entries)));
  }

  private write(name: string, text: string): void {
    writeFileAtomic(join(this.dir, name), text);
  }
}
