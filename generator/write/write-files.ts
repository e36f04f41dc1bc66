import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { writeFileAtomic } from "./atomic.js";
import { isBuildProduct } from "./build-products.js";

/** Every file under `dir` (node_modules left out), in name order. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.name === "node_modules") return [];
      return entry.isDirectory() ? listFiles(path) : [path];
    });
}

/** What a run wrote or found on disk, by path: the next run of the same process (--watch) need not read it again. */
export type WrittenFiles = Map<string, { text: string; mtimeMs: number; size: number }>;

/**
 * The files under `generated/` that git keeps and that differ from `files`, are missing, or
 * should not be there. Build products (build-products.ts) are not compared: a clone has none
 * until `npm run generate` builds them.
 */
export function staleFiles(root: string, files: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [path, text] of files) {
    if (isBuildProduct(path)) continue;
    const absolute = join(root, path);
    if (!existsSync(absolute) || readFileSync(absolute, "utf8") !== text) stale.push(path);
  }
  for (const absolute of listFiles(join(root, "generated"))) {
    const path = relative(root, absolute);
    if (!files.has(path) && !isBuildProduct(path)) stale.push(`${path} (not generated any more)`);
  }
  return stale.sort();
}

/** New files written at once at most: enough to keep the disk's queue full, few enough to hold little memory. */
const PARALLEL_WRITES = 32;

/**
 * Writes what changed (each file that was there atomically: its readers see the old text or the
 * new) and removes what is no longer generated. `known` (kept by the caller between runs) skips
 * reading a file whose text is what the last run left and whose size and modification time say
 * nobody touched it since. New files, most of a cold run, are written several at a time.
 */
export async function writeFiles(root: string, files: Map<string, string>, known?: WrittenFiles): Promise<number> {
  let written = 0;
  const folders = new Set<string>();
  const created: Array<[path: string, absolute: string, text: string]> = [];
  for (const [path, text] of files) {
    const absolute = join(root, path);
    const last = known?.get(path);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    const untouched = last?.text === text && last.mtimeMs === stat?.mtimeMs && last.size === stat.size;
    const same = stat !== undefined && (untouched || readFileSync(absolute, "utf8") === text);
    if (same) {
      known?.set(path, { text, mtimeMs: stat.mtimeMs, size: stat.size });
      continue;
    }
    written++;
    // A file that is not there yet has no old text for a reader to see: it is written in place.
    if (stat === undefined) {
      const folder = dirname(absolute);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      created.push([path, absolute, text]);
    } else {
      writeFileAtomic(absolute, text);
      remember(known, path, text, absolute);
    }
  }
  let next = 0;
  const writer = async () => {
    for (let item = created[next++]; item; item = created[next++]) {
      const [path, absolute, text] = item;
      await writeFile(absolute, text);
      remember(known, path, text, absolute);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, created.length) }, writer));
  for (const absolute of listFiles(join(root, "generated"))) {
    const path = relative(root, absolute);
    if (!files.has(path)) {
      rmSync(absolute);
      known?.delete(path);
      written++;
    }
  }
  return written;
}

function remember(known: WrittenFiles | undefined, path: string, text: string, absolute: string): void {
  if (!known) return;
  const stat = statSync(absolute);
  known.set(path, { text, mtimeMs: stat.mtimeMs, size: stat.size });
}
