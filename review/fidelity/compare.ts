import type {
  DocDifference,
  ErrorCode,
  OperationModel,
  ScalarBinding,
  XmlMember,
  XmlShape,
  FormPayload,
} from "../../generator/model/types.js";
import { answerStatuses } from "../../generator/model/types.js";
import { constraintSatisfied } from "../../generator/keywords/index.js";
import { headerNamesIn, type DocPage, type DocRow } from "./doc-page.js";
import type { RawTable } from "./raw-page.js";

/** One way the spec and the page disagree; `accepted` holds the spec's x-obs-doc-differs reason, if any. */
export interface Finding {
  subject: string;
  kind: string;
  message: string;
  accepted: string | undefined;
}

/** What the operation page leaves to the common pages (Common Request/Response Headers). */
export interface CommonPages {
  requestHeaders: DocRow[];
  responseHeaders: DocRow[];
  /** Header names the V2 and V4 authentication pages use (x-amz-date, x-amz-content-sha256…). */
  signingHeaders: string[];
}

const lower = (name: string) => name.toLowerCase();
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[`*"]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[.\s]+$/, "")
    .trim();
/** Sample messages compare line by line, whitespace collapsed, blank lines ignored. */
const messageLines = (text: string | undefined) =>
  (text ?? "")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);

/** Compares one operation page with the spec's operation, both ways. */
export function compareOperation(operation: OperationModel, page: DocPage, common: CommonPages): Finding[] {
  const findings: Finding[] = [];
  const find = (subject: string, kind: string, message: string) => {
    const note = operation.docDifferences.find((d) => d.subject === subject && d.kind === kind);
    findings.push({ subject, kind, message, accepted: note?.reason });
  };

  if (page.title !== operation.summary)
    find("title", "differs", `the page is titled "${page.title}", the spec's summary is "${operation.summary}"`);
  if (page.requestLine) {
    // The page's query names its selectors and, often, optional parameters (`?uploadId=…&max-parts=…`).
    const [, query = ""] = page.requestLine.target.split("?");
    const names = query ? query.split("&").map((flag) => flag.split("=")[0] ?? "") : [];
    const queryNames = new Set(operation.query.map((q) => q.wireName));
    const selectorsMatch =
      operation.selectors.every((s) => names.includes(s)) &&
      names.every((n) => operation.selectors.includes(n) || queryNames.has(n));
    if (page.requestLine.method !== operation.method || !selectorsMatch) {
      find(
        "request-line",
        "differs",
        `the page's request line is "${page.requestLine.method} ${page.requestLine.target}", the spec's is "${operation.method} ${operation.pathTemplate}?${operation.selectors.join("&")}"`,
      );
    }
  }

  // Request parameters: the sub-resource flags and the query members.
  const specParameters = new Map<string, { required: boolean; binding: ScalarBinding | undefined }>([
    ...operation.flags.map((flag) => [flag.name, { required: true, binding: undefined }] as const),
    ...operation.query.map((binding) => [binding.wireName, { required: binding.required, binding }] as const),
  ]);
  for (const row of page.parameters) {
    const spec = specParameters.get(row.name);
    const subject = `parameter ${row.name}`;
    if (!spec)
      find(
        subject,
        "missing-in-spec",
        `Table "Request Parameters" has ${row.name}; the spec has no such query parameter`,
      );
    else if (row.required !== undefined && row.required !== spec.required) {
      find(
        subject,
        "optionality",
        `the page says ${row.required ? "mandatory" : "optional"}, the spec ${spec.required ? "required" : "optional"}`,
      );
    }
  }
  for (const name of specParameters.keys()) {
    if (!page.parameters.some((row) => row.name === name))
      find(`parameter ${name}`, "missing-in-doc", `the spec has query parameter ${name}; the page's table does not`);
  }

  // Request headers, with their optionality, the rules the page states in words, and its examples.
  const headers = new Map(operation.headers.map((binding) => [binding.wireName, binding]));
  const examples = new Map(
    page.requestHeaders.flatMap((row) => (row.example ? [[lower(row.name), exampleValue(row)] as const] : [])),
  );
  const requestTime = sampleRequestTime(page.sampleRequest);
  // Headers the payload or signing layer handles, and prefix families, are the spec's too: their optionality is compared.
  const otherHeaders = new Map<string, boolean>([
    ...operation.transportHeaders.map((header) => [header.wireName, header.required] as const),
    ...operation.prefixHeaders.map((prefix) => [`${prefix.prefix}*`, false] as const),
  ]);
  for (const row of page.requestHeaders) {
    const name = lower(row.name);
    const subject = `request-header ${name}`;
    const binding = headers.get(name);
    if (!binding) {
      const required = otherHeaders.get(name);
      if (required === undefined)
        find(subject, "missing-in-spec", `Table "Request Headers" has ${row.name}; the spec has no such header`);
      else if (row.required !== undefined && row.required !== required)
        find(
          subject,
          "optionality",
          `the page says ${row.required ? "mandatory" : "optional"}, the spec ${required ? "required" : "optional"}`,
        );
      continue;
    }
    if (row.required !== undefined && row.required !== binding.required) {
      find(
        subject,
        "optionality",
        `the page says ${row.required ? "mandatory" : "optional"}, the spec ${binding.required ? "required" : "optional"}`,
      );
    }
    for (const other of requiredWith(row)) {
      if (!linked(operation, name, other))
        find(subject, "rule", `the page says ${row.name} goes with ${other}; no x-obs-header-rules entry links them`);
    }
    const example = examples.get(name);
    if (example !== undefined) {
      const broken = binding.constraints.find(
        (constraint) => !constraintSatisfied(constraint, example, { others: examples, requestTime }),
      );
      if (broken)
        find(subject, "example", `the page's example "${example}" breaks the spec's ${broken.kind} constraint`);
    }
    const specText = words(`${binding.description} ${binding.decision ?? ""}`);
    const missing = row.description.filter((paragraph) => !specText.includes(words(paragraph)));
    if (missing.length) find(subject, "description", `the spec's description lacks the page's "${missing.join(" ")}"`);
  }
  const documentedRequestHeaders = new Set([
    ...page.requestHeaders.map((row) => lower(row.name)),
    ...page.introHeaders.map(lower),
    ...page.requestSyntaxHeaders.map(lower),
    ...common.requestHeaders.map((row) => lower(row.name)),
    ...common.signingHeaders.map(lower),
  ]);
  const specRequestHeaders = [
    ...operation.headers.map((binding) => binding.wireName),
    ...operation.prefixHeaders.map((prefix) => `${prefix.prefix}*`),
    ...operation.transportHeaders.map((header) => header.wireName),
  ];
  for (const name of specRequestHeaders) {
    if (!documentedRequestHeaders.has(name)) {
      find(
        `request-header ${name}`,
        "missing-in-doc",
        `the spec has ${name}; neither the page, Common Request Headers nor the authentication pages name it`,
      );
    }
  }

  // Request elements: the XML body's elements, at any depth, or a form's fields.
  if (operation.payload?.kind === "form") compareFormFields(find, page.requestElements, operation.payload);
  else {
    const requestDocument = operation.payload?.kind === "xml" ? operation.payload.document : undefined;
    compareElements(find, "request-element", page.requestElements, requestDocument);
  }

  // Response headers.
  const specResponseHeaders = new Set([
    ...operation.response.headers.map((h) => h.wireName),
    ...operation.response.prefixHeaders.map((prefix) => `${prefix.prefix}*`),
    ...operation.response.documentedHeaders.map((h) => lower(h.wireName)),
  ]);
  for (const row of page.responseHeaders) {
    if (!specResponseHeaders.has(lower(row.name)))
      find(
        `response-header ${lower(row.name)}`,
        "missing-in-spec",
        `Table "Response Headers" has ${row.name}; the spec's response does not`,
      );
  }
  for (const name of page.responseSyntaxHeaders) {
    if (!specResponseHeaders.has(lower(name)))
      find(
        `response-header ${lower(name)}`,
        "missing-in-spec",
        `the Response Syntax has ${name}; the spec's response does not`,
      );
  }
  const documentedResponseHeaders = new Set(
    [
      ...page.responseHeaders.map((r) => r.name),
      ...page.responseSyntaxHeaders,
      ...common.responseHeaders.map((r) => r.name),
    ].map(lower),
  );
  for (const name of specResponseHeaders) {
    if (!documentedResponseHeaders.has(name))
      find(
        `response-header ${name}`,
        "missing-in-doc",
        `the spec's response has ${name}; neither the page nor Common Response Headers names it`,
      );
  }

  // Response elements (at any depth) and namespace.
  const body = operation.response.body;
  compareElements(find, "response-element", page.responseElements, body);
  if (page.namespace !== body?.namespace)
    find(
      "namespace",
      "differs",
      `the page's namespace is ${page.namespace ?? "none"}, the spec's ${body?.namespace ?? "none"}`,
    );

  // Errors the page names, with their status.
  for (const error of page.errors) {
    const spec = operation.errors.find((e) => e.code === error.code);
    if (!spec)
      find(
        `error ${error.code}`,
        "missing-in-spec",
        `Error Responses names ${error.code} (${error.status}); the operation does not answer it`,
      );
    else if (spec.status !== error.status)
      find(
        `error ${error.code}`,
        "status",
        `the page answers ${error.code} with ${error.status}, the spec with ${spec.status}`,
      );
  }

  // Statuses: each the page's errors name is a response of the operation; the sample answers a success status of the spec's.
  const successStatuses = answerStatuses(operation.response);
  for (const status of page.errorStatuses) {
    const answered =
      status < 300 ? successStatuses.includes(status) : operation.errors.some((error) => error.status === status);
    if (!answered)
      find(
        `status ${status}`,
        "missing-in-spec",
        `Error Responses names status ${status}; the operation does not answer it`,
      );
  }
  const sampleStatus = Number(/^HTTP\/1\.[01] (\d{3})/.exec(page.sampleResponse ?? "")?.[1]);
  if (sampleStatus && !successStatuses.includes(sampleStatus))
    find(
      "status",
      "differs",
      `the page's sample answers ${sampleStatus}, the spec's success is ${successStatuses.join(" or ")}`,
    );

  // Samples.
  const sample = operation.samples[0];
  for (const [kind, doc, spec] of [
    ["sample-request", page.sampleRequest, sample?.request],
    ["sample-response", page.sampleResponse, sample?.response],
  ] as const) {
    if (doc === undefined) continue;
    if (messageLines(doc).join("\n") !== messageLines(spec).join("\n"))
      find(kind, "differs", `the spec's x-obs-samples[0] differs from the page's ${kind.replace("-", " ")}`);
  }

  // A difference note that no finding uses is stale.
  for (const note of operation.docDifferences) {
    if (!findings.some((f) => f.subject === note.subject && f.kind === note.kind)) {
      findings.push({
        subject: note.subject,
        kind: "stale-note",
        message: `x-obs-doc-differs (${note.source.file}:${note.source.line}) excuses a difference that is not there`,
        accepted: undefined,
      });
    }
  }
  return findings;
}

/**
 * A document's elements against a page's element table, both ways. The page names nested
 * elements by their own name or a dotted path (`CommonPrefixes.Prefix`,
 * `ListMultipartUploadsResult.Prefix`); the spec's are found at any depth.
 */
function compareElements(
  find: (subject: string, kind: string, message: string) => void,
  kind: string,
  rows: DocRow[],
  document: XmlShape | undefined,
): void {
  const names = new Set<string>();
  const visit = (members: XmlMember[], done: Set<object>) => {
    for (const member of members) {
      names.add(member.xmlName);
      if (member.list) names.add(member.list.itemName);
      if (member.shape.kind === "structure" && !done.has(member.shape)) {
        done.add(member.shape);
        visit(member.shape.members, done);
      }
    }
  };
  if (document) {
    names.add(document.name);
    visit(document.members, new Set());
  }
  const rowNames = rows.map((row) => row.name.split(".").pop() ?? row.name);
  const what = kind === "request-element" ? "request" : "response";
  for (const [index, row] of rows.entries()) {
    if (!names.has(rowNames[index] ?? ""))
      find(
        `${kind} ${row.name}`,
        "missing-in-spec",
        `Table "${what === "request" ? "Request" : "Response"} Elements" has ${row.name}; the spec's ${what} body does not`,
      );
  }
  for (const name of names) {
    if (!rowNames.includes(name))
      find(`${kind} ${name}`, "missing-in-doc", `the spec's ${what} body has ${name}; the page's table does not`);
  }
}

/**
 * A form's fields against the page's table of them, both ways and with their optionality. Names
 * are compared in any case, as the server reads them; a row may name several fields
 * (`Cache-Control, Content-Type`).
 */
function compareFormFields(
  find: (subject: string, kind: string, message: string) => void,
  rows: DocRow[],
  form: FormPayload,
): void {
  const fields = new Map<string, boolean>([
    ...form.fields.map((field) => [field.wireName, field.required] as const),
    ...form.prefixFields.map((family) => [`${family.prefix}*`, false] as const),
    [form.file.wireName, true],
  ]);
  const documented = new Set<string>();
  for (const row of rows) {
    for (const name of row.name.split(",").map((part) => lower(part.trim()))) {
      documented.add(name);
      const required = fields.get(name);
      if (required === undefined)
        find(
          `request-element ${name}`,
          "missing-in-spec",
          `Table "Request Elements" has form field ${name}; the spec's form does not`,
        );
      else if (row.required !== undefined && row.required !== required)
        find(
          `request-element ${name}`,
          "optionality",
          `the page says ${row.required ? "mandatory" : "optional"}, the spec ${required ? "required" : "optional"}`,
        );
    }
  }
  for (const name of fields.keys())
    if (!documented.has(name))
      find(`request-element ${name}`, "missing-in-doc", `the spec's form has field ${name}; the page's table does not`);
}

/** The other headers a row says it must be sent with ("must be used together with …", "required when … is present"). */
function requiredWith(row: DocRow): string[] {
  const sentences = `${row.text} ${row.remarks ?? ""}`
    .split(/(?<=\.)\s+/)
    .filter((s) => /together with|required when/i.test(s));
  return headerNamesIn(sentences.join(" "))
    .map(lower)
    .filter((name) => name !== lower(row.name));
}

function linked(operation: OperationModel, name: string, other: string): boolean {
  return operation.rules.some(
    (rule) =>
      (rule.kind === "together" && rule.headers.includes(name) && rule.headers.includes(other)) ||
      (rule.kind === "requires" && rule.when === other && rule.requires.includes(name)),
  );
}

/** `Example: x-amz-storage-class: STANDARD` → `STANDARD`. */
function exampleValue(row: DocRow): string {
  const example = row.example ?? "";
  const prefix = new RegExp(`^${row.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:\\s*`, "i");
  return example.replace(prefix, "").trim();
}

/** The page's examples are read at the time of its sample request (its Date header). */
function sampleRequestTime(sample: string | undefined): number {
  const date = /^Date:\s*(.+)$/im.exec(sample ?? "")?.[1];
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? Date.now() : time;
}

/** The spec's error catalog (components.x-obs-error-codes) against the Error Codes page's table, both ways. */
export function compareErrorCatalog(
  catalog: ErrorCode[],
  table: RawTable | undefined,
  notes: DocDifference[],
): Finding[] {
  const findings: Finding[] = [];
  const find = (subject: string, kind: string, message: string) =>
    findings.push({
      subject,
      kind,
      message,
      accepted: notes.find((note) => note.subject === subject && note.kind === kind)?.reason,
    });
  if (!table)
    return [
      {
        subject: "error-codes",
        kind: "missing-in-doc",
        message: "the Error Codes page has no table",
        accepted: undefined,
      },
    ];
  const codeColumn = table.header.findIndex((title) => /error code/i.test(title));
  const statusColumn = table.header.findIndex((title) => /status/i.test(title));
  // Codes have no spaces: a code the page wraps over two lines is joined again.
  const page = new Map<string, { text: string; statuses: Set<string> }>();
  for (const row of table.rows) {
    const text = (row[codeColumn] ?? []).join(" ");
    const status = /\d{3}/.exec((row[statusColumn] ?? []).join(" "))?.[0] ?? "no status";
    const entry = page.get(text.replace(/\s+/g, "")) ?? { text, statuses: new Set<string>() };
    page.set(text.replace(/\s+/g, ""), { text, statuses: entry.statuses.add(status) });
  }
  for (const [code, { text, statuses }] of page) {
    const spec = catalog.find((entry) => entry.code === code);
    if (!spec)
      find(
        `error ${text}`,
        "missing-in-spec",
        `the Error Codes page lists ${text} (${[...statuses].join(", ")}); x-obs-error-codes does not`,
      );
    else if (!statuses.has(String(spec.status)))
      find(
        `error ${code}`,
        "status",
        `the page answers ${code} with ${[...statuses].join(" or ")}, the spec with ${spec.status}`,
      );
  }
  for (const entry of catalog) {
    if (!page.has(entry.code))
      find(
        `error ${entry.code}`,
        "missing-in-doc",
        `x-obs-error-codes has ${entry.code} (${entry.source.file}:${entry.source.line}); the Error Codes page does not`,
      );
  }
  return findings;
}
