/**
 * A source page as the fidelity check reads it, whatever its format (HTML or reStructuredText):
 * the title, the introduction, and each section's paragraphs, list items, tables and code blocks.
 */
export interface RawTable {
  caption: string;
  header: string[];
  /** Each row's cells; each cell is its paragraphs. */
  rows: string[][][];
}

export interface RawSection {
  title: string;
  paragraphs: string[];
  items: string[];
  tables: RawTable[];
  code: string[];
}

export interface RawPage {
  file: string;
  title: string;
  /** What comes before the first section. */
  intro: RawSection;
  sections: RawSection[];
}

export const emptySection = (title: string): RawSection => ({ title, paragraphs: [], items: [], tables: [], code: [] });

/** Whitespace collapsed to single spaces, trimmed. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** A code block's lines, each trimmed, blank lines kept only between blocks of text. */
export const codeLines = (text: string): string =>
  text
    .split("\n")
    .map((line) => squash(line))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");

/** Every word of a page: paragraphs, list items, table cells and code. */
export const pageText = (page: RawPage): string =>
  [page.intro, ...page.sections]
    .flatMap((section) => [
      ...section.paragraphs,
      ...section.items,
      ...section.code,
      ...section.tables.flatMap((table) => table.rows.flat(2)),
    ])
    .join("\n");
