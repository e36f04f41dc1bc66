import type { RawPage, RawSection, RawTable } from "./raw-page.js";

/** One row of a page's parameter, header or element table. */
export interface DocRow {
  name: string;
  /** The description's own paragraphs, without the Type/Example/Default/Constraint/Note lines. */
  description: string[];
  type: string | undefined;
  example: string | undefined;
  /** Every paragraph of the description cell, for the sentences that state rules. */
  text: string;
  /** The Remarks (or Mandatory) cell. */
  remarks: string | undefined;
  /** true for "Mandatory"/"Yes", false for "Optional"/"No…", undefined when the page does not say. */
  required: boolean | undefined;
}

/** What the fidelity check compares with the spec, read off one operation page. */
export interface DocPage {
  file: string;
  title: string;
  /** Header names the introduction mentions (`x-amz-acl`, `x-amz-meta-*`, `Content-Type`…). */
  introHeaders: string[];
  requestLine: { method: string; target: string } | undefined;
  /** Header names the Request Syntax sends (`Content-MD5`, `Expect`…). */
  requestSyntaxHeaders: string[];
  parameters: DocRow[];
  requestHeaders: DocRow[];
  requestElements: DocRow[];
  responseSyntaxHeaders: string[];
  responseHeaders: DocRow[];
  responseElements: DocRow[];
  namespace: string | undefined;
  errors: Array<{ code: string; status: number }>;
  /** Every status the Error Responses section names, with or without a code. */
  errorStatuses: number[];
  sampleRequest: string | undefined;
  sampleResponse: string | undefined;
}

const HEADER_NAME =
  /\b(?:x-(?:amz|obs)-[A-Za-z0-9-]*[A-Za-z0-9](?:-\*)?|x-(?:amz|obs)-meta-\*|Content-[A-Z][A-Za-z0-9]*)/g;

/** Header names mentioned in a text. */
export function headerNamesIn(text: string): string[] {
  return [...new Set(text.match(HEADER_NAME) ?? [])];
}

function section(page: RawPage, title: string): RawSection | undefined {
  return page.sections.find((s) => s.title.toLowerCase() === title.toLowerCase());
}

/** The rows of a table, located by the column titles the OBS pages use. */
export function tableRows(table: RawTable | undefined): DocRow[] {
  if (!table) return [];
  const column = (...names: string[]) => table.header.findIndex((title) => names.includes(title.toLowerCase()));
  const nameColumn = Math.max(column("parameter", "header", "element", "name", "error code"), 0);
  const descriptionColumn = column("description");
  const remarksColumn = column("remarks", "mandatory", "mandatory or optional", "mandatory (yes/no)");
  return table.rows.map((cells) => {
    const paragraphs = descriptionColumn >= 0 ? (cells[descriptionColumn] ?? []) : [];
    const field = (label: RegExp) =>
      paragraphs
        .find((p) => label.test(p))
        ?.replace(label, "")
        .trim();
    const remarks = remarksColumn >= 0 ? (cells[remarksColumn] ?? []).join(" ") : undefined;
    // Names have no spaces: a name the page wraps over two lines ("part-number -marker") is joined again.
    const name = (cells[nameColumn] ?? []).join(" ");
    return {
      name: /^[\w.*:-]+( [\w.*:-]+)+$/.test(name) && !/[a-z] [a-z]/.test(name) ? name.replace(/ /g, "") : name,
      description: paragraphs.filter((p) => !/^(Type|Example|Default|Constraints?|Note|Value range):/i.test(p)),
      type: field(/^Type:\s*/i),
      example: field(/^Example:\s*/i),
      text: paragraphs.join(" "),
      remarks,
      required:
        remarks === undefined
          ? undefined
          : /^(mandatory|yes)\b/i.test(remarks)
            ? true
            : /^(optional|no)\b/i.test(remarks)
              ? false
              : undefined,
    };
  });
}

/** `Name: value` lines of an HTTP message up to its blank line or body. */
function messageHeaders(code: string | undefined): string[] {
  const lines = (code ?? "").split("\n").slice(1);
  const end = lines.findIndex((line) => line === "" || line.startsWith("<"));
  return (end < 0 ? lines : lines.slice(0, end)).flatMap((line) => /^([A-Za-z0-9-]+):/.exec(line)?.[1] ?? []);
}

/** Interprets a page read from HTML or reStructuredText; the sections are found by their titles. */
export function interpretPage(page: RawPage): DocPage {
  const requestSyntax = section(page, "Request Syntax")?.code[0];
  const syntax = requestSyntax?.split("\n")[0];
  const requestMatch = syntax ? /^([A-Z]+)\s+(\S+)/.exec(syntax) : null;
  const responseSyntax = section(page, "Response Syntax")?.code[0];
  const errorText = [
    ...(section(page, "Error Responses")?.items ?? []),
    ...(section(page, "Error Responses")?.paragraphs ?? []),
  ].join("\n");
  // A status and its code in one sentence: "returns status code 404 Not Found and error code NoSuchBucket"
  // (a status with no code in its sentence, "400 Bad Request.", is a status alone).
  const errors = [...errorText.matchAll(/status code \**(\d{3})\b[^.\n]*?error code \**(\w+)/g)].map((m) => ({
    code: m[2] ?? "",
    status: Number(m[1]),
  }));
  const statuses = [...errorText.matchAll(/status code \**(\d{3})\b/g)].map((m) => Number(m[1]));
  return {
    file: page.file,
    title: page.title,
    introHeaders: headerNamesIn(page.intro.paragraphs.join(" ")),
    requestLine: requestMatch ? { method: requestMatch[1] ?? "", target: requestMatch[2] ?? "" } : undefined,
    requestSyntaxHeaders: messageHeaders(requestSyntax),
    parameters: tableRows(section(page, "Request Parameters")?.tables[0]),
    requestHeaders: tableRows(section(page, "Request Headers")?.tables[0]),
    requestElements: tableRows(section(page, "Request Elements")?.tables[0]),
    responseSyntaxHeaders: messageHeaders(responseSyntax),
    responseHeaders: tableRows(section(page, "Response Headers")?.tables[0]),
    responseElements: tableRows(section(page, "Response Elements")?.tables[0]),
    namespace: /xmlns="([^"]+)"/.exec(responseSyntax ?? "")?.[1],
    errors: errors.filter((error, index) => errors.findIndex((e) => e.code === error.code) === index),
    errorStatuses: [...new Set(statuses)],
    sampleRequest: section(page, "Sample Request")?.code[0],
    sampleResponse: section(page, "Sample Response")?.code[0],
  };
}
