import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ServiceModel } from "../../generator/model/types.js";
import { headerNamesIn, interpretPage, tableRows } from "./doc-page.js";
import { compareErrorCatalog, compareOperation, type CommonPages, type Finding } from "./compare.js";
import { readHtmlPage } from "./html-page.js";
import { pageText, type RawPage } from "./raw-page.js";
import { readRstPage } from "./rst-page.js";

/** The findings for one source page. */
export interface PageReport {
  page: string;
  subject: string;
  findings: Finding[];
}

/** Reads a source page by its extension: `.html` with the HTML parser, `.rst` with the grid-table reader. */
export function readPage(path: string): RawPage {
  const text = readFileSync(path, "utf8");
  return path.endsWith(".html") ? readHtmlPage(text, path) : readRstPage(text, path);
}

/** The docs folder's `.rst` pages by title (the common pages are found by their titles), each read when first asked for. */
function pagesByTitle(docsDir: string): (title: string) => RawPage | undefined {
  const files = new Map<string, { file: string; text: string }>();
  for (const file of readdirSync(docsDir)
    .filter((name) => name.endsWith(".rst"))
    .sort()) {
    const text = readFileSync(join(docsDir, file), "utf8");
    const title = /^(.+)\r?\n=+$/m.exec(text)?.[1]?.trim();
    if (title && !files.has(title)) files.set(title, { file, text });
  }
  return (title) => {
    const found = files.get(title);
    return found && readRstPage(found.text, found.file);
  };
}

/**
 * Every operation with an `x-obs-doc` page, checked against that page in each format present
 * (`<id>.html`, `<id>.rst`), plus the error catalog against the Error Codes page.
 */
export function checkFidelity(model: ServiceModel, docsDir: string): PageReport[] {
  const pageTitled = pagesByTitle(docsDir);
  const common: CommonPages = {
    requestHeaders: tableRows(pageTitled("Common Request Headers")?.intro.tables[0]),
    responseHeaders: tableRows(pageTitled("Common Response Headers")?.intro.tables[0]),
    signingHeaders: ["V2 Common Request", "V4 Common Request"].flatMap((title) => {
      const page = pageTitled(title);
      return page ? headerNamesIn(pageText(page)) : [];
    }),
  };
  const reports: PageReport[] = [];
  for (const operation of model.operations) {
    if (!operation.docId) continue;
    const files = [".html", ".rst"].map((ext) => join(docsDir, operation.docId + ext)).filter(existsSync);
    if (files.length === 0) {
      reports.push({
        page: `${operation.docId}.*`,
        subject: operation.id,
        findings: [
          {
            subject: "page",
            kind: "missing-in-doc",
            message: `no page ${operation.docId}.html or .rst in ${docsDir}`,
            accepted: undefined,
          },
        ],
      });
    }
    for (const file of files)
      reports.push({
        page: basename(file),
        subject: operation.id,
        findings: compareOperation(operation, interpretPage(readPage(file)), common),
      });
  }
  const errorPage = pageTitled("Error Codes");
  reports.push({
    page: errorPage?.file ?? "Error Codes",
    subject: "x-obs-error-codes",
    findings: compareErrorCatalog(model.errorCodes, errorPage?.intro.tables[0], model.docDifferences),
  });
  return reports;
}

/** Whether a page differs from the spec somewhere the spec does not excuse. */
export const hasMismatch = (reports: PageReport[]): boolean =>
  reports.some((report) => report.findings.some((finding) => !finding.accepted));

/** A Markdown report naming each mismatch; accepted ones show the spec's reason. */
export function formatFidelityReport(reports: PageReport[]): string {
  const lines = ["# Spec fidelity to the source pages", ""];
  for (const report of reports) {
    const open = report.findings.filter((f) => !f.accepted);
    const accepted = report.findings.filter((f) => f.accepted);
    lines.push(`## ${report.subject} ↔ \`${report.page}\``, "");
    lines.push(
      open.length === 0
        ? `No mismatches${accepted.length ? ` (${accepted.length} known difference(s) accepted)` : ""}.`
        : `**${open.length} mismatch(es).**`,
      "",
    );
    if (report.findings.length) {
      lines.push("| | Subject | Kind | Detail |", "| --- | --- | --- | --- |");
      for (const f of [...open, ...accepted]) {
        lines.push(
          `| ${f.accepted ? "accepted" : "**mismatch**"} | \`${f.subject}\` | ${f.kind} | ${(f.accepted ? `${f.message}. Spec: ${f.accepted}` : f.message).replace(/\|/g, "\\|")} |`,
        );
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}
