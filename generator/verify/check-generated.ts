import { staleFiles } from "../write/write-files.js";
import { typecheckPackages } from "./typecheck.js";

/** What `generate -- --check` finds: the files are stale under `outRoot`, or else the packages' type errors, or neither. */
export interface GeneratedCheck {
  stale: string[];
  typeErrors: string | undefined;
}

/** Compares `files` with generated/ under `outRoot`; only when they match are the packages type-checked (against `root`'s node_modules). */
export function checkGenerated(files: Map<string, string>, outRoot: string, root: string): GeneratedCheck {
  const stale = staleFiles(outRoot, files);
  return { stale, typeErrors: stale.length === 0 ? typecheckPackages(files, root) : undefined };
}
