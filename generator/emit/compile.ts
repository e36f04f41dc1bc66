import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget, ts } from "ts-morph";
import { PACKAGE_SCOPE, type PackagePlan } from "./package.js";

/**
 * Builds every package's TypeScript sources with ts-morph (whole structures at once),
 * type-checks them together and compiles them to ESM JavaScript and declarations.
 * Returns file texts keyed by path relative to the project root.
 */
export function compilePackages(plans: PackagePlan[], root: string, runtimeDir: string): Map<string, string> {
  const generated = join(root, "generated");
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
      outDir: join(root, ".emit"),
      newLine: ts.NewLineKind.LineFeed,
      paths: Object.fromEntries(plans.map((plan) => [`${PACKAGE_SCOPE}/${plan.dir}`, [join(generated, plan.dir, "src/index.ts")]])),
    },
  });
  for (const plan of plans) {
    const pkg = join(generated, plan.dir);
    if (plan.runtime) {
      const from = join(runtimeDir, plan.runtime);
      for (const name of readdirSync(from).filter((n) => n.endsWith(".ts")).sort()) {
        project.createSourceFile(join(pkg, "src/runtime", name), readFileSync(join(from, name), "utf8"), { overwrite: true });
      }
    }
    for (const [path, statements] of [...plan.sources].sort(([a], [b]) => a.localeCompare(b))) {
      const file = join(pkg, path);
      if (typeof statements[0] === "string") project.createSourceFile(file, (statements as string[]).join("\n") + "\n", { overwrite: true });
      else project.createSourceFile(file, { statements: statements as never }, { overwrite: true });
    }
  }
  const diagnostics = project.getPreEmitDiagnostics();
  if (diagnostics.length > 0) {
    throw new Error(`the generated code does not type-check:\n${project.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20))}`);
  }
  const output = new Map<string, string>();
  for (const file of project.getSourceFiles()) output.set(relative(root, file.getFilePath()), file.getFullText());
  for (const file of project.emitToMemory().getFiles()) {
    // .emit/<pkg>/src/x.js → generated/<pkg>/dist/x.js
    const [pkg, ...rest] = relative(join(root, ".emit"), file.filePath).split("/");
    output.set(join("generated", pkg ?? "", "dist", ...rest.slice(1)), file.text);
  }
  return output;
}
