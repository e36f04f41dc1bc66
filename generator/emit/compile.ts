import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "oxc-transform";
import type { PackagePlan } from "./package.js";
import type { EmittedFiles } from "./emitted.js";

/** The first line of every generated source (and so of its `.js`). */
export const GENERATED_BANNER = "// Generated from spec/ by `npm run generate`: edit the spec, not this file.\n";

/**
 * Builds every package's TypeScript sources (the emitters' texts, the runtime's files copied
 * in), and compiles each source on its own to ESM JavaScript and
 * declarations: the sources are written so that neither needs another file (isolatedModules,
 * isolatedDeclarations), so no program is built. Checking the types is `verify/typecheck.ts`'s,
 * under `generate -- --check` and in the tests.
 *
 * Returns file texts keyed by path relative to the project root: the printed sources to format,
 * and the runtime's copies and the compiled output, final as they are.
 */
export function compilePackages(plans: PackagePlan[], runtimeDir: string): EmittedFiles {
  // The runtime's files are hand-written and formatted already: final as they are.
  const output: EmittedFiles = { authored: printedSources(plans), final: runtimeCopies(plans, runtimeDir) };
  for (const [path, text] of [...output.final, ...output.authored]) {
    const { js, dts } = compileFile(path, text);
    // generated/<pkg>/src/x.ts → generated/<pkg>/dist/x.js and x.d.ts
    const out = path.replace(/\/src\//, "/dist/").replace(/\.ts$/, "");
    output.final.set(`${out}.js`, js);
    output.final.set(`${out}.d.ts`, dts);
  }
  return output;
}

/** Each package's copies of the runtime's files, by path relative to the project root. */
function runtimeCopies(plans: PackagePlan[], runtimeDir: string): Map<string, string> {
  const copies = new Map<string, string>();
  for (const plan of plans) {
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
        const banner = `// Copied from runtime/${folder}/${name} by \`npm run generate\`: edit that file, not this one.\n`;
        copies.set(`generated/${plan.dir}/${target}/${name}`, banner + readFileSync(join(from, name), "utf8"));
      }
    }
  }
  return copies;
}

/** Each package's generated sources, with the banner, by path relative to the project root. */
function printedSources(plans: PackagePlan[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const plan of plans)
    for (const [path, text] of [...plan.sources].sort(([a], [b]) => a.localeCompare(b)))
      sources.set(`generated/${plan.dir}/${path}`, GENERATED_BANNER + text);
  return sources;
}

/** One source's JavaScript and declarations, from its text alone. */
function compileFile(path: string, text: string): { js: string; dts: string } {
  const result = transformSync(path, text, {
    lang: "ts",
    sourceType: "module",
    target: "es2022",
    typescript: { declaration: {} },
  });
  const errors = result.errors.map((error) => error.codeframe ?? error.message);
  if (errors.length > 0 || result.declaration === undefined)
    throw new Error(`the generated ${path} does not compile on its own:\n${errors.join("\n")}`);
  // The compiler keeps the comments of the statements it keeps: the banner, the source's first
  // line, goes with an import of types alone, and is put back.
  const banner = text.slice(0, text.indexOf("\n") + 1);
  return { js: result.code.startsWith(banner) ? result.code : banner + result.code, dts: result.declaration };
}
