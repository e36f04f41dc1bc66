import type { StatementStructures } from "ts-morph";

/** A package's TypeScript sources by path inside the package: structures, or lines of code. */
export type SourceFiles = Map<string, StatementStructures[] | string[]>;

/** One generated package before compilation. */
export interface PackagePlan {
  /** Folder under generated/. */
  dir: string;
  name: string;
  description: string;
  /** Sibling generated packages it imports. */
  siblings: string[];
  /** Registry dependencies and their version ranges. */
  dependencies: Record<string, string>;
  /** Folder under runtime/ copied into src/runtime/. */
  runtime: string | undefined;
  /** Folders under runtime/ that several packages compile in, each copied into src/<folder>/. */
  sharedRuntime: string[];
  sources: SourceFiles;
  /** Text files written as they are (README.md). */
  textFiles: Map<string, string>;
}

export const PACKAGE_SCOPE = "@obs-toolkit";
export const PACKAGE_VERSION = "0.1.0";

export function packageJson(plan: PackagePlan): string {
  const dependencies: Record<string, string> = { ...plan.dependencies };
  for (const sibling of plan.siblings) dependencies[`${PACKAGE_SCOPE}/${sibling}`] = PACKAGE_VERSION;
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(
    {
      name: `${PACKAGE_SCOPE}/${plan.dir}`,
      version: PACKAGE_VERSION,
      description: plan.description,
      license: "Apache-2.0",
      type: "module",
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } },
      files: ["dist", "README.md"],
      engines: { node: ">=20" },
      sideEffects: false,
      ...(Object.keys(sorted).length > 0 && { dependencies: sorted }),
    },
    null,
    2,
  );
}
