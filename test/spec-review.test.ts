import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { formatReview, reviewSpec } from "../review/spec-review/review.js";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("spec review of a pull request (npm run spec:review, .github/workflows/spec-review.yml)", () => {
  // A throwaway repository holding the project's spec and its generated files, committed.
  const repo = mkdtempSync(join(tmpdir(), "obs-review-"));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  for (const folder of ["spec", "generated", "templates", "runtime"])
    cpSync(join(root, folder), join(repo, folder), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(repo, "node_modules"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, stdio: "pipe" });
  git("init", "-q");
  git("add", "spec", "generated", "templates", "runtime");
  git("commit", "-qm", "base");
  const noPages = join(repo, "no-pages");

  it("passes an unchanged spec, and says the fidelity step did not run without the pages", async () => {
    const steps = await reviewSpec({ root: repo, base: "HEAD", docsDir: noPages });
    expect(steps.map((step) => step.outcome)).toEqual(["passed", "not run", "passed"]);
    const report = formatReview(steps);
    expect(report).toContain("| Generated files | ✅ passed |");
    expect(report).toMatch(/generated\/ matches spec\/ \(\d+ files\) and the packages type-check\./);
    expect(report).toContain(`| Fidelity to the source pages | ⚠️ not run |`);
    expect(report).toContain(`No source pages at \`${noPages}\``);
    expect(report).toContain("No changes to the API.");
  }, 60_000);

  it("fails a tightened limit without regenerating: names the stale files and the change that breaks clients", async () => {
    const file = join(repo, "spec/openapi.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("maxLength: 2048", "maxLength: 1024"));
    const steps = await reviewSpec({ root: repo, base: "HEAD", docsDir: noPages });
    expect(steps.map((step) => step.outcome)).toEqual(["failed", "not run", "failed"]);
    const report = formatReview(steps);
    expect(report).toContain("| Generated files | ❌ failed |");
    expect(report).toContain("- `generated/validator/src/components/website-redirect-location.ts`");
    // The header is shared by three operations: a row for each.
    expect(report).toMatch(/\*\*3 breaking for clients · 0 breaking for servers/);
    expect(report).toContain(
      "| PutObject: request header `x-amz-website-redirect-location` | constraint tightened: maxLength 2048 → maxLength 1024 | **breaking** | ok |",
    );
    // Allowed, the same change passes that step.
    const allowed = await reviewSpec({ root: repo, base: "HEAD", docsDir: noPages, allowBreaking: true });
    expect(allowed[2]?.outcome).toBe("passed");
  }, 60_000);

  it("is the command the workflow runs, on pull requests that touch spec/, into the summary and a comment", () => {
    const workflow = load(readFileSync(join(root, ".github/workflows/spec-review.yml"), "utf8")) as {
      on: { pull_request: { paths: string[] } };
      jobs: { review: { steps: Array<{ run?: string }> } };
    };
    expect(workflow.on.pull_request.paths).toEqual(["spec/**"]);
    const runs = workflow.jobs.review.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toContain("npm ci");
    expect(runs.join("\n")).toMatch(
      /npm run -s spec:review -- "origin\/\$\{\{ github\.base_ref \}\}" .*--out review\.md/,
    );
    expect(runs.join("\n")).toContain('cat review.md >> "$GITHUB_STEP_SUMMARY"');
    expect(runs.join("\n")).toContain("gh pr comment");
    const scripts = (
      JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts["spec:review"]).toBe("tsx review/spec-review/cli.ts");
  });
});
