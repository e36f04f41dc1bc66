import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { formatFiles } from "../../generator/format/format.js";
import { generateFiles } from "../../generator/generate.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { ServiceModel } from "../../generator/model/types.js";
import { checkGenerated } from "../../generator/verify/check-generated.js";
import { checkFidelity, formatFidelityReport, hasMismatch } from "../fidelity/fidelity.js";
import { diffModels, isBreaking } from "../spec-diff/diff-model.js";
import { checkoutSpec } from "../spec-diff/git-spec.js";
import { formatDiffReport } from "../spec-diff/report.js";

export interface ReviewOptions {
  /** The project root: spec/openapi.yaml, generated/, and the git repository. */
  root: string;
  /** The commit, branch or tag the pull request goes into. */
  base: string;
  /** The folder of the source pages; a review without them says so and does not pass that step. */
  docsDir: string;
  /** A change that breaks clients or servers passes the review. */
  allowBreaking?: boolean;
}

/** One step of the review: passed, failed, or not run (and why, in its body). */
export interface ReviewStep {
  title: string;
  outcome: "passed" | "failed" | "not run";
  body: string;
}

const MARK = { passed: "✅", failed: "❌", "not run": "⚠️" } as const;

/**
 * What a pull request touching spec/ is reviewed for, in order: generated/ up to date and the
 * packages type-checking (`generate -- --check`), fidelity to the source pages
 * (`spec:fidelity`), and the API's changes since the base branch (`spec:diff`). A spec that does
 * not load fails the first step, and the others are not run.
 */
export async function reviewSpec(options: ReviewOptions): Promise<ReviewStep[]> {
  const { root } = options;
  let model: ServiceModel;
  const generation: ReviewStep = { title: "Generated files", outcome: "passed", body: "" };
  try {
    const spec = loadSpec("spec/openapi.yaml", root);
    model = buildModel(spec);
    const files = await formatFiles(await generateFiles(spec, model, root));
    const { stale, typeErrors } = checkGenerated(files, root, root);
    if (stale.length > 0) {
      generation.outcome = "failed";
      generation.body = `${stale.length} file(s) under generated/ do not match spec/: run \`npm run generate\` and commit them.\n\n${stale.map((path) => `- \`${path}\``).join("\n")}`;
    } else if (typeErrors !== undefined) {
      generation.outcome = "failed";
      generation.body = `The generated packages do not type-check:\n\n\`\`\`\n${typeErrors.trim()}\n\`\`\``;
    } else generation.body = `generated/ matches spec/ (${files.size} files) and the packages type-check.`;
  } catch (error) {
    generation.outcome = "failed";
    generation.body = `The spec does not load:\n\n\`\`\`\n${error instanceof Error ? error.message : String(error)}\n\`\`\``;
    const notRun = (title: string): ReviewStep => ({ title, outcome: "not run", body: "The spec does not load." });
    return [generation, notRun("Fidelity to the source pages"), notRun(`Changes since \`${options.base}\``)];
  }
  return [generation, fidelityStep(model, options.docsDir), changesStep(model, options)];
}

function fidelityStep(model: ServiceModel, docsDir: string): ReviewStep {
  const title = "Fidelity to the source pages";
  if (!existsSync(docsDir))
    return { title, outcome: "not run", body: `No source pages at \`${docsDir}\`: pass their folder with \`--docs\`.` };
  const reports = checkFidelity(model, docsDir);
  return { title, outcome: hasMismatch(reports) ? "failed" : "passed", body: formatFidelityReport(reports) };
}

function changesStep(model: ServiceModel, options: ReviewOptions): ReviewStep {
  const title = `Changes since \`${options.base}\``;
  let oldDir: string;
  try {
    oldDir = checkoutSpec(options.root, options.base);
  } catch (error) {
    return { title, outcome: "failed", body: error instanceof Error ? error.message : String(error) };
  }
  try {
    const before = buildModel(loadSpec(join(oldDir, "spec/openapi.yaml"), oldDir));
    const changes = diffModels(before, model);
    const breaking = changes.some(isBreaking);
    const body = formatDiffReport(changes, options.base);
    if (!breaking) return { title, outcome: "passed", body };
    return options.allowBreaking
      ? { title, outcome: "passed", body: `${body}\nBreaking changes allowed (--allow-breaking).\n` }
      : { title, outcome: "failed", body };
  } catch (error) {
    return { title, outcome: "failed", body: `The base's spec does not load: ${String(error)}` };
  } finally {
    rmSync(oldDir, { recursive: true, force: true });
  }
}

/** The review as one Markdown document: a summary table, then each step's report. */
export function formatReview(steps: ReviewStep[]): string {
  const lines = ["# Spec review", "", "| Step | Outcome |", "| --- | --- |"];
  for (const step of steps) lines.push(`| ${step.title} | ${MARK[step.outcome]} ${step.outcome} |`);
  for (const step of steps) lines.push("", `## ${MARK[step.outcome]} ${step.title}`, "", step.body.trim());
  return lines.join("\n") + "\n";
}
