import { answerUnitOf } from "../answers/index.js";
import { bodyUnitOf } from "../bodies/index.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import { join } from "node:path";
import Handlebars from "handlebars";
import type {
  DocumentedHeader,
  ElementShape,
  OperationModel,
  ScalarBinding,
  ScalarType,
  ServiceModel,
  XmlMember,
  XmlShape,
} from "../model/types.js";
import { constraintWords } from "../keywords/index.js";
import { presenceInWords, ruleInWords } from "./doc-words.js";
import { renderMarkdown } from "./markdown-html.js";
import { kebab } from "./names.js";
import { compileTemplate } from "./templates.js";

/** Pages (Markdown and HTML) rendered in this process (the runs of --watch), by their templates, title and view. */
const renderedPages = new Map<string, { markdown: string; html: string }>();

const handlebars = Handlebars.create();
// A Markdown table cell: one line, pipes escaped, HTML-significant characters as entities.
handlebars.registerHelper("cell", (text: unknown) =>
  String(text ?? "")
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\n\s*\n/g, "<br><br>")
    .replace(/\s*\n\s*/g, " "),
);

/**
 * The reference docs: one Markdown page per operation (templates/docs/operation.md.hbs),
 * in the source page's section order, a page for the headers every operation names
 * (common-headers), and each page again as standalone HTML (the Markdown rendered by
 * markdown-it inside templates/docs/page.html.hbs, one shared style.css). Every word comes
 * from the model. The pages are written as rendered: compact tables, no formatter pass.
 */
export async function emitDocs(model: ServiceModel, templatesDir: string): Promise<Map<string, string>> {
  const texts: string[] = [];
  const template = (name: string) => {
    const text = readFileSync(join(templatesDir, "docs", name), "utf8");
    texts.push(text);
    return compileTemplate(text, handlebars);
  };
  const operationPage = template("operation.md.hbs");
  const indexPage = template("index.md.hbs");
  const commonPage = template("common-headers.md.hbs");
  const htmlPage = template("page.html.hbs");

  const files = new Map<string, string>();
  files.set("generated/docs/style.css", readFileSync(join(templatesDir, "docs/style.css"), "utf8"));
  const templatesKey = createHash("sha256").update(texts.join("\0")).digest("hex");
  // Pages whose HTML is still to render: their key, name, title and Markdown with .html links.
  const pending: Array<{ key: string; name: string; title: string; markdown: string; body: string }> = [];
  // The runs of --watch reuse a page whose view (what the templates are given) is what it was.
  const addPage = (name: string, title: string, view: object, render: (ext: string) => string) => {
    const key = `${templatesKey}\0${title}\0${JSON.stringify(view)}`;
    const page = renderedPages.get(key);
    if (page === undefined) {
      pending.push({ key, name, title, markdown: tidy(render("md")), body: render("html") });
      return;
    }
    files.set(`generated/docs/${name}.md`, page.markdown);
    files.set(`generated/docs/${name}.html`, page.html);
  };
  const pages = model.operations.map((operation) => ({ operation, file: kebab(operation.id) }));
  const links = (ext: string) => ({ index: `index.${ext}`, common: `common-headers.${ext}` });
  // The operations under their groups, in the spec's order of the groups.
  const groups = model.groups
    .map((group) => ({
      name: group.name,
      description: group.description,
      operations: pages
        .filter(({ operation }) => operation.group === group)
        .map(({ operation, file }) => ({ summary: operation.summary, file, request: requestLine(operation) })),
    }))
    .filter((group) => group.operations.length > 0);
  addPage("index", model.title, groups, (ext) =>
    indexPage({
      ...links(ext),
      title: model.title,
      description: model.description,
      groups: groups.map((group) => ({
        ...group,
        operations: group.operations.map((entry) => ({ ...entry, link: `${entry.file}.${ext}` })),
      })),
    }),
  );
  addPage("common-headers", "Common headers", commonHeadersView(model, "md"), (ext) =>
    commonPage({ ...links(ext), ...commonHeadersView(model, ext) }),
  );
  for (const { operation, file } of pages) {
    const view = operationView(model, operation);
    addPage(file, operation.summary, view, (ext) => operationPage({ ...view, ...links(ext) }));
  }
  // Everything above runs before the caller's next step; the HTML renders meanwhile.
  const bodies = await renderMarkdown(pending.map((page) => page.body));
  if (renderedPages.size + pending.length > 10_000) renderedPages.clear();
  pending.forEach(({ key, name, title, markdown }, index) => {
    const html = htmlPage({ title, body: (bodies[index] ?? "").trimEnd() });
    renderedPages.set(key, { markdown, html });
    files.set(`generated/docs/${name}.md`, markdown);
    files.set(`generated/docs/${name}.html`, html);
  });
  return files;
}

/** Markdown as a careful writer leaves it: no trailing spaces, one blank line between blocks, one newline at the end. */
function tidy(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

/**
 * The transport request headers and the member-less response headers, each described once with the
 * operations that name it; a header described differently by some operations gets a row per description.
 */
function commonHeadersView(model: ServiceModel, ext: string) {
  const group = (pick: (operation: OperationModel) => DocumentedHeader[]) => {
    const rows = new Map<string, { header: DocumentedHeader; operations: OperationModel[] }>();
    for (const operation of model.operations)
      for (const header of pick(operation)) {
        const key = `${header.wireName.toLowerCase()}\0${header.description}\0${header.role}`;
        const row = rows.get(key) ?? { header, operations: [] };
        row.operations.push(operation);
        rows.set(key, row);
      }
    return [...rows.values()].map(({ header, operations }) => ({
      name: displayName(header.wireName),
      description: header.description,
      role: header.role,
      operations:
        operations.length === model.operations.length
          ? "All"
          : operations.map((operation) => `[${operation.summary}](${kebab(operation.id)}.${ext})`).join(", "),
    }));
  };
  return {
    requestHeaders: group((operation) => operation.transportHeaders),
    responseHeaders: group((operation) => operation.response.documentedHeaders),
  };
}

/** The request line in virtual-hosted form: the bucket travels in the Host header; valued selectors show their member. */
function requestLine(operation: OperationModel): string {
  const path =
    (operation.bucket
      ? operation.pathTemplate.replace(`/{${operation.bucket.wireName}}`, "")
      : operation.pathTemplate) || "/";
  const selector = (name: string) => {
    const binding = operation.query.find((q) => q.wireName === name);
    return binding ? `${name}=${binding.member}` : name;
  };
  const query = operation.selectors.length ? `?${operation.selectors.map(selector).join("&")}` : "";
  return `${operation.method} ${path}${query}`;
}

/** A scalar's type in words: `String`, `Integer`, `Boolean`, `Timestamp (ISO 8601)`, or its enum's name. */
function typeWords(type: ScalarType, inHeader = false): string {
  if (type.name) return type.name;
  return {
    string: "String",
    integer: "Integer",
    boolean: "Boolean",
    timestamp: inHeader ? "Timestamp (HTTP-date)" : "Timestamp (ISO 8601)",
  }[type.kind];
}

const elementTypeWords = (shape: ElementShape) =>
  shape.kind === "scalar" ? typeWords(shape.type) : `Container${shape.name ? ` (${shape.name})` : ""}`;

/** Every element of a document, depth first, nested ones as `Parent.Child`; a structure used twice is described once. */
function elementRows(model: ServiceModel, document: XmlShape) {
  const rows: Array<{ name: string; description: string; type: string; constraints: string; presence: string }> = [];
  const visit = (members: XmlMember[], path: string, seen: Set<object>) => {
    for (const member of members) {
      const name = path
        ? `${path}.${member.list?.wrapped ? `${member.xmlName}.${member.list.itemName}` : member.xmlName}`
        : member.xmlName;
      rows.push({
        name,
        description: member.description,
        type: member.list
          ? `List of ${elementTypeWords(member.shape)}${member.list.wrapped ? ` in \`<${member.xmlName}>\`` : ", repeated"}`
          : elementTypeWords(member.shape),
        constraints: [
          ...member.constraints.map(constraintWords),
          member.constraints.length > 0 && member.error
            ? `Otherwise: ${member.error} (${statusOf(model, member.error)}).`
            : "",
        ]
          .filter(Boolean)
          .join("\n\n"),
        presence: member.list
          ? member.required
            ? "At least one"
            : "Zero or more"
          : member.required
            ? "Always"
            : "Optional",
      });
      if (member.shape.kind === "structure" && !seen.has(member.shape))
        visit(member.shape.members, name, new Set([...seen, member.shape]));
    }
  };
  visit(document.members, "", new Set());
  return rows;
}

function operationView(model: ServiceModel, operation: OperationModel) {
  const scalarRow = (binding: ScalarBinding) => ({
    name: binding.location === "header" ? displayName(binding.wireName) : binding.wireName,
    description: [
      binding.description,
      binding.example ? `Example: \`${binding.example}\`` : "",
      binding.decision ? `*Decision:* ${binding.decision}` : "",
    ]
      .filter(Boolean)
      .join("\n\n"),
    type:
      typeWords(binding.type, binding.location === "header") +
      (binding.type.defaultValue !== undefined ? `, default ${String(binding.type.defaultValue)}` : ""),
    constraints: [
      ...binding.constraints.map(constraintWords),
      binding.constraints.length > 0 && binding.error
        ? `Otherwise: ${binding.error} (${statusOf(model, binding.error)}).`
        : "",
    ]
      .filter(Boolean)
      .join("\n\n"),
    presence: presenceInWords(operation, binding.wireName, binding.required),
  });
  const answer = answerUnitOf(operation.response).docs(operation.response);
  const body = answerUnitOf(operation.response).document(operation.response);
  const payload = operation.payload;
  const unit = payload && bodyUnitOf(payload);
  const bodyDocs = payload && unit?.docs(payload, (code) => statusOf(model, code));
  const requestDocument = payload && unit?.document(payload);
  const responseHeaders = [
    ...operation.response.headers.map((header) => ({
      name: header.wireName,
      description: header.description,
      value: header.member,
    })),
    ...operation.response.prefixHeaders.map((prefix) => ({
      name: `${prefix.prefix}*`,
      description: `${prefix.description} One header per entry of \`${prefix.member}\`.`,
      value: prefix.member,
    })),
  ];
  const statuses = [
    ...operation.response.alternatives.map(
      (alternative) =>
        `${alternative.status} ${STATUS_CODES[alternative.status] ?? ""} when ${alternative.when === undefined ? `\`${operation.response.statusMember}\` is ${alternative.status}` : `\`${alternative.when}\` is set`}${alternative.body ? ` (the \`${alternative.body.document.name}\` document, from \`${alternative.body.member}\`)` : ""}: ${alternative.description}`,
    ),
    ...operation.response.headerOnlyErrors.map(
      (error) =>
        `${error.status} ${STATUS_CODES[error.status] ?? ""} (${error.code}, no body${error.headers.length ? `; with ${error.headers.map((h) => displayName(h.wireName)).join(", ")}` : ""}): ${error.description}`,
    ),
  ];
  return {
    title: operation.summary,
    id: operation.id,
    docId: operation.docId,
    description: operation.description,
    decision: operation.decision,
    requestSyntax: [
      `${requestLine(operation)} HTTP/1.1`,
      ...operation.transportHeaders.map(
        (header) => `${displayName(header.wireName)}: ${header.wireName.replace(/^x-amz-/, "")}`,
      ),
      ...(bodyDocs ? ["", bodyDocs.syntax] : []),
    ].join("\n"),
    requestBody: bodyDocs ? { description: bodyDocs.description, presence: bodyDocs.presence } : undefined,
    requestElements: requestDocument
      ? [
          {
            name: requestDocument.name,
            description: requestDocument.description,
            type: "Container",
            constraints: "",
            presence: "Always",
          },
          ...elementRows(model, requestDocument),
        ]
      : [],
    parameters: [
      ...operation.flags.map((flag) => ({
        name: flag.name,
        description: [flag.description, flag.decision ? `*Decision:* ${flag.decision}` : ""]
          .filter(Boolean)
          .join("\n\n"),
        type: "Flag (no value)",
        constraints: "",
        presence: "Mandatory",
      })),
      ...operation.query.map(scalarRow),
    ],
    headers: [
      ...operation.headers.map(scalarRow),
      ...operation.prefixHeaders.map((prefix) => ({
        name: `${prefix.prefix}*`,
        description: [prefix.description, prefix.decision ? `*Decision:* ${prefix.decision}` : ""]
          .filter(Boolean)
          .join("\n\n"),
        type: "String map",
        constraints:
          prefix.maxTotalBytes === undefined
            ? ""
            : `Names (without the prefix) and values together at most ${prefix.maxTotalBytes} bytes in UTF-8.\n\nOtherwise: ${prefix.error} (${statusOf(model, prefix.error ?? "")}).`,
        presence: "Optional",
      })),
    ],
    commonHeaders: operation.transportHeaders.map((header) => displayName(header.wireName)),
    rules: operation.rules.map((rule) => ({
      words: ruleInWords(rule),
      description: rule.description,
      error: rule.error,
      status: statusOf(model, rule.error),
    })),
    responseSyntax: [
      `HTTP/1.1 ${operation.response.status} ${STATUS_CODES[operation.response.status] ?? ""}`,
      ...operation.response.documentedHeaders.map(
        (header) => `${displayName(header.wireName)}: ${header.wireName.toLowerCase()}`,
      ),
      ...responseHeaders.map((header) => `${displayName(header.name)}: ${header.value}`),
      ...answer.syntax,
    ].join("\n"),
    responseHeaders: responseHeaders.map((header) => ({
      name: displayName(header.name),
      description: header.description,
    })),
    commonResponseHeaders: operation.response.documentedHeaders.map((header) => displayName(header.wireName)),
    otherStatuses: statuses,
    responseElements: body
      ? [
          {
            name: body.name,
            description: body.description,
            type: body.text ? `String (the text of the element: \`${body.text.member}\`)` : "Container",
            presence: "Always",
          },
          ...elementRows(model, body),
        ]
      : [],
    responseStream: answer.stream,
    namespace: body?.namespace,
    // What the templates print, and so what the view's key holds: a source's line costs a parse.
    errors: [...operation.errors]
      .sort((a, b) => a.status - b.status || a.code.localeCompare(b.code))
      .map(({ status, code, reason }) => ({ status, code, reason })),
    samples: operation.samples.map((sample) => ({
      summary: sample.summary,
      request: sample.request.trim(),
      response: sample.response.trim(),
    })),
    differences: operation.docDifferences.map(({ subject, kind, reason }) => ({ subject, kind, reason })),
  };
}

/** `x-amz-request-id` stays lowercase; `content-type` reads as `Content-Type`. */
/** Words HTTP spells in capitals (`Content-MD5`, `ETag`), not as a header's title case would. */
const SPELLED = new Map([
  ["md5", "MD5"],
  ["etag", "ETag"],
  ["id", "ID"],
]);

function displayName(wireName: string): string {
  if (/^x-/i.test(wireName)) return wireName;
  return wireName
    .toLowerCase()
    .split("-")
    .map((word) => SPELLED.get(word) ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join("-");
}

function statusOf(model: ServiceModel, code: string): number | string {
  return model.errorCodes.find((entry) => entry.code === code)?.status ?? "?";
}
