/** A package's TypeScript sources by path inside the package (`src/types.ts`): their text. */
export type SourceFiles = Map<string, string>;

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

/** A package's manifest, at the spec's `info.version`, its siblings at the same version, ready for `npm publish`. */
export function packageJson(plan: PackagePlan, version: string): string {
  const dependencies: Record<string, string> = { ...plan.dependencies };
  for (const sibling of plan.siblings) dependencies[`${PACKAGE_SCOPE}/${sibling}`] = version;
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(
    {
      name: `${PACKAGE_SCOPE}/${plan.dir}`,
      version,
      description: plan.description,
      license: "Apache-2.0",
      type: "module",
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } },
      files: ["dist", "README.md", "LICENSE"],
      engines: { node: ">=20" },
      sideEffects: false,
      // A scoped package is private on npm unless it says otherwise.
      publishConfig: { access: "public" },
      ...(Object.keys(sorted).length > 0 && { dependencies: sorted }),
    },
    null,
    2,
  );
}
