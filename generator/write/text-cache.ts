import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic.js";

// Texts read or written in this process (the runs of --watch), by path: shared by every cache.
const memory = new Map<string, string>();

/** Texts kept by name in a folder, and in memory for the rest of the process. */
export class TextCache {
  constructor(private readonly dir: string) {}

  read(name: string): string | undefined {
    const path = join(this.dir, name);
    const known = memory.get(path);
    if (known !== undefined) return known;
    try {
      const text = readFileSync(path, "utf8");
      memory.set(path, text);
      return text;
    } catch {
      return undefined;
    }
  }

  write(name: string, text: string): void {
    const path = join(this.dir, name);
    memory.set(path, text);
    writeFileAtomic(path, text);
  }
}
