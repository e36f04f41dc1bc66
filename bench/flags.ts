import { parseArgs, type ParseArgsConfig } from "node:util";

/** parseArgs for the bench and soak commands: `--help` prints the usage (exit 0), a wrong flag its message and the usage (exit 2). */
export function parseFlags<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  if (process.argv.includes("--help")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}
