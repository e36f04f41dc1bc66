import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const git = (cwd: string, args: string[]) =>
  execFileSync("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });

/**
 * Writes the spec folder as it is at `ref` into a new temporary directory and returns that
 * directory; the spec keeps its path inside it, so locations read `spec/openapi.yaml:12`.
 */
export function checkoutSpec(root: string, ref: string, specDir = "spec"): string {
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new Error(`"${ref}" is not a commit in ${root}`);
  }
  const paths = git(root, ["ls-tree", "-r", "--name-only", ref, "--", specDir])
    .toString("utf8")
    .split("\n")
    .filter(Boolean);
  if (paths.length === 0) throw new Error(`${ref} has no ${specDir}/ folder`);
  const out = mkdtempSync(join(tmpdir(), "obs-spec-diff-"));
  for (const path of paths) {
    mkdirSync(join(out, dirname(path)), { recursive: true });
    writeFileSync(join(out, path), git(root, ["show", `${ref}:${path}`]));
  }
  return out;
}
