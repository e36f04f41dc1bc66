import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { loadSpec } from "./load/load-spec.js";
import { SpecError } from "./load/spec-error.js";
import { buildModel } from "./model/build-model.js";
import { generateFiles } from "./generate.js";
import { formatFiles } from "./format/format.js";
import { staleFiles, writeFiles } from "./write/write-files.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** `npm run generate [-- --check] [-- --spec path]`: load → check → model → emit → format → write. */
async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const specIndex = argv.indexOf("--spec");
  const specPath = specIndex >= 0 ? (argv[specIndex + 1] ?? "") : "spec/openapi.yaml";
  const started = performance.now();
  const spec = loadSpec(specPath, root);
  const model = buildModel(spec);
  const files = await formatFiles(generateFiles(spec, model, root));
  if (check) {
    const stale = staleFiles(root, files);
    if (stale.length > 0) {
      console.error(`generated/ does not match spec/ (${stale.length} stale file(s)); run \`npm run generate\`:`);
      for (const path of stale) console.error(`  ${path}`);
      return 1;
    }
    console.log(`generated/ is up to date (${files.size} files).`);
    return 0;
  }
  const written = writeFiles(root, files);
  console.log(`generated ${files.size} files (${written} changed) in ${Math.round(performance.now() - started)} ms.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SpecError ? error.message : error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
