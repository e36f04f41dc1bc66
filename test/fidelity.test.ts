import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import type { OperationModel, ServiceModel } from "../generator/model/types.js";
import { compareErrorCatalog, compareOperation, type CommonPages } from "../review/fidelity/compare.js";
import { headerNamesIn, interpretPage } from "../review/fidelity/doc-page.js";
import { checkFidelity, formatFidelityReport, readPage } from "../review/fidelity/fidelity.js";
import { parseGridTable, parseSimpleTable, RstTableError } from "../review/fidelity/rst-tables.js";

const root = join(import.meta.dirname, "..");
// A page written for these tests in both published formats, and a spec that follows it: the published
// pages are not part of the repository (CI checks the real spec against them with `npm run spec:fidelity`).
const docsDir = join(root, "test/fixtures/pages");
const model = buildModel(loadSpec("test/fixtures/fidelity/openapi.yaml", root));
const source = { file: "test", line: 1, pointer: "" };
const widgetPage = "en-us_topic_widget01";

describe("fidelity of a spec to its source pages", () => {
  it("finds no mismatch the spec does not excuse, on the HTML page and its .rst twin", () => {
    const reports = checkFidelity(model, docsDir);
    // The operation's page in both formats, then the Error Codes page (found by its title).
    expect(reports.map((report) => `${report.subject} ${report.page}`)).toEqual([
      `PutWidget ${widgetPage}.html`,
      `PutWidget ${widgetPage}.rst`,
      "x-obs-error-codes error-codes.rst",
    ]);
    const open = reports.flatMap((report) => report.findings.filter((finding) => !finding.accepted));
    expect(open, formatFidelityReport(reports)).toEqual([]);
    // The catalog's accepted difference is named in the report with the spec's reason.
    const report = formatFidelityReport(reports);
    expect(report).toContain("| accepted | `error InvalidWidgetHeader` | missing-in-spec |");
    expect(report).toContain("gives it no status; no response can carry it");
  });

  it("names an operation whose page is missing", () => {
    const orphan = structuredClone(model) as ServiceModel;
    orphan.operations[0]!.docId = "en-us_topic_nowhere";
    const [first] = checkFidelity(orphan, docsDir);
    expect(first?.findings.map((f) => f.message)).toEqual([
      expect.stringContaining("no page en-us_topic_nowhere.html or .rst"),
    ]);
  });

  it("reads the same tables, errors, namespace and samples from the HTML page and the .rst page", () => {
    const html = interpretPage(readPage(join(docsDir, `${widgetPage}.html`)));
    const rst = interpretPage(readPage(join(docsDir, `${widgetPage}.rst`)));
    const comparable = (page: typeof html) => ({
      ...page,
      file: "",
      sampleResponse: page.sampleResponse?.replace(/\n\n/g, "\n"),
    });
    expect(comparable(rst)).toEqual(comparable(html));
    expect(html.title).toBe("PUT Widget");
    expect(html.requestLine).toEqual({ method: "PUT", target: "/WidgetName?widgets" });
    expect(html.parameters.map((row) => [row.name, row.required])).toEqual([["widgets", true]]);
    expect(html.requestHeaders).toHaveLength(7);
    expect(html.requestHeaders.find((row) => row.name === "x-obs-widget-lock-mode")).toMatchObject({
      required: false,
      type: "String",
      example: "HARD",
    });
    // The family row (`x-obs-widget-meta-\*` in the page's source) reads as the family's name.
    expect(html.requestHeaders.map((row) => row.name)).toContain("x-obs-widget-meta-*");
    expect(html.responseHeaders.map((row) => row.name)).toEqual(["x-obs-widget-version"]);
    expect(html.responseElements.map((row) => row.name)).toEqual(["WidgetResult", "Bucket", "WidgetId"]);
    expect(html.requestElements).toEqual([]);
    // A status alone in its sentence ("400 Bad Request.") is not the next sentence's code's.
    expect(html.errors).toEqual([
      { code: "AccessDenied", status: 403 },
      { code: "NoSuchBucket", status: 404 },
    ]);
    expect(html.errorStatuses).toEqual([403, 400, 404]);
    expect(html.namespace).toBe("http://example.com/widgets/");
    expect(html.introHeaders).toEqual(["x-obs-widget-meta-*", "Content-Type", "Content-MD5"]);
    expect(html.sampleRequest).toMatch(/^PUT \/w1\?widgets HTTP\/1\.1/);
  });

  it("reads a header name with digits whole", () => {
    expect(headerNamesIn("users can add Content-MD5 to request headers")).toEqual(["Content-MD5"]);
  });
});

/** Each row changes the spec's model one way and names the finding that change must cause. */
const MUTATIONS: Array<{ change: string; mutate: (operation: OperationModel) => void; subject: string; kind: string }> =
  [
    {
      change: "a doc-optional header made required",
      mutate: (op) => void (header(op, "x-obs-widget-class").required = true),
      subject: "request-header x-obs-widget-class",
      kind: "optionality",
    },
    {
      change: "a header removed",
      mutate: (op) => void (op.headers = op.headers.filter((h) => h.wireName !== "x-amz-security-token")),
      subject: "request-header x-amz-security-token",
      kind: "missing-in-spec",
    },
    {
      change: "a header the docs never name",
      mutate: (op) => void op.headers.push({ ...header(op, "x-obs-widget-class"), wireName: "x-obs-widget-color" }),
      subject: "request-header x-obs-widget-color",
      kind: "missing-in-doc",
    },
    {
      change: "the together rule of the lock headers dropped",
      mutate: (op) =>
        void (op.rules = op.rules.filter(
          (r) => !(r.kind === "together" && r.headers.includes("x-obs-widget-lock-mode")),
        )),
      subject: "request-header x-obs-widget-lock-mode",
      kind: "rule",
    },
    {
      change: "an enum that rejects the page's example",
      mutate: (op) => void (header(op, "x-obs-widget-class").constraints = [{ kind: "enum", values: ["GREEN"] }]),
      subject: "request-header x-obs-widget-class",
      kind: "example",
    },
    {
      change: "a base64 length the example does not have",
      mutate: (op) => void (header(op, "x-obs-widget-key").constraints = [{ kind: "base64", decodedBytes: [16] }]),
      subject: "request-header x-obs-widget-key",
      kind: "example",
    },
    {
      change: "a description that drops the page's words",
      mutate: (op) => void (header(op, "x-amz-security-token").description = "A token."),
      subject: "request-header x-amz-security-token",
      kind: "description",
    },
    {
      change: "the widgets flag removed",
      mutate: (op) => void (op.flags = []),
      subject: "parameter widgets",
      kind: "missing-in-spec",
    },
    {
      change: "a query parameter the page lacks",
      mutate: (op) =>
        void op.query.push({ ...header(op, "x-obs-widget-class"), location: "query", wireName: "versionId" }),
      subject: "parameter versionId",
      kind: "missing-in-doc",
    },
    {
      change: "a response header removed",
      mutate: (op) =>
        void (op.response.headers = op.response.headers.filter((h) => h.wireName !== "x-obs-widget-version")),
      subject: "response-header x-obs-widget-version",
      kind: "missing-in-spec",
    },
    {
      change: "a response element removed",
      mutate: (op) =>
        void (op.response.body!.members = op.response.body!.members.filter((m) => m.xmlName !== "WidgetId")),
      subject: "response-element WidgetId",
      kind: "missing-in-spec",
    },
    {
      change: "a response element added",
      mutate: (op) =>
        void op.response.body!.members.push({
          member: "initiated",
          xmlName: "Initiated",
          description: "",
          required: false,
          source,
          shape: { kind: "structure", name: undefined, description: "", members: [], source },
          list: undefined,
          constraints: [],
          attribute: undefined,
          error: undefined,
        }),
      subject: "response-element Initiated",
      kind: "missing-in-doc",
    },
    {
      change: "the namespace changed",
      mutate: (op) => void (op.response.body!.namespace = "http://s3.amazonaws.com/doc/2006-03-01/"),
      subject: "namespace",
      kind: "differs",
    },
    {
      change: "NoSuchBucket answered with 400",
      mutate: (op) => void (op.errors.find((e) => e.code === "NoSuchBucket")!.status = 400),
      subject: "error NoSuchBucket",
      kind: "status",
    },
    {
      change: "AccessDenied no longer answered",
      mutate: (op) => void (op.errors = op.errors.filter((e) => e.code !== "AccessDenied")),
      subject: "error AccessDenied",
      kind: "missing-in-spec",
    },
    {
      change: "the success status changed from the sample's",
      mutate: (op) => void (op.response.status = 201),
      subject: "status",
      kind: "differs",
    },
    {
      change: "no error answering a status the page names",
      mutate: (op) => void (op.errors = op.errors.filter((e) => e.status !== 404)),
      subject: "status 404",
      kind: "missing-in-spec",
    },
    {
      change: "the sample response edited",
      mutate: (op) => void (op.samples[0]!.response = op.samples[0]!.response.replace("<WidgetId>w1", "<WidgetId>w2")),
      subject: "sample-response",
      kind: "differs",
    },
    { change: "another method", mutate: (op) => void (op.method = "POST"), subject: "request-line", kind: "differs" },
  ];

function header(operation: OperationModel, wireName: string) {
  const found = operation.headers.find((h) => h.wireName === wireName);
  if (!found) throw new Error(`no header ${wireName}`);
  return found;
}

describe("fidelity findings", () => {
  const page = interpretPage(readPage(join(docsDir, `${widgetPage}.html`)));
  // Without the common pages: what the unchanged spec already finds is the baseline each change adds to.
  const common: CommonPages = { requestHeaders: [], responseHeaders: [], signingHeaders: [] };
  const operation = () => structuredClone(model.operations.find((o) => o.id === "PutWidget")!) as OperationModel;
  const baseline = compareOperation(operation(), page, common).map((f) => `${f.subject}/${f.kind}`);

  it.each(MUTATIONS)("$change → $subject ($kind)", ({ mutate, subject, kind }) => {
    const changed = operation();
    mutate(changed);
    const findings = compareOperation(changed, page, common).filter(
      (f) => !baseline.includes(`${f.subject}/${f.kind}`),
    );
    expect(findings.map((f) => `${f.subject}/${f.kind}`)).toContain(`${subject}/${kind}`);
    expect(findings.every((f) => f.accepted === undefined)).toBe(true);
  });

  it("accepts a difference the spec notes in x-obs-doc-differs, and reports a note that excuses nothing", () => {
    const changed = operation();
    header(changed, "x-obs-widget-class").required = true;
    changed.docDifferences = [
      {
        subject: "request-header x-obs-widget-class",
        kind: "optionality",
        reason: "This deployment needs it.",
        source,
      },
      { subject: "request-header x-obs-widget-key", kind: "optionality", reason: "Nothing differs here.", source },
    ];
    const findings = compareOperation(changed, page, common);
    expect(findings.find((f) => f.subject === "request-header x-obs-widget-class")?.accepted).toBe(
      "This deployment needs it.",
    );
    expect(findings.find((f) => f.kind === "stale-note")).toMatchObject({
      subject: "request-header x-obs-widget-key",
      accepted: undefined,
    });
  });

  it("compares the error catalog with the Error Codes page both ways", () => {
    const table = readPage(join(docsDir, "error-codes.rst")).intro.tables[0];
    const catalog = structuredClone(model.errorCodes) as ServiceModel["errorCodes"];
    catalog.find((entry) => entry.code === "NoSuchBucket")!.status = 400;
    catalog.push({ code: "NoSuchThing", status: 404, description: "", source });
    const findings = compareErrorCatalog(
      catalog.filter((entry) => entry.code !== "EntityTooLarge"),
      table,
      model.docDifferences,
    );
    expect(
      findings
        .filter((f) => !f.accepted)
        .map((f) => `${f.subject}/${f.kind}`)
        .sort(),
    ).toEqual([
      "error EntityTooLarge/missing-in-spec",
      "error NoSuchBucket/status",
      "error NoSuchThing/missing-in-doc",
    ]);
  });
});

describe("reStructuredText tables", () => {
  it("reads grid-table cells as paragraphs, and a table without a header border by its first row", () => {
    const grid = [
      "+----+---------+",
      "| A  | B       |",
      "+====+=========+",
      "| x  | one     |",
      "|    |         |",
      "|    | two     |",
      "+----+---------+",
    ];
    expect(parseGridTable(grid)).toEqual({ header: ["A", "B"], rows: [[["x"], ["one", "two"]]] });
    const headless = grid.map((line) => line.replace(/=/g, "-"));
    expect(parseGridTable(headless)).toEqual({ header: ["A", "B"], rows: [[["x"], ["one", "two"]]] });
  });

  it("names the line of a row that does not line up, and of a spanning border", () => {
    expect(() => parseGridTable(["+---+---+", "| a   |", "+---+---+"], 10)).toThrow(
      new RstTableError("line 11: a row's cells must line up with the border's columns"),
    );
    expect(() => parseGridTable(["+---+---+", "| a | b |", "+-------+"], 10)).toThrow(
      /line 12: cells spanning columns/,
    );
  });

  it("reads simple tables, continuation lines included", () => {
    const simple = [
      "===== ========",
      "Name  Meaning",
      "===== ========",
      "Code  An error",
      "      code.",
      "Error Container",
      "===== ========",
    ];
    expect(parseSimpleTable(simple)).toEqual({
      header: ["Name", "Meaning"],
      rows: [
        [["Code"], ["An error code."]],
        [["Error"], ["Container"]],
      ],
    });
  });
});

describe("npm run spec:scaffold and npm run spec:fidelity", () => {
  it("drafts an operation file from its page: the request line's parameters, the table rows as $refs or members, errors and samples", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { parse } = await import("yaml");
    const { stdout } = await promisify(execFile)(
      join(root, "node_modules/.bin/tsx"),
      ["review/fidelity/scaffold.ts", widgetPage, "--docs", docsDir],
      { cwd: root },
    );
    const draft = parse(stdout) as {
      operation: {
        operationId: string;
        parameters: Array<{ $ref?: string; name?: string }>;
        "x-obs-samples": Array<{ request: string }>;
      };
    };
    expect(draft.operation.operationId).toBe("PutWidget");
    const refs = draft.operation.parameters.map((p) => p.$ref ?? p.name);
    // A header the root spec defines is its component; the object path takes the key.
    expect(refs).toContain("../openapi.yaml#/components/parameters/ContentMd5");
    expect(refs).toContain("../openapi.yaml#/components/parameters/SecurityToken");
    expect(refs).toContain("x-obs-widget-class");
    expect(refs).toContain("../openapi.yaml#/components/parameters/ObjectName");
    expect(draft.operation["x-obs-samples"][0]?.request).toMatch(/^PUT \/w1\?widgets HTTP\/1\.1/);
  });

  it("names the missing folder, not a stack, when the pages are not there (as on a plain clone)", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const missing = join(root, "test/fixtures/no-such-pages");
    for (const script of ["review/fidelity/scaffold.ts", "review/fidelity/cli.ts"]) {
      const run = promisify(execFile)(join(root, "node_modules/.bin/tsx"), [script, widgetPage, "--docs", missing], {
        cwd: root,
      });
      await expect(run).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/^no (source )?pages? .*no-such-pages.*--docs <dir>\n$/),
      });
    }
  });
});
