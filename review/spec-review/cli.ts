import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags } from "../../bench/flags.js";
import { formatReview, reviewSpec } from "./review.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

const USAGE = `usage: npm run spec:review -- <base-ref> [--docs <dir>] [--allow-breaking] [--out <file>]
  <base-ref>        the branch, commit or tag the change goes into (in a pull request: origin/<base>)
  --docs            the folder of the source pages (default ../shared/obs-docs)
  --allow-breaking  a change that breaks clients or servers passes
  --out             also append the report to this file (in GitHub Actions: $GITHUB_STEP_SUMMARY)
Runs generate --check, spec:fidelity and spec:diff, and prints one Markdown report; exits 1 when a
step fails or could not run.

example: npm run spec:review -- origin/main --out review.md`;

const { values, positionals } = parseFlags(USAGE, {
  allowPositionals: true,
  options: {
    docs: { type: "string" },
    "allow-breaking": { type: "boolean", default: false },
    out: { type: "string" },
  },
});
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const steps = await reviewSpec({
  root,
  base: positionals[0] ?? "",
  docsDir: values.docs ? resolve(values.docs) : join(root, "../shared/obs-docs"),
  allowBreaking: values["allow-breaking"],
});
const report = formatReview(steps);
console.log(report);
if (values.out) writeFileSync(values.out, report, { flag: "a" });
process.exit(steps.every((step) => step.outcome === "passed") ? 0 : 1);
