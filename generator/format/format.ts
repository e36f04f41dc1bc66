import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { format, type FormatConfig } from "oxfmt";
import { TextCache } from "../write/text-cache.js";
import type { EmittedFiles } from "../emit/emitted.js";

// The project's prettier settings, which oxfmt reads as prettier does: generated and hand-written code look alike.
const OPTIONS = JSON.parse(readFileSync(new URL("../../.prettierrc.json", import.meta.url), "utf8")) as FormatConfig;
const OXFMT_VERSION = (createRequire(import.meta.url)("oxfmt/package.json") as { version: string }).version;

export interface FormatOptions {
  /** A folder of formatted texts keyed by the hash of their input: unchanged files are not formatted again. */
  cacheDir?: string | undefined;
}

/**
 * Formats the authored files (sources, READMEs) with oxfmt, prettier's rules at native speed, the
 * language by extension, skipping any file whose unformatted text was formatted before (the
 * cache); the final files join them as they are.
 */
export async function formatFiles(files: EmittedFiles, options: FormatOptions = {}): Promise<Map<string, string>> {
  const out = new Map<string, string>(files.final);
  const cache = options.cacheDir === undefined ? undefined : new TextCache(options.cacheDir);
  const settings = JSON.stringify(OPTIONS);
  const jobs = [...files.authored];
  // A few files at a time, one per core: oxfmt formats each on a thread of its own, and all at
  // once would hold every file's syntax tree in native memory together.
  const formatNext = async (): Promise<void> => {
    for (let job = jobs.pop(); job; job = jobs.pop()) {
      const [path, text] = job;
      const key = createHash("sha256").update(`${OXFMT_VERSION}\0${settings}\0${path}\0${text}`).digest("hex");
      const cached = cache?.read(cachePath(key));
      if (cached !== undefined) {
        out.set(path, cached);
        continue;
      }
      const result = await format(path, text, OPTIONS);
      if (result.errors.length > 0)
        throw new Error(
          `oxfmt cannot format the generated ${path}:\n${result.errors.map((e) => e.codeframe ?? e.message).join("\n")}`,
        );
      out.set(path, result.code);
      cache?.write(cachePath(key), result.code);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, formatNext));
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Formatted texts are kept under the first two characters of their key, as git keeps objects. */
const cachePath = (key: string) => `${key.slice(0, 2)}/${key}`;
