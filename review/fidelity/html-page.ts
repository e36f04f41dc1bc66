import { basename } from "node:path";
import * as cheerio from "cheerio";
import type { AnyNode } from "domhandler";
import { codeLines, emptySection, squash, type RawPage, type RawSection, type RawTable } from "./raw-page.js";

/**
 * Reads an HTML page of the OBS docs with a real HTML parser (cheerio, on parse5): the `h1`
 * title, the paragraphs before the first `div.section`, and each section's `h4` title,
 * paragraphs, list items, tables (`caption`, `thead th`, `tbody tr`) and `pre` blocks.
 */
export function readHtmlPage(html: string, file: string): RawPage {
  const $ = cheerio.load(html);
  const text = (node: AnyNode) => squash($(node).text());

  const readTable = (table: AnyNode): RawTable => ({
    caption: squash($(table).children("caption").text()),
    header: $(table).find("thead th").toArray().map(text),
    rows: $(table)
      .find("tbody > tr")
      .toArray()
      .map((row) =>
        $(row)
          .children("td")
          .toArray()
          .map((cell) => {
            const paragraphs = $(cell).find("p, li").toArray().map(text).filter(Boolean);
            return paragraphs.length ? paragraphs : [text(cell)].filter(Boolean);
          }),
      ),
  });
  const readSection = (title: string, container: AnyNode, own: string): RawSection => {
    const section = emptySection(title);
    section.paragraphs = $(container).children(own).toArray().map(text).filter(Boolean);
    section.items = $(container).find("> ul > li, > ol > li").toArray().map(text);
    section.tables = $(container).find("table").toArray().map(readTable);
    section.code = $(container)
      .find("pre")
      .toArray()
      .map((pre) => codeLines($(pre).text()));
    return section;
  };

  const body = $("h1").first().nextAll("div").first();
  const intro = readSection("", body.get(0) ?? $.root().get(0)!, "p");
  intro.tables = [];
  intro.code = [];
  const sections = $("div.section")
    .toArray()
    .map((div) => readSection(squash($(div).children("h4, h3, h2").first().text()), div, "p"));
  return { file: basename(file), title: squash($("h1").first().text()), intro, sections };
}
