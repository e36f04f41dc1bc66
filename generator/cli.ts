import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadSpec } from "./load/load-spec.js";
import { SpecError } from "./load/spec-error.js";
import { buildModel } from "./model/build-model.js";
import { generateFiles } from "./generate.js";
import { FormatPool, formatFiles } from "./format/format.js";
import { staleFiles, writeFiles } from "./write/write-files.js";
import { inputFingerprint, matchesManifest, readManifest, writeManifest } from "./write/manifest.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE =
  "usage: npm run generate [-- --check] [--spec <path>] [--out <dir>] [--cache <dir> | --no-cache] [--stats]";

/** The versions of the tools whose output lands in generated/: a new one invalidates the caches. */
function toolVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return Object.fromEntries(
    ["prettier", "ts-morph", "typescript", "handlebars", "markdown-it"].map((name) => [
      name,
      (require(`${name}/package.json`) as { version: string }).version,
    ]),
  );
}

/**
 * `npm run generate`: load → check → model → emit → format → write.
 * --check      fail, naming them, when files under generated/ are stale (never uses the caches' shortcut)
 * --spec       the root spec file (default spec/openapi.yaml)
 * --out        the folder that receives generated/ (default the project root)
 * --cache      where formatted files and the last run's manifest are kept (default node_modules/.cache/obs-toolkit)
 * --no-cache   format everything and skip the nothing-changed shortcut (a cold run)
 * --stats      print wall time and peak memory
 */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string", default: "spec/openapi.yaml" },
      out: { type: "string" },
      cache: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      stats: { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  const outRoot = values.out ? resolve(values.out) : root;
  const cacheDir = values["no-cache"]
    ? undefined
    : resolve(values.cache ?? join(root, "node_modules/.cache/obs-toolkit"));
  // OBS_TIMINGS=1 prints how long each stage took (for bench/RESULTS.md's profiles).
  let lapStart = started;
  const lap = (stage: string) => {
    if (!process.env.OBS_TIMINGS) return;
    const now = performance.now();
    console.error(`  ${stage.padEnd(10)} ${Math.round(now - lapStart)} ms`);
    lapStart = now;
  };
  const stats = () =>
    values.stats
      ? ` [wall ${Math.round(performance.now() - started)} ms, peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB]`
      : "";

  const spec = loadSpec(values.spec, root);
  lap("load");
  const fingerprint = inputFingerprint(
    [
      ...spec.files.map((file) => [file.path, file.text] as const),
      [".prettierrc.json", readFileSync(join(root, ".prettierrc.json"), "utf8")] as const,
    ],
    ["generator", "runtime", "templates"].map((folder) => join(root, folder)),
    toolVersions(),
  );
  if (!values.check && cacheDir) {
    const manifest = readManifest(cacheDir, outRoot);
    if (manifest?.fingerprint === fingerprint && matchesManifest(outRoot, manifest)) {
      console.log(
        `generated/ is up to date (${Object.keys(manifest.files).length} files; no input changed).${stats()}`,
      );
      return 0;
    }
  }
  // Prettier's workers load while the main thread builds and compiles.
  const pool = new FormatPool();
  let files: Map<string, string>;
  try {
    const model = buildModel(spec);
    lap("model");
    const emitted = generateFiles(spec, model, root, cacheDir);
    lap("emit");
    files = await formatFiles(emitted, { cacheDir: cacheDir && join(cacheDir, "format"), pool });
    lap("format");
  } finally {
    await pool.close();
  }
  if (values.check) {
    const stale = staleFiles(outRoot, files);
    if (stale.length > 0) {
      console.error(`generated/ does not match spec/ (${stale.length} stale file(s)); run \`npm run generate\`:`);
      for (const path of stale) console.error(`  ${path}`);
      return 1;
    }
    console.log(`generated/ is up to date (${files.size} files).${stats()}`);
    return 0;
  }
  const written = writeFiles(outRoot, files);
  if (cacheDir) writeManifest(cacheDir, outRoot, fingerprint, files);
  lap("write");
  console.log(
    `generated ${files.size} files (${written} changed) in ${Math.round(performance.now() - started)} ms.${stats()}`,
  );
  return 0;
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
