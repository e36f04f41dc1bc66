import { join } from "node:path";
import { createRequire } from "node:module";
import type * as TypeScript from "typescript";
import { PACKAGE_SCOPE } from "../emit/package.js";

/**
 * Type-checks the generated packages' sources (the `src/` TypeScript among `files`, by path
 * relative to `root`, texts in memory) as one program, each package importable by name as its consumers import it. Returns tsc's report of
 * the first diagnostics, or undefined when the program passes. Everything else (lib files,
 * @types, registry packages' declarations) is read from disk.
 */
export function typecheckPackages(generated: ReadonlyMap<string, string>, root: string): string | undefined {
  // Required when needed, not imported: only --check and the tests type-check, and an ESM import
  // of this CommonJS module first scans its 9 MB for exports.
  const ts = createRequire(import.meta.url)("typescript") as typeof TypeScript;
  const sources = [...generated].filter(([path]) => /^generated\/[^/]+\/src\/.*\.ts$/.test(path));
  const files = new Map(sources.map(([path, text]) => [join(root, path), text]));
  const packages = new Set(sources.map(([path]) => path.split("/")[1] ?? ""));
  const options: TypeScript.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    // The packages run on Node: its types (@types/node), not a browser's DOM, say what exists there.
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    // What lets each file compile on its own (emit/compile.ts): reported here with tsc's words.
    declaration: true,
    isolatedDeclarations: true,
    isolatedModules: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
    paths: Object.fromEntries(
      [...packages].map((dir) => [`${PACKAGE_SCOPE}/${dir}`, [join(root, "generated", dir, "src/index.ts")]]),
    ),
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, language, onError, fresh) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile(name, language, onError, fresh)
      : ts.createSourceFile(name, text, language);
  };
  const fileExists = host.fileExists;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const readFile = host.readFile;
  host.readFile = (name) => files.get(name) ?? readFile(name);
  // Folders of in-memory files exist too (module resolution asks before it looks for a file).
  const folders = new Set<string>();
  for (const name of files.keys())
    for (let at = name.lastIndexOf("/"); at > 0; at = name.lastIndexOf("/", at - 1)) folders.add(name.slice(0, at));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => folders.has(name.replace(/\/$/, "")) || (directoryExists?.(name) ?? true);
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length === 0) return undefined;
  return ts.formatDiagnostics(diagnostics.slice(0, 20), {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => root,
    getNewLine: () => "\n",
  });
}
