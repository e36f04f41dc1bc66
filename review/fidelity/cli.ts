import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSpec } from "../../generator/load/load-spec.js";
import { SpecError } from "../../generator/load/spec-error.js";
import { buildModel } from "../../generator/model/build-model.js";
import { checkFidelity, formatFidelityReport, hasMismatch } from "./fidelity.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

const USAGE = `usage: npm run spec:fidelity [-- --docs <dir>]
  --docs  the folder of the source pages (default ../shared/obs-docs)
Prints a Markdown report; exits 1 on a mismatch the spec does not excuse, 2 when the pages are not there.

example: npm run spec:fidelity -- --docs ~/obs-docs > fidelity.md`;

/** `npm run spec:fidelity [-- --docs <dir>]`: prints the report; exits 1 on any mismatch the spec does not excuse. */
function main(argv: string[]): number {
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const docsIndex = argv.indexOf("--docs");
  const docsDir = docsIndex >= 0 ? resolve(argv[docsIndex + 1] ?? ".") : join(root, "../shared/obs-docs");
  if (!existsSync(docsDir)) {
    console.error(`no source pages at ${docsDir}: pass the folder of the OBS pages with --docs <dir>`);
    return 2;
  }
  const model = buildModel(loadSpec("spec/openapi.yaml", root));
  const reports = checkFidelity(model, docsDir);
  console.log(formatFidelityReport(reports));
  return hasMismatch(reports) ? 1 : 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof SpecError || error instanceof Error ? error.message : String(error));
  process.exit(2);
}
