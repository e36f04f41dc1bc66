import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** The `.snap` files under a snapshot folder, as the paths they lock (relative, without `.snap`), sorted. */
export function lockedPaths(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".snap"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replace(/\.snap$/, ""))
    .sort();
}
