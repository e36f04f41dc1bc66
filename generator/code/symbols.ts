/** The packages generated code lives in (folders under generated/, `@obs-toolkit/<name>` on npm). */
export type PackageName = "validator" | "signing" | "client" | "server";

/**
 * A name generated code refers to, and where it is exported from: a file of a package (the file's
 * path inside the package, `src/types.ts`). A file of the same package imports it by relative
 * path; another package by the package's name (its index re-exports it).
 */
export interface CodeSymbol {
  name: string;
  pkg: PackageName;
  file: string;
  /** A type: imported with `type`. */
  type: boolean;
}

export const codeSymbol = (pkg: PackageName, file: string, name: string, type = false): CodeSymbol => ({
  name,
  pkg,
  file,
  type,
});

/**
 * The values a runtime module exports (a file under runtime/ that `generate` copies into a
 * package's src/runtime/), by name: `M` is the module's type (`typeof import(…)`), so a name it
 * does not export does not compile.
 */
export function runtimeValues<M>(pkg: PackageName, file: string) {
  return (name: Extract<keyof M, string>): CodeSymbol => codeSymbol(pkg, file, name);
}

/**
 * A type a runtime module exports. Types are not keys of a module's `typeof`, so the type itself
 * is the argument: `runtimeType<request.ObsRequest>(…, "ObsRequest")` stops compiling when the
 * runtime renames or drops it.
 */
export function runtimeType<T>(pkg: PackageName, file: string, name: string, _type?: T): CodeSymbol {
  return codeSymbol(pkg, file, name, true);
}
