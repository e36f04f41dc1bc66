import { format, type Options } from "prettier";

const OPTIONS: Options = { printWidth: 120, trailingComma: "all" };

const PARSERS: Record<string, string> = { ".ts": "typescript", ".js": "babel", ".json": "json", ".md": "markdown", ".html": "html" };

/** Formats every emitted file with prettier, by extension; other files pass through. */
export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all(
    [...files].map(async ([path, text]) => {
      const extension = path.endsWith(".d.ts") ? ".ts" : path.slice(path.lastIndexOf("."));
      const parser = PARSERS[extension];
      out.set(path, parser ? await format(text, { ...OPTIONS, parser }) : text);
    }),
  );
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
