import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;
// Every command of package.json that runs one of our scripts under tsx (`tsx X.ts`, or node's
// flags first: `node --flag --import tsx X.ts`).
const commands = Object.entries(scripts).flatMap(([name, command]) => {
  const script = /^(?:tsx|node (?:--\S+ )*--import tsx) (\S+\.ts)$/.exec(command)?.[1];
  return script ? [{ name, script }] : [];
});

describe("every CLI answers --help", () => {
  it("covers the commands of package.json", () => {
    expect(commands.map((c) => c.name).sort()).toEqual(
      [
        "bench",
        "download",
        "generate",
        "serve",
        "soak",
        "spec:diff",
        "spec:fidelity",
        "spec:review",
        "spec:scaffold",
        "upload",
      ].sort(),
    );
  });

  it.each(commands)(
    "npm run $name -- --help: its usage, its flags and an example, exit 0",
    async ({ name, script }) => {
      const { stdout } = await promisify(execFile)(join(root, "node_modules/.bin/tsx"), [script, "--help"], {
        cwd: root,
        timeout: 30_000,
      });
      expect(stdout.startsWith(`usage: npm run ${name}`)).toBe(true);
      expect(stdout).toMatch(/ \[?--[a-z][a-z-]+/);
      expect(stdout).toMatch(new RegExp(`^example: npm run ${name}( |$)`, "m"));
    },
  );
});
