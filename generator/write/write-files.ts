import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { writeFileAtomic } from "./atomic.js";

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules") return [];
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The files under `generated/` that differ from `files`, are missing, or should not be there. */
export function staleFiles(root: string, files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [path, text] of files) {
    const absolute = join(root, path);
    if (!existsSync(absolute) || readFileSync(absolute, "utf8") !== text) stale.push(path);
  }
  for (const absolute of listFiles(join(root, "generated"))) {
    const path = relative(root, absolute);
    if (!files.has(path)) stale.push(`${path} (not generated any more)`);
  }
  return stale.sort();
}

/** Writes what changed (each file atomically) and removes what is no longer generated. */
export function writeFiles(root: string, files: Map<string, string>): number {
  let written = 0;
  for (const [path, text] of files) {
    const absolute = join(root, path);
    if (existsSync(absolute) && readFileSync(absolute, "utf8") === text) continue;
    writeFileAtomic(absolute, text);
    written++;
  }
  for (const absolute of listFiles(join(root, "generated"))) {
    if (!files.has(relative(root, absolute))) {
      rmSync(absolute);
      written++;
    }
  }
  return written;
}
