import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "obs-watch-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run generate -- --watch", () => {
  it("regenerates when a spec file is saved, reports a broken spec and goes on, and stops on Ctrl-C", async () => {
    const spec = join(work, "spec");
    cpSync(join(root, "test/fixtures/features"), spec, { recursive: true });
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "generator/cli.ts",
        "--watch",
        ...["--spec", join(spec, "selectors.yaml"), "--out", join(work, "out"), "--cache", join(work, "cache")],
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    /** Waits (60 s at most) until the output has `count` matches of `pattern`. */
    const waitFor = async (pattern: RegExp, count: number) => {
      const deadline = Date.now() + 60_000;
      while ((output.match(new RegExp(pattern, "g")) ?? []).length < count) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no ${pattern} ×${count} in:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const docs = () => readFileSync(join(work, "out/generated/docs/get-seat.md"), "utf8");
    try {
      await waitFor(/watching for changes/, 1);
      expect(docs()).toContain("A window seat needs a row.");

      const file = join(spec, "selectors.yaml");
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.replace("A window seat needs a row.", "A window seat comes with a row."));
      await waitFor(/generated \d+ files \([1-9]\d* changed\)/, 2);
      expect(docs()).toContain("A window seat comes with a row.");

      // A broken file is reported with its place; the watch goes on, and the fix is picked up.
      await waitFor(/watching for changes/, 2);
      writeFileSync(file, text.replace("operationId: GetSeat", "operationId: [GetSeat"));
      await waitFor(/selectors\.yaml:\d+:\d+/, 1);
      await waitFor(/watching for changes/, 3);
      writeFileSync(file, text);
      await waitFor(/generated \d+ files \([1-9]\d* changed\)/, 3);
      expect(docs()).toContain("A window seat needs a row.");
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
