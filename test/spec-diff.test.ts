import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument, type Document } from "yaml";
import { loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import type { ServiceModel } from "../generator/model/types.js";
import { diffModels, type Change } from "../review/spec-diff/diff-model.js";
import { formatDiffReport } from "../review/spec-diff/report.js";

const root = join(import.meta.dirname, "..");
const fixture = readFileSync(join(root, "test/fixtures/diff/openapi.yaml"), "utf8");
const work = mkdtempSync(join(tmpdir(), "obs-spec-diff-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OP = ["paths", "/{Bucket}/{Key}?uploads", "post"];
const PARAMS = [...OP, "parameters"];
const BODY = [...OP, "responses", "200", "content", "application/xml", "schema"];
/** Indexes into the fixture's parameter list. */
const STORAGE_CLASS = 3;
const REDIRECT = 4;
const METADATA = 7;

let count = 0;
function modelOf(text: string): ServiceModel {
  const dir = join(work, String(count++));
  mkdirSync(dir);
  writeFileSync(join(dir, "openapi.yaml"), text);
  return buildModel(loadSpec(join(dir, "openapi.yaml"), dir));
}

function edited(edit: (doc: Document) => void): string {
  const doc = parseDocument(fixture);
  edit(doc);
  return doc.toString();
}

const before = modelOf(fixture);
/** An XML request body for the rows about request bodies. */
const LABELS_BODY = {
  required: true,
  "x-obs-error": "InvalidArgument",
  content: {
    "application/xml": {
      schema: {
        type: "object",
        xml: { name: "Labels" },
        required: ["Name"],
        properties: { Name: { type: "string" }, Weight: { type: "integer" } },
      },
    },
  },
};
const withBody = (doc: Document) => doc.setIn([...OP, "requestBody"], doc.createNode(LABELS_BODY));
const verdict = (change: Change) =>
  `${change.breaksClients ? "breaks clients" : "ok for clients"}, ${change.breaksServers ? "breaks servers" : "ok for servers"}`;

/** One row per class of change: the edit, the change it must be reported as, and whom it breaks. */
const CLASSES: Array<{
  change: string;
  base?: (doc: Document) => void;
  edit: (doc: Document) => void;
  expect: RegExp;
  verdict: string;
}> = [
  {
    change: "a header removed",
    edit: (d) => d.deleteIn([...PARAMS, REDIRECT]),
    expect: /request header `x-amz-website-redirect-location`: removed/,
    verdict: "breaks clients, breaks servers",
  },
  {
    change: "an optional header added",
    edit: (d) =>
      d.addIn(PARAMS, { name: "x-amz-acl", in: "header", "x-obs-member": "acl", schema: { type: "string" } }),
    expect: /request header `x-amz-acl`: added as optional/,
    verdict: "ok for clients, ok for servers",
  },
  {
    change: "a required header added",
    edit: (d) =>
      d.addIn(PARAMS, {
        name: "x-amz-acl",
        in: "header",
        required: true,
        "x-obs-member": "acl",
        schema: { type: "string" },
      }),
    expect: /request header `x-amz-acl`: added as required/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "optional → mandatory",
    edit: (d) => d.setIn([...PARAMS, STORAGE_CLASS, "required"], true),
    expect: /`x-amz-storage-class`: optional → required/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "mandatory → optional",
    edit: (d) => {
      d.setIn([...PARAMS, STORAGE_CLASS, "required"], true);
    },
    expect: /`x-amz-storage-class`: required → optional/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "an enum value removed",
    edit: (d) => d.setIn([...PARAMS, STORAGE_CLASS, "schema", "enum"], ["STANDARD"]),
    expect: /enum value\(s\) `WARM` removed/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "an enum value added",
    edit: (d) => d.setIn([...PARAMS, STORAGE_CLASS, "schema", "enum"], ["STANDARD", "WARM", "COLD"]),
    expect: /enum value\(s\) `COLD` added/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "a length limit tightened",
    edit: (d) => d.setIn([...PARAMS, REDIRECT, "schema", "maxLength"], 1024),
    expect: /constraint tightened: maxLength 2048 → maxLength 1024/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a length limit loosened",
    edit: (d) => d.setIn([...PARAMS, REDIRECT, "schema", "maxLength"], 4096),
    expect: /constraint loosened: maxLength 2048 → maxLength 4096/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "a prefix allowed",
    edit: (d) => d.setIn([...PARAMS, REDIRECT, "schema", "x-obs-prefixes"], ["/", "http://", "https://"]),
    expect: /constraint loosened: prefixes/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "a prefix swapped",
    edit: (d) => d.setIn([...PARAMS, REDIRECT, "schema", "x-obs-prefixes"], ["/", "https://"]),
    expect: /constraint changed: prefixes/,
    verdict: "breaks clients, breaks servers",
  },
  {
    change: "a constraint added",
    edit: (d) => d.setIn([...PARAMS, REDIRECT, "schema", "minLength"], 2),
    expect: /constraint tightened: none → minLength 2/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a metadata size limit tightened",
    edit: (d) => d.setIn([...PARAMS, METADATA, "schema", "x-obs-max-total-bytes"], 1024),
    expect: /`x-amz-meta-\*`: constraint tightened/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a bad value's error code changed",
    edit: (d) => d.setIn([...PARAMS, STORAGE_CLASS, "x-obs-error"], "InvalidArgument"),
    expect: /answers InvalidArgument instead of InvalidStorageClass/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a header rule removed",
    edit: (d) => d.deleteIn([...OP, "x-obs-header-rules"]),
    expect: /header rule: removed: together/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "a request body added as required",
    edit: (d) => d.setIn([...OP, "requestBody"], LABELS_BODY),
    expect: /request body: added as required/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a request body removed",
    base: withBody,
    edit: (d) => d.deleteIn([...OP, "requestBody"]),
    expect: /request body: removed/,
    verdict: "breaks clients, breaks servers",
  },
  {
    change: "a request element added as required",
    base: withBody,
    edit: (d) =>
      d.setIn([...OP, "requestBody", "content", "application/xml", "schema", "required"], ["Name", "Weight"]),
    expect: /request element `Weight`: optional → required/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a request element removed",
    base: withBody,
    edit: (d) => d.deleteIn([...OP, "requestBody", "content", "application/xml", "schema", "properties", "Weight"]),
    expect: /request element `Weight`: removed/,
    verdict: "breaks clients, breaks servers",
  },
  {
    change: "a header rule added",
    edit: (d) =>
      d.addIn([...OP, "x-obs-header-rules"], {
        when: "x-amz-object-lock-mode",
        requires: ["x-amz-storage-class"],
        error: "InvalidArgument",
        description: "x",
      }),
    expect: /header rule: added: when x-amz-object-lock-mode requires/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a response element removed",
    edit: (d) => d.deleteIn([...BODY, "properties", "Note"]),
    expect: /response element `Note`: removed/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a response element made optional",
    edit: (d) => d.setIn([...BODY, "required"], ["Bucket"]),
    expect: /response element `UploadId`: always present → optional/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "a response element made always present",
    edit: (d) => d.setIn([...BODY, "required"], ["Bucket", "UploadId", "Note"]),
    expect: /response element `Note`: optional → always present/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "a required response element added",
    edit: (d) => {
      d.setIn([...BODY, "properties", "Key"], { type: "string", "x-obs-member": "key" });
      d.setIn([...BODY, "required"], ["Bucket", "UploadId", "Key"]);
    },
    expect: /response element `Key`: added as always present/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "a response header removed",
    edit: (d) => d.deleteIn([...OP, "responses", "200", "headers", "x-amz-request-id"]),
    expect: /response header `x-amz-request-id`: removed/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "the namespace changed",
    edit: (d) => d.setIn([...BODY, "xml", "namespace"], "http://s3.amazonaws.com/doc/2006-03-01/"),
    expect: /XML namespace http:\/\/s3\.amazonaws\.com\/doc\/2006-03-01\/ instead of/,
    verdict: "breaks clients, breaks servers",
  },
  {
    change: "an error code added",
    edit: (d) => d.addIn([...OP, "x-obs-errors"], { code: "AccessDenied", description: "No permission." }),
    expect: /error `AccessDenied`: added \(403\)/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "an error code dropped",
    edit: (d) => d.deleteIn([...OP, "x-obs-errors"]),
    expect: /error `NoSuchBucket`: no longer answered/,
    verdict: "ok for clients, breaks servers",
  },
  {
    change: "an error's status changed",
    edit: (d) => d.setIn(["components", "x-obs-error-codes", "NoSuchBucket", "status"], 400),
    expect: /error `NoSuchBucket` answers 400 instead of 404/,
    verdict: "breaks clients, breaks servers",
  },
  {
    change: "a signature version dropped",
    edit: (d) => d.setIn(["x-obs-signing", "versions"], ["v4"]),
    expect: /signature version v2 no longer accepted/,
    verdict: "breaks clients, ok for servers",
  },
  {
    change: "the request line changed",
    edit: (d) => {
      d.setIn([...OP.slice(0, 2), "put"], d.getIn(OP));
      d.deleteIn(OP);
    },
    expect: /request line changes from `POST .*` to `PUT /,
    verdict: "breaks clients, breaks servers",
  },
  {
    change: "a description edited",
    edit: (d) => d.setIn([...PARAMS, STORAGE_CLASS, "description"], "The storage class."),
    expect: /`x-amz-storage-class`: description changed/,
    verdict: "ok for clients, ok for servers",
  },
];

describe("spec:diff classifies each class of change", () => {
  it.each(CLASSES)("$change", ({ change, base, edit, expect: pattern, verdict: expected }) => {
    // "mandatory → optional" starts from the edited spec and goes back to the fixture; `base` edits the starting spec.
    const reversed = change === "mandatory → optional";
    const start = base ? modelOf(edited(base)) : before;
    const changed = modelOf(edited((doc) => (base?.(doc), edit(doc))));
    const changes = reversed ? diffModels(changed, start) : diffModels(start, changed);
    const match = changes.find((c) => pattern.test(`${c.subject}: ${c.description}`));
    expect(match, changes.map((c) => `${c.subject}: ${c.description}`).join("\n")).toBeDefined();
    expect(verdict(match!)).toBe(expected);
    expect(match!.source.file).toMatch(/openapi\.yaml$/);
    expect(match!.source.line).toBeGreaterThan(1);
  });

  it("finds nothing between a spec and itself", () => {
    expect(diffModels(before, modelOf(fixture))).toEqual([]);
  });

  it("writes a Markdown report with breaking changes first and the location of each", () => {
    const changed = modelOf(
      edited((d) => {
        d.setIn([...PARAMS, STORAGE_CLASS, "schema", "enum"], ["STANDARD"]);
        d.setIn([...PARAMS, STORAGE_CLASS, "description"], "The storage class.");
      }),
    );
    const report = formatDiffReport(diffModels(before, changed), "main");
    expect(report).toContain("## Spec changes since `main`");
    expect(report).toContain("**1 breaking for clients · 0 breaking for servers · 1 not breaking**");
    expect(report.indexOf("### Breaking changes")).toBeLessThan(report.indexOf("### Other changes"));
    expect(report).toMatch(
      /\| StartUpload: request header `x-amz-storage-class` \| enum value\(s\) `WARM` removed \| \*\*breaking\*\* \| ok \| `openapi\.yaml:\d+` \|/,
    );
  });
});

describe("npm run spec:diff", () => {
  // A throwaway git repository with the fixture as its spec, committed; the working tree then changes.
  const repo = join(work, "repo");
  mkdirSync(join(repo, "spec"), { recursive: true });
  writeFileSync(join(repo, "spec/openapi.yaml"), fixture);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, stdio: "pipe" });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "fixture");
  const cli = join(root, "review/spec-diff/cli.ts");
  const tsx = join(root, "node_modules/.bin/tsx");
  const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { cwd: repo, encoding: "utf8", timeout: 60_000 });

  it("exits 0 with no changes, 1 on a breaking change, 0 with --allow-breaking, 2 on a bad ref", () => {
    const same = run("HEAD");
    expect(same.status).toBe(0);
    expect(same.stdout).toContain("No changes to the API.");

    writeFileSync(
      join(repo, "spec/openapi.yaml"),
      edited((d) => d.deleteIn([...OP, "x-obs-errors"])),
    );
    const breaking = run("HEAD");
    expect(breaking.stdout).toContain("error `NoSuchBucket`");
    expect(breaking.stdout).toContain("HEAD:spec/openapi.yaml:");
    expect(breaking.status).toBe(1);
    expect(run("HEAD", "--allow-breaking").status).toBe(0);

    const bad = run("no-such-ref");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"no-such-ref" is not a commit');
    expect(run().status).toBe(2);
  });

  it("compares with an older commit, a spec split over several files included", () => {
    cpSync(join(root, "spec"), join(repo, "spec"), { recursive: true });
    git("add", ".");
    git("commit", "-qm", "the real spec");
    const clean = run("HEAD");
    expect(clean.stdout, clean.stderr).toContain("No changes to the API.");
    const operation = join(repo, "spec/operations/initiate-multipart-upload.yaml");
    writeFileSync(
      operation,
      readFileSync(operation, "utf8").replace("required: [Bucket, Key, UploadId]", "required: [Bucket, UploadId]"),
    );
    const changed = run("HEAD");
    expect(changed.status).toBe(1);
    expect(changed.stdout).toMatch(
      /InitiateMultipartUpload: response element `Key` \| always present → optional: clients may not get it \| \*\*breaking\*\* \| ok \| `spec\/operations\/initiate-multipart-upload\.yaml:\d+` \|/,
    );
  });
});
