import { basename } from "node:path";
import { parseGridTable, parseSimpleTable } from "./rst-tables.js";
import { codeLines, emptySection, squash, type RawPage, type RawSection } from "./raw-page.js";

/** Inline markup removed: **bold**, ``literal``, :ref:`Text <target>`, backslash escapes. */
export function plainRst(text: string): string {
  return squash(
    text
      .replace(/:[a-z]+:`([^`<]*?)\s*<[^>]*>`/g, "$1")
      .replace(/:[a-z]+:`([^`]*)`/g, "$1")
      .replace(/\*\*(.+?)\*\*/g, "$1")
      .replace(/``(.+?)``/g, "$1")
      .replace(/\\(.)/g, "$1"),
  );
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** Reads a `.rst` page: sections are `---`-underlined titles; tables are `.. table::` grid or simple tables. */
export function readRstPage(text: string, file: string): RawPage {
  const lines = text.split(/\r?\n/);
  let title = "";
  const intro = emptySection("");
  const sections: RawSection[] = [];
  let section = intro;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) section.paragraphs.push(plainRst(paragraph.join(" ")));
    paragraph = [];
  };
  /** The indented block after a directive at `start`: its lines and where it ends. */
  const block = (start: number): { body: string[]; end: number; firstLine: number } => {
    const indent = indentOf(lines[start] ?? "");
    let index = start + 1;
    while (index < lines.length && (lines[index] ?? "").trim() === "") index++;
    const firstLine = index;
    const body: string[] = [];
    while (index < lines.length && ((lines[index] ?? "").trim() === "" || indentOf(lines[index] ?? "") > indent))
      body.push(lines[index++] ?? "");
    while (body.length && (body[body.length - 1] ?? "").trim() === "") body.pop();
    return { body, end: index, firstLine };
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const next = lines[index + 1] ?? "";
    if (line.trim() && /^(=+|-+)$/.test(next) && next.length >= line.trim().length) {
      flush();
      if (next.startsWith("=")) title = plainRst(line);
      else sections.push((section = emptySection(plainRst(line))));
      index++;
      continue;
    }
    const directive = /^\s*\.\. (table|code-block)::\s*(.*)$/.exec(line);
    if (directive) {
      flush();
      const { body, end, firstLine } = block(index);
      if (directive[1] === "table") {
        const dedented = body.map((l) => l.trim());
        const table = dedented[0]?.startsWith("=")
          ? parseSimpleTable(dedented, firstLine + 1)
          : parseGridTable(dedented, firstLine + 1);
        section.tables.push({
          caption: plainRst(directive[2] ?? ""),
          header: table.header.map(plainRst),
          rows: table.rows.map((row) => row.map((cell) => cell.map(plainRst))),
        });
      } else section.code.push(codeLines(body.join("\n")));
      index = end - 1;
      continue;
    }
    if (/^\s*\.\. |^:[a-z_]+:/.test(line)) {
      flush();
      continue;
    }
    const item = /^-\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const more: string[] = [item[1] ?? ""];
      while (index + 1 < lines.length && /^\s{2,}\S/.test(lines[index + 1] ?? "")) more.push(lines[++index] ?? "");
      section.items.push(plainRst(more.join(" ")));
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line);
  }
  flush();
  return { file: basename(file), title, intro, sections };
}
