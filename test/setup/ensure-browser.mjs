// `npm test`'s pretest: the docs browser test drives Debian's Chromium. When it is missing and we
// may install packages (root), install it; otherwise say clearly what to do. Never fails the run
// here: the test itself reports a missing browser.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.error(`pretest: ${path} is missing; installing Debian's chromium for the docs browser test…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const install = () =>
      spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
        stdio: "inherit",
        env,
        timeout: 600_000,
      });
    if (install().status !== 0) {
      spawnSync("apt-get", ["update"], { stdio: "inherit", env, timeout: 300_000 });
      install();
    }
  } else {
    console.error(
      `pretest: no Chromium at ${path}; the docs browser test will fail. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}
