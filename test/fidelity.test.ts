import { readdirSync } from "node:fs";
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
const docsDir = join(root, "../shared/obs-docs");
const model = buildModel(loadSpec("spec/openapi.yaml", root));
const source = { file: "test", line: 1, pointer: "" };

describe("fidelity of the spec to the source pages", () => {
  it("finds no mismatch the spec does not excuse, on the HTML page and its .rst twin", () => {
    const reports = checkFidelity(model, docsDir);
    // Every operation's page (Initiate has an HTML twin), then the Error Codes page.
    expect(reports.map((report) => `${report.subject} ${report.page}`)).toEqual([
      ...model.operations.flatMap((operation) =>
        operation.id === "InitiateMultipartUpload"
          ? [`${operation.id} ${operation.docId}.html`, `${operation.id} ${operation.docId}.rst`]
          : [`${operation.id} ${operation.docId}.rst`],
      ),
      "x-obs-error-codes en-us_topic_0125560440.rst",
    ]);
    expect(reports.length).toBeGreaterThanOrEqual(19);
    const open = reports.flatMap((report) => report.findings.filter((finding) => !finding.accepted));
    expect(open, formatFidelityReport(reports)).toEqual([]);
    // The catalog's two accepted differences are named in the report with the spec's reason.
    const report = formatFidelityReport(reports);
    expect(report).toContain("| accepted | `error InvalidAddressingHeader` | missing-in-spec |");
    expect(report).toContain('gives it no HTTP status ("N/A")');
  });

  it("reads the same tables, errors, namespace and samples from the HTML page and the .rst page", () => {
    const html = interpretPage(readPage(join(docsDir, "en-us_topic_0125560339.html")));
    const rst = interpretPage(readPage(join(docsDir, "en-us_topic_0125560339.rst")));
    const comparable = (page: typeof html) => ({
      ...page,
      file: "",
      sampleResponse: page.sampleResponse?.replace(/\n\n/g, "\n"),
    });
    expect(comparable(rst)).toEqual(comparable(html));
    expect(html.parameters.map((row) => [row.name, row.required])).toEqual([["uploads", true]]);
    expect(html.requestHeaders).toHaveLength(10);
    expect(html.requestHeaders.find((row) => row.name === "x-amz-object-lock-mode")).toMatchObject({
      required: false,
      type: "string",
      example: "x-amz-object-lock-mode:COMPLIANCE",
    });
    expect(html.responseHeaders.map((row) => row.name)).toContain("x-amz-server-side-encryption-customer-key-MD5");
    expect(html.responseElements.map((row) => row.name)).toEqual([
      "InitiateMultipartUploadResult",
      "Bucket",
      "Key",
      "UploadId",
    ]);
    expect(html.errors).toEqual([
      { code: "AccessDenied", status: 403 },
      { code: "NoSuchBucket", status: 404 },
    ]);
    expect(html.namespace).toBe("http://obs.example.com/doc/2015-06-30/");
    expect(html.introHeaders).toEqual(["x-amz-acl", "x-amz-meta-*", "Content-Type", "Content-Encoding"]);
  });

  it("reads the tables of the later operations' .rst pages", () => {
    const pages = readdirSync(docsDir)
      .filter((file) => file.endsWith(".rst"))
      .map((file) => readPage(join(docsDir, file)))
      .filter((page) => page.sections.some((section) => section.title === "Request Syntax"))
      .map(interpretPage);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const byTitle = new Map(pages.map((page) => [page.title, page]));
    expect(byTitle.get("List Parts")?.parameters.map((row) => [row.name, row.required])).toEqual([
      ["uploadId", true],
      ["max-parts", false],
      ["part-number-marker", false],
    ]);
    expect(byTitle.get("Upload Part")?.requestLine).toEqual({
      method: "PUT",
      target: "/ObjectName?partNumber=partNum&uploadId=uploadID",
    });
    expect(byTitle.get("Complete Multipart Upload")?.errors.map((error) => error.code)).toContain("InvalidPartOrder");
    expect(byTitle.get("Complete Multipart Upload")?.requestElements.map((row) => row.name)).toContain(
      "CompleteMultipartUpload",
    );
    for (const page of pages) expect(page.requestLine, page.file).toBeDefined();
    // A status alone in its sentence ("400 Bad Request.") is not the next sentence's code's.
    const deleteMultiple = byTitle.get("DELETE Multiple Objects");
    expect(deleteMultiple?.errors).toEqual([{ code: "NoSuchBucket", status: 404 }]);
    expect(deleteMultiple?.errorStatuses).toEqual([400, 404, 403]);
    // A header name with digits is read whole (Content-MD5, not Content-MD).
    expect(headerNamesIn("users can add Content-MD5 to request headers")).toEqual(["Content-MD5"]);
    // The family row of PUT Object (`x-amz-meta-\*` in the page's source) reads as the family's name.
    expect(byTitle.get("PUT Object")?.requestHeaders.map((row) => row.name)).toContain("x-amz-meta-*");
  });
});

/** Each row changes the spec's model one way and names the finding that change must cause. */
const MUTATIONS: Array<{ change: string; mutate: (operation: OperationModel) => void; subject: string; kind: string }> =
  [
    {
      change: "a doc-optional header made required",
      mutate: (op) => void (header(op, "x-amz-storage-class").required = true),
      subject: "request-header x-amz-storage-class",
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
      mutate: (op) => void op.headers.push({ ...header(op, "x-amz-acl"), wireName: "x-amz-grant-read" }),
      subject: "request-header x-amz-grant-read",
      kind: "missing-in-doc",
    },
    {
      change: "the together rule of the object-lock headers dropped",
      mutate: (op) =>
        void (op.rules = op.rules.filter(
          (r) => !(r.kind === "together" && r.headers.includes("x-amz-object-lock-mode")),
        )),
      subject: "request-header x-amz-object-lock-mode",
      kind: "rule",
    },
    {
      change: "an enum that rejects the page's example",
      mutate: (op) =>
        void (header(op, "x-amz-storage-class").constraints = [{ kind: "enum", values: ["WARM", "COLD"] }]),
      subject: "request-header x-amz-storage-class",
      kind: "example",
    },
    {
      change: "a base64 length the example does not have",
      mutate: (op) =>
        void (header(op, "x-amz-server-side-encryption-customer-key").constraints = [
          { kind: "base64", decodedBytes: [16] },
        ]),
      subject: "request-header x-amz-server-side-encryption-customer-key",
      kind: "example",
    },
    {
      change: "a description that drops the page's words",
      mutate: (op) => void (header(op, "x-amz-website-redirect-location").description = "Where to redirect."),
      subject: "request-header x-amz-website-redirect-location",
      kind: "description",
    },
    {
      change: "the uploads flag removed",
      mutate: (op) => void (op.flags = []),
      subject: "parameter uploads",
      kind: "missing-in-spec",
    },
    {
      change: "a query parameter the page lacks",
      mutate: (op) => void op.query.push({ ...header(op, "x-amz-acl"), location: "query", wireName: "versionId" }),
      subject: "parameter versionId",
      kind: "missing-in-doc",
    },
    {
      change: "a response header removed",
      mutate: (op) =>
        void (op.response.headers = op.response.headers.filter((h) => h.wireName !== "x-amz-server-side-encryption")),
      subject: "response-header x-amz-server-side-encryption",
      kind: "missing-in-spec",
    },
    {
      change: "a documented response header removed",
      mutate: (op) =>
        void (op.response.documentedHeaders = op.response.documentedHeaders.filter((h) => h.wireName !== "x-reserved")),
      subject: "response-header x-reserved",
      kind: "missing-in-spec",
    },
    {
      change: "a response element removed",
      mutate: (op) =>
        void (op.response.body!.members = op.response.body!.members.filter((m) => m.xmlName !== "UploadId")),
      subject: "response-element UploadId",
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
      mutate: (op) => void (op.samples[0]!.response = op.samples[0]!.response.replace("bucket01", "bucket02")),
      subject: "sample-response",
      kind: "differs",
    },
    { change: "another method", mutate: (op) => void (op.method = "PUT"), subject: "request-line", kind: "differs" },
  ];

function header(operation: OperationModel, wireName: string) {
  const found = operation.headers.find((h) => h.wireName === wireName);
  if (!found) throw new Error(`no header ${wireName}`);
  return found;
}

describe("fidelity findings", () => {
  const page = interpretPage(readPage(join(docsDir, "en-us_topic_0125560339.html")));
  // Without the common pages: what the unchanged spec already finds is the baseline each change adds to.
  const common: CommonPages = { requestHeaders: [], responseHeaders: [], signingHeaders: [] };
  const operation = () =>
    structuredClone(model.operations.find((o) => o.id === "InitiateMultipartUpload")!) as OperationModel;
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
    header(changed, "x-amz-storage-class").required = true;
    changed.docDifferences = [
      {
        subject: "request-header x-amz-storage-class",
        kind: "optionality",
        reason: "This deployment needs it.",
        source,
      },
      { subject: "request-header x-amz-acl", kind: "optionality", reason: "Nothing differs here.", source },
    ];
    const findings = compareOperation(changed, page, common);
    expect(findings.find((f) => f.subject === "request-header x-amz-storage-class")?.accepted).toBe(
      "This deployment needs it.",
    );
    expect(findings.find((f) => f.kind === "stale-note")).toMatchObject({
      subject: "request-header x-amz-acl",
      accepted: undefined,
    });
  });

  it("compares the error catalog with the Error Codes page both ways", () => {
    const table = readPage(join(docsDir, "en-us_topic_0125560440.rst")).intro.tables[0];
    const catalog = structuredClone(model.errorCodes) as ServiceModel["errorCodes"];
    catalog.find((entry) => entry.code === "NoSuchUpload")!.status = 400;
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
      "error NoSuchThing/missing-in-doc",
      "error NoSuchUpload/status",
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

describe("npm run spec:scaffold", () => {
  it("drafts an operation file from its page: the request line's parameters, the table rows as $refs or members, errors and samples", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { parse } = await import("yaml");
    const { stdout } = await promisify(execFile)(
      join(root, "node_modules/.bin/tsx"),
      ["review/fidelity/scaffold.ts", "en-us_topic_0125560399", "--docs", docsDir],
      { cwd: root },
    );
    const draft = parse(stdout) as {
      operation: {
        operationId: string;
        parameters: Array<{ $ref?: string; name?: string }>;
        "x-obs-samples": Array<{ request: string }>;
      };
    };
    expect(draft.operation.operationId).toBe("PutObject");
    const refs = draft.operation.parameters.map((p) => p.$ref ?? p.name);
    // A header the root spec defines is its component; the object path takes the key.
    expect(refs).toContain("../openapi.yaml#/components/parameters/ContentMd5");
    expect(refs).toContain("../openapi.yaml#/components/parameters/UserMetadata");
    expect(refs).toContain("../openapi.yaml#/components/parameters/ObjectName");
    expect(draft.operation["x-obs-samples"][0]?.request).toMatch(/^PUT \/object02 HTTP\/1\.1/);
  });
});
