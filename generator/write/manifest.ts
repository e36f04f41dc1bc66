import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { writeFileAtomic } from "./atomic.js";
import { listFiles } from "./write-files.js";

/**
 * What the last run generated, so that a run whose inputs did not change can stop early:
 * the fingerprint of every input (spec files, generator, runtime, templates, tool versions)
 * and the hash of every file written. Kept in the cache folder, one per output root.
 */
export interface Manifest {
  fingerprint: string;
  files: Record<string, string>;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** A hash over the spec files' texts, every file of the given folders, and the given tool versions. */
export function inputFingerprint(
  specTexts: ReadonlyArray<readonly [string, string]>,
  folders: string[],
  versions: Record<string, string>,
): string {
  const hash = createHash("sha256");
  for (const [path, text] of specTexts) hash.update(`${path}\0${text}\0`);
  for (const folder of folders)
    for (const file of listFiles(folder)) hash.update(`${file}\0`).update(readFileSync(file)).update("\0");
  hash.update(JSON.stringify(versions));
  return hash.digest("hex");
}

const manifestPath = (cacheDir: string, outRoot: string) =>
  join(cacheDir, `manifest-${sha256(outRoot).slice(0, 16)}.json`);

export function readManifest(cacheDir: string, outRoot: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(manifestPath(cacheDir, outRoot), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

// Each path's last text and hash: the runs of --watch hash only what changed.
const lastHashes = new Map<string, { text: string; hash: string }>();
const hashOf = (path: string, text: string): string => {
  const last = lastHashes.get(path);
  if (last?.text === text) return last.hash;
  const hash = sha256(text);
  lastHashes.set(path, { text, hash });
  return hash;
};

export function writeManifest(
  cacheDir: string,
  outRoot: string,
  fingerprint: string,
  files: Map<string, string>,
): void {
  const hashes = Object.fromEntries([...files].map(([path, text]) => [path, hashOf(path, text)]));
  writeFileAtomic(manifestPath(cacheDir, outRoot), JSON.stringify({ fingerprint, files: hashes }));
}

/** Whether generated/ under `outRoot` holds exactly the manifest's files, unmodified. */
export function matchesManifest(outRoot: string, manifest: Manifest): boolean {
  const onDisk = listFiles(join(outRoot, "generated")).map((path) => relative(outRoot, path));
  if (onDisk.length !== Object.keys(manifest.files).length) return false;
  return onDisk.every((path) => manifest.files[path] === sha256(readFileSync(join(outRoot, path))));
}
