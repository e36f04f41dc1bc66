import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { interpretPage, type DocRow } from "./doc-page.js";
import { readPage } from "./fidelity.js";

/**
 * `npm run spec:scaffold -- <topic-id> [--docs <dir>]`: a first draft of an operation file from its
 * source page, read with the fidelity check's own reader: the request line, each table's rows with
 * their descriptions (a header the root spec already defines as a component becomes its `$ref`),
 * the response headers and elements, the errors the page names and its samples. A draft to edit,
 * not a spec: types, constraints, rules and decisions are the writer's.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

const camel = (name: string) => {
  const words = name
    .replace(/^x-amz-/i, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words
    .map((word, i) => (i === 0 ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase()) + word.slice(1))
    .join("");
};
const pascal = (text: string) =>
  text
    .replace(/\(.*?\)/g, " ")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join("");
const text = (row: DocRow) => row.description.join("\n\n");

interface Operation {
  responses?: Record<string, { headers?: Record<string, { $ref?: string }> }>;
}

const USAGE = `usage: npm run spec:scaffold -- <topic-id> [--docs <dir>]
  <topic-id>  the page's id in the docs' INDEX.md
  --docs      the folder of the source pages (default ../shared/obs-docs)
Prints a draft operation file; save it under spec/operations/ and edit it.

example: npm run spec:scaffold -- en-us_topic_0125560399 > spec/operations/put-object.yaml`;

function main(argv: string[]): number {
  const id = argv.find((arg) => !arg.startsWith("--"));
  const docsIndex = argv.indexOf("--docs");
  const docs = docsIndex >= 0 ? resolve(argv[docsIndex + 1] ?? ".") : join(root, "../shared/obs-docs");
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  if (!id) {
    console.error(USAGE);
    return 2;
  }
  const file = join(docs, `${id}.rst`);
  if (!existsSync(file)) {
    console.error(`no page ${file}: pass the folder of the OBS pages with --docs <dir>`);
    return 2;
  }
  const raw = readPage(file);
  const page = interpretPage(raw);
  const spec = parse(readFileSync(join(root, "spec/openapi.yaml"), "utf8")) as {
    components: { parameters: Record<string, { name: string }>; headers: Record<string, unknown> };
  };
  const components = new Map(
    Object.entries(spec.components.parameters).map(([key, parameter]) => [parameter.name.toLowerCase(), key]),
  );
  const ref = (section: string, key: string) => ({ $ref: `../openapi.yaml#/components/${section}/${key}` });
  const target = page.requestLine?.target ?? "/";
  const parameters: unknown[] = [ref("parameters", "BucketName")];
  if (/^\/[^?]/.test(target)) parameters.push(ref("parameters", "ObjectName"));
  for (const row of page.parameters)
    parameters.push({
      name: row.name,
      in: "query",
      required: row.required === true,
      description: text(row),
      "x-obs-member": camel(row.name),
      schema: { type: "string" },
    });
  for (const row of page.requestHeaders) {
    const known = components.get(row.name.toLowerCase());
    parameters.push(
      known
        ? ref("parameters", known)
        : {
            name: row.name,
            in: "header",
            required: row.required === true,
            description: text(row),
            "x-obs-member": camel(row.name),
            schema: { type: "string" },
          },
    );
  }
  for (const name of ["SecurityToken", "Authorization", "Date", "AmzDate", "AmzContentSha256", "Host"])
    if (!parameters.some((p) => JSON.stringify(p).includes(`/${name}"`))) parameters.push(ref("parameters", name));
  // Response headers the existing operation files already take from components, by name.
  const responseRefs = new Map<string, unknown>();
  for (const file of readdirSync(join(root, "spec/operations"))) {
    const operation = (parse(readFileSync(join(root, "spec/operations", file), "utf8")) as { operation?: Operation })
      .operation;
    for (const response of Object.values(operation?.responses ?? {}))
      for (const [name, header] of Object.entries(response.headers ?? {}))
        if (header.$ref) responseRefs.set(name.toLowerCase(), { $ref: header.$ref });
  }
  const headers: Record<string, unknown> = {};
  for (const name of page.responseSyntaxHeaders)
    headers[name] = responseRefs.get(name.toLowerCase()) ?? { description: "" };
  for (const row of page.responseHeaders)
    headers[row.name] = responseRefs.get(row.name.toLowerCase()) ?? {
      description: text(row),
      "x-obs-member": camel(row.name),
      schema: { type: "string" },
    };
  const elements = Object.fromEntries(
    page.responseElements.map((row) => [
      row.name.split(".").pop() ?? row.name,
      { type: "string", description: text(row) },
    ]),
  );
  const operationId = pascal(page.title);
  const draft = {
    operation: {
      operationId,
      summary: page.title,
      description: raw.intro.paragraphs.join("\n\n"),
      "x-obs-doc": id,
      parameters,
      responses: {
        "200": {
          description: "",
          headers,
          ...(page.responseElements.length > 0
            ? { content: { "application/xml": { schema: { $ref: `#/schemas/${operationId}Result` } } } }
            : {}),
        },
        ...Object.fromEntries(
          [...new Set(page.errors.map((error) => error.status))].map((status) => [
            String(status),
            ref("responses", "Error"),
          ]),
        ),
      },
      "x-obs-errors": page.errors.map((error) => ({ code: error.code, description: "" })),
      "x-obs-samples": [
        { summary: "The page's sample", request: page.sampleRequest ?? "", response: page.sampleResponse ?? "" },
      ],
    },
    ...(page.responseElements.length > 0
      ? {
          schemas: {
            [`${operationId}Result`]: {
              type: "object",
              xml: { name: `${operationId}Result`, ...(page.namespace ? { namespace: page.namespace } : {}) },
              properties: elements,
            },
          },
        }
      : {}),
  };
  console.log(
    `# ${page.title} (${id}): a draft from \`npm run spec:scaffold\`.\n${stringify(draft, { lineWidth: 100 })}`,
  );
  return 0;
}

process.exit(main(process.argv.slice(2)));
