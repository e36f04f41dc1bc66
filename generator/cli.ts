import { readFileSync, watch as fsWatch, type FSWatcher } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadSpec } from "./load/load-spec.js";
import type { YamlFile } from "./load/yaml-file.js";
import { SpecError } from "./load/spec-error.js";
import { buildModel } from "./model/build-model.js";
import { generateFiles } from "./generate.js";
import { formatFiles } from "./format/format.js";
import { checkGenerated } from "./verify/check-generated.js";
import { writeFiles, type WrittenFiles } from "./write/write-files.js";
import { TextCache } from "./write/text-cache.js";
import { inputFingerprint, matchesManifest, readManifest, writeManifest } from "./write/manifest.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `usage: npm run generate [-- --check | --watch] [--spec <path>] [--out <dir>] [--cache <dir> | --no-cache] [--stats]
  --check      fail, naming them, when files under generated/ are stale or the packages do not type-check
               (never uses the caches' shortcut)
  --watch      generate, then again whenever a file of the spec changes, until Ctrl-C
  --spec       the root spec file (default spec/openapi.yaml)
  --out        the folder that receives generated/ (default the project root)
  --cache      where formatted files and the last run's manifest are kept (default node_modules/.cache/obs-toolkit)
  --no-cache   format everything and skip the nothing-changed shortcut (a cold run)
  --stats      print wall time and peak memory

example: npm run generate -- --watch`;

/** The versions of the tools whose output lands in generated/: a new one invalidates the caches. */
function toolVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return Object.fromEntries(
    ["oxfmt", "oxc-transform", "handlebars", "markdown-it", "js-yaml", "yaml"].map((name) => [
      name,
      (require(`${name}/package.json`) as { version: string }).version,
    ]),
  );
}

/** This process's peak memory: VmHWM where Linux has it (maxRSS there includes a parent's peak at spawn). */
function peakMegabytes(): number {
  try {
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kilobytes) return Math.round(Number(kilobytes) / 1024);
  } catch {
    // Not Linux: maxRSS it is.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** `npm run generate`: load → check → model → emit → format → write; the flags are USAGE's. */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      spec: { type: "string", default: "spec/openapi.yaml" },
      out: { type: "string" },
      cache: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      stats: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const run: RunOptions = {
    check: values.check,
    spec: values.spec,
    outRoot: values.out ? resolve(values.out) : root,
    cacheDir: values["no-cache"] ? undefined : resolve(values.cache ?? join(root, "node_modules/.cache/obs-toolkit")),
    stats: values.stats,
  };
  if (values.watch && values.check) throw new Error("--watch and --check do not go together");
  if (!values.watch) return generate(run);
  await watch(run);
  return 0;
}

interface RunOptions {
  check: boolean;
  spec: string;
  outRoot: string;
  cacheDir: string | undefined;
  stats: boolean;
}

/** What the runs of --watch keep between them: the YAML parses and what was written. */
interface WatchState {
  parsed: Map<string, YamlFile>;
  written: WrittenFiles;
}

/** One run of the pipeline; `watching` is --watch's state, kept between its runs. */
async function generate(options: RunOptions, watching?: WatchState): Promise<number> {
  const { outRoot, cacheDir } = options;
  const started = performance.now();
  // OBS_TIMINGS=1 prints how long each stage took (for bench/RESULTS.md's profiles).
  let lapStart = started;
  const lap = (stage: string) => {
    if (!process.env.OBS_TIMINGS) return;
    const now = performance.now();
    console.error(`  ${stage.padEnd(10)} ${Math.round(now - lapStart)} ms`);
    lapStart = now;
  };
  const stats = () =>
    options.stats ? ` [wall ${Math.round(performance.now() - started)} ms, peak rss ${peakMegabytes()} MB]` : "";

  const spec = loadSpec(
    options.spec,
    root,
    watching?.parsed,
    cacheDir ? new TextCache(join(cacheDir, "yaml")) : undefined,
  );
  lap("load");
  const fingerprint = inputFingerprint(
    [
      ...spec.files.map((file) => [file.path, file.text] as const),
      [".prettierrc.json", readFileSync(join(root, ".prettierrc.json"), "utf8")] as const,
    ],
    ["generator", "runtime", "templates"].map((folder) => join(root, folder)),
    toolVersions(),
  );
  // Under --watch no run stops here: the first keeps the YAML parses the later ones reuse.
  if (!options.check && cacheDir && !watching) {
    const manifest = readManifest(cacheDir, outRoot);
    if (manifest?.fingerprint === fingerprint && matchesManifest(outRoot, manifest)) {
      console.log(
        `generated/ is up to date (${Object.keys(manifest.files).length} files; no input changed).${stats()}`,
      );
      return 0;
    }
  }
  const model = buildModel(spec);
  lap("model");
  const emitted = await generateFiles(spec, model, root);
  lap("emit");
  const files = await formatFiles(emitted, { cacheDir: cacheDir && join(cacheDir, "format") });
  lap("format");
  if (options.check) {
    const { stale, typeErrors } = checkGenerated(files, outRoot, root);
    lap("check");
    if (stale.length > 0) {
      console.error(`generated/ does not match spec/ (${stale.length} stale file(s)); run \`npm run generate\`:`);
      for (const path of stale) console.error(`  ${path}`);
      return 1;
    }
    if (typeErrors !== undefined) {
      console.error(`the generated packages do not type-check:\n${typeErrors}`);
      return 1;
    }
    console.log(`generated/ is up to date and type-checks (${files.size} files).${stats()}`);
    return 0;
  }
  const changed = await writeFiles(outRoot, files, watching?.written);
  lap("write");
  if (cacheDir) writeManifest(cacheDir, outRoot, fingerprint, files);
  console.log(
    `generated ${files.size} files (${changed} changed) in ${Math.round(performance.now() - started)} ms.${stats()}`,
  );
  return 0;
}

/**
 * --watch: a run now, and one after each change in a folder of the spec's files (changes within 50 ms
 * make one run; a change during a run makes one more after it). A broken spec is reported and
 * the watch goes on; Ctrl-C ends it.
 */
async function watch(options: RunOptions): Promise<void> {
  const state: WatchState = { parsed: new Map(), written: new Map() };
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const runOnce = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await generate(options, state);
    } catch (error) {
      console.error(describe(error));
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      void runOnce();
    } else {
      // The watches are in place before the line that says so: a save right after it is seen.
      watchFolders();
      console.log("watching for changes (Ctrl-C to stop)");
    }
  };
  // The folders of the spec's files, each watched on its own: editors and `sed -i` replace a file
  // by renaming a new one over it, which a folder's watch sees and a file's does not.
  const watchers = new Map<string, FSWatcher>();
  const watchFolders = () => {
    for (const folder of [resolve(root, options.spec), ...state.parsed.keys()].map((file) => dirname(file)))
      if (!watchers.has(folder))
        watchers.set(
          folder,
          fsWatch(folder, () => {
            clearTimeout(timer);
            timer = setTimeout(() => void runOnce(), 50);
          }),
        );
  };
  await runOnce();
  await new Promise<void>((stop) => process.once("SIGINT", stop));
  clearTimeout(timer);
  for (const watcher of watchers.values()) watcher.close();
}

function describe(error: unknown): string {
  return error instanceof SpecError ? error.message : error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof SpecError
        ? error.message
        : error instanceof Error
          ? `${error.message}\n${USAGE}`
          : String(error),
    );
    process.exit(1);
  },
);
