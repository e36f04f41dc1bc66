import { rmSync } from "node:fs";
import { join } from "node:path";
import { loadSpec } from "../../generator/load/load-spec.js";
import { SpecError } from "../../generator/load/spec-error.js";
import { buildModel } from "../../generator/model/build-model.js";
import { diffModels, isBreaking } from "./diff-model.js";
import { checkoutSpec } from "./git-spec.js";
import { formatDiffReport } from "./report.js";

const USAGE = `usage: npm run spec:diff -- <git-ref> [--allow-breaking]
  <git-ref>         the commit, branch or tag whose spec/ the working tree's is compared with
  --allow-breaking  exit 0 even when a change breaks clients or servers

example: npm run spec:diff -- origin/main`;

/**
 * `npm run spec:diff -- <git-ref> [--allow-breaking]`: compares spec/ at <git-ref> with the working
 * tree and prints a Markdown report. Exit 1 when a change breaks clients or servers (unless
 * --allow-breaking), 2 when the ref or a spec cannot be read.
 */
function main(argv: string[]): number {
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const allowBreaking = argv.includes("--allow-breaking");
  const refs = argv.filter((arg) => !arg.startsWith("--"));
  if (refs.length !== 1 || argv.some((arg) => arg.startsWith("--") && arg !== "--allow-breaking")) {
    console.error(USAGE);
    return 2;
  }
  const ref = refs[0] ?? "";
  const root = process.cwd();
  const oldDir = checkoutSpec(root, ref);
  try {
    const before = buildModel(loadSpec(join(oldDir, "spec/openapi.yaml"), oldDir));
    const after = buildModel(loadSpec("spec/openapi.yaml", root));
    const changes = diffModels(before, after);
    console.log(formatDiffReport(changes, ref));
    const breaking = changes.some(isBreaking);
    if (breaking && allowBreaking) console.error("Breaking changes allowed by --allow-breaking.");
    return breaking && !allowBreaking ? 1 : 0;
  } finally {
    rmSync(oldDir, { recursive: true, force: true });
  }
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof SpecError || error instanceof Error ? error.message : String(error));
  process.exit(2);
}
