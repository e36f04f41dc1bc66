/**
 * reStructuredText tables, as the `.rst` pages write them. Grid tables:
 *
 *   +--------+-------------+
 *   | Header | Description |
 *   +========+=============+
 *   | a      | first line  |
 *   |        |             |
 *   |        | second para |
 *   +--------+-------------+
 *
 * Column boundaries come from the `+` of the first border; a row ends at each border line.
 * Cells spanning columns or rows are not used by the source pages and are reported as errors.
 * A grid table without a `+===+` border takes its first row as the header: the pages that
 * lack the border still start with a row of column titles.
 *
 * And simple tables, `=====  =====` borders around a header line and one line per row.
 */
export interface RstTable {
  header: string[];
  rows: string[][][];
}

const BORDER = /^\+[-=+]+\+$/;

export class RstTableError extends Error {}

/** Parses the lines of one grid table (already dedented); each cell becomes its paragraphs. */
export function parseGridTable(lines: string[], firstLine = 1): RstTable {
  const first = lines[0] ?? "";
  if (!BORDER.test(first)) throw new RstTableError(`line ${firstLine}: a grid table starts with a +---+ border`);
  const bounds = [...first].flatMap((char, index) => (char === "+" ? [index] : []));
  const rows: string[][][] = [];
  let header: string[][] | undefined;
  let current: string[][] = bounds.slice(1).map(() => []);
  lines.slice(1).forEach((line, offset) => {
    const where = `line ${firstLine + offset + 1}`;
    if (BORDER.test(line)) {
      const plus = [...line].flatMap((char, index) => (char === "+" ? [index] : []));
      if (plus.join() !== bounds.join()) throw new RstTableError(`${where}: cells spanning columns are not supported`);
      const cells = current.map(paragraphs);
      if (line.includes("=")) header = cells;
      else rows.push(cells);
      current = bounds.slice(1).map(() => []);
      return;
    }
    if (!bounds.every((bound) => line[bound] === "|"))
      throw new RstTableError(`${where}: a row's cells must line up with the border's columns`);
    bounds.slice(1).forEach((bound, column) => current[column]?.push(line.slice((bounds[column] ?? 0) + 1, bound)));
  });
  if (current.some((cell) => cell.length > 0))
    throw new RstTableError(`line ${firstLine + lines.length - 1}: the table does not end with a border`);
  const head = header ?? rows.shift();
  if (!head) throw new RstTableError(`line ${firstLine}: the table has no rows`);
  return { header: head.map((cell) => cell.join(" ")), rows };
}

const SIMPLE_BORDER = /^=+( +=+)+$/;

/** Parses a simple table; a line whose first column is blank continues the row above. */
export function parseSimpleTable(lines: string[], firstLine = 1): RstTable {
  const border = lines[0] ?? "";
  if (!SIMPLE_BORDER.test(border))
    throw new RstTableError(`line ${firstLine}: a simple table starts with a ===  === border`);
  const starts = [...border.matchAll(/=+/g)].map((match) => match.index ?? 0);
  const split = (line: string) => starts.map((start, column) => line.slice(start, starts[column + 1]).trim());
  const borders = lines.flatMap((line, index) => (SIMPLE_BORDER.test(line) ? [index] : []));
  if (borders.length < 3)
    throw new RstTableError(
      `line ${firstLine}: a simple table has three === borders (above and below the header, and at the end)`,
    );
  const header = split(lines.slice(1, borders[1]).join(" "));
  const rows: string[][][] = [];
  for (const line of lines.slice((borders[1] ?? 0) + 1, borders[borders.length - 1])) {
    const cells = split(line);
    const previous = rows[rows.length - 1];
    if (cells[0] === "" && previous) cells.forEach((cell, column) => cell && previous[column]?.push(cell));
    else if (line.trim()) rows.push(cells.map((cell) => (cell ? [cell] : [])));
  }
  return { header, rows: rows.map((row) => row.map((cell) => (cell.length ? [cell.join(" ")] : []))) };
}

/** A cell's lines → paragraphs (blank lines separate them), whitespace collapsed. */
function paragraphs(cellLines: string[]): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  for (const line of [...cellLines, ""]) {
    if (line.trim() === "") {
      if (paragraph.length) out.push(paragraph.join(" ").replace(/\s+/g, " ").trim());
      paragraph = [];
    } else paragraph.push(line.trim());
  }
  return out;
}
