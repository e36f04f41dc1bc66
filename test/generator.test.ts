import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../generator/load/load-spec.js";
import { readYamlFile } from "../generator/load/yaml-file.js";
import { TextCache } from "../generator/write/text-cache.js";
import { SpecError } from "../generator/load/spec-error.js";
import { buildModel } from "../generator/model/build-model.js";
import { generateFiles } from "../generator/generate.js";
import { compilePackages, GENERATED_BANNER } from "../generator/emit/compile.js";
import { typecheckPackages } from "../generator/verify/typecheck.js";
import { renderMarkdown } from "../generator/emit/markdown-html.js";
import type { PackagePlan } from "../generator/emit/package.js";
import { formatFiles } from "../generator/format/format.js";
import { staleFiles, writeFiles, type WrittenFiles } from "../generator/write/write-files.js";
import { isBuildProduct } from "../generator/write/build-products.js";
import { EXTENSIONS } from "../generator/check/vocabulary.js";
import { SPEC_META_SCHEMA } from "../generator/check/meta-schema.js";

const root = fileURLToPath(new URL("..", import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? name === "node_modules"
        ? []
        : listFiles(join(dir, name))
      : [join(dir, name)],
  );
}

async function generate(specPath = "spec/openapi.yaml") {
  const spec = loadSpec(specPath, root);
  return formatFiles(await generateFiles(spec, buildModel(spec), root));
}

/** A bundled document with every internal `$ref` replaced by its target (siblings of a `$ref` override the target's). */
function resolveBundle(bundled: object): Record<string, unknown> {
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== "object") return value;
    const { $ref, ...rest } = value as Record<string, unknown>;
    const own = Object.fromEntries(Object.entries(rest).map(([name, child]) => [name, resolve(child)]));
    if (typeof $ref !== "string") return own;
    const target = $ref
      .slice(2)
      .split("/")
      .reduce((node: unknown, token) => (node as Record<string, unknown>)[token], bundled);
    return { ...(resolve(target) as object), ...own };
  };
  return resolve(bundled) as Record<string, unknown>;
}

describe("generator", () => {
  it("documents every extension of the vocabulary in the README's table", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `(x-obs-[a-z0-9-]+)` \|/gm)].map((match) => match[1]);
    expect(rows).toEqual(Object.keys(EXTENSIONS));
  });

  it("links every operation of the spec, once, from the README's operations table", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Operations"), readme.indexOf("## The spec vocabulary"));
    const linked = [...table.matchAll(/\]\(generated\/docs\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1]);
    const operations = readdirSync(join(root, "spec/operations")).map((file) => file.replace(/\.yaml$/, ""));
    expect([...linked].sort()).toEqual([...operations].sort());
    for (const page of linked) expect(existsSync(join(root, `generated/docs/${page}.md`))).toBe(true);
  });

  it("is deterministic and matches the committed generated/ files", async () => {
    const [first, second] = [await generate(), await generate()];
    expect([...first.entries()]).toEqual([...second.entries()]);
    const committed = listFiles(join(root, "generated"))
      .map((path) => relative(root, path))
      .sort();
    expect(committed).toEqual([...first.keys()].sort());
    for (const [path, text] of first) expect(readFileSync(join(root, path), "utf8"), path).toBe(text);
  });

  it("--check names every stale, missing and extra file", async () => {
    const files = await generate();
    expect(staleFiles(root, files)).toEqual([]);
    const edited = new Map(files);
    edited.set("generated/validator/src/types.ts", "// changed\n");
    edited.set("generated/validator/src/new-operation.ts", "export {};\n");
    edited.delete("generated/docs/index.md");
    // A build product is not compared: git does not keep it, a clone builds it.
    edited.set("generated/openapi.json", "{}\n");
    expect(staleFiles(root, edited)).toEqual([
      "generated/docs/index.md (not generated any more)",
      "generated/validator/src/new-operation.ts",
      "generated/validator/src/types.ts",
    ]);
  });

  it("keeps in git what a reviewer reads, and ignores the build products generate makes from it", async () => {
    const paths = [...(await generate()).keys()];
    const ignored = spawnSync("git", ["check-ignore", "--no-index", "--stdin"], {
      cwd: root,
      input: paths.join("\n"),
      encoding: "utf8",
    }).stdout.split("\n");
    expect(paths.filter(isBuildProduct).sort()).toEqual(ignored.filter(Boolean).sort());
    // Each kind is there: compiled packages, HTML docs, the bundled spec; and sources stay kept.
    expect(paths.filter(isBuildProduct).some((path) => path.endsWith("/dist/index.js"))).toBe(true);
    expect(paths.filter(isBuildProduct)).toContain("generated/openapi.json");
    expect(paths.filter(isBuildProduct)).toContain("generated/docs/index.html");
    expect(isBuildProduct("generated/validator/src/index.ts")).toBe(false);
    expect(isBuildProduct("generated/docs/index.md")).toBe(false);
  });

  it("writes what changed and removes what is no longer generated; across --watch runs a file touched by hand is written again", async () => {
    const out = mkdtempSync(join(tmpdir(), "obs-write-"));
    try {
      const known: WrittenFiles = new Map();
      const files = new Map([
        ["generated/a.txt", "one\n"],
        ["generated/b/c.txt", "two\n"],
      ]);
      expect(await writeFiles(out, files, known)).toBe(2);
      expect(await writeFiles(out, files, known)).toBe(0);
      writeFileSync(join(out, "generated/a.txt"), "edited by hand\n");
      writeFileSync(join(out, "generated/stray.txt"), "x\n");
      expect(await writeFiles(out, files, known)).toBe(2);
      expect(readFileSync(join(out, "generated/a.txt"), "utf8")).toBe("one\n");
      expect(readdirSync(join(out, "generated")).sort()).toEqual(["a.txt", "b"]);
      // Without what a run remembers, the texts on disk are compared.
      expect(await writeFiles(out, new Map([...files, ["generated/a.txt", "three\n"]]))).toBe(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  /** A one-file validator package of the given code. */
  const plan = (code: string): PackagePlan => ({
    dir: "validator",
    name: "validator",
    description: "",
    siblings: [],
    dependencies: {},
    runtime: undefined,
    sharedRuntime: [],
    sources: new Map([["src/index.ts", code + "\n"]]),
    textFiles: new Map(),
  });

  it("compiles each source on its own: JavaScript under the banner, declarations, and an error for what needs another file", () => {
    const good = compilePackages(
      [plan("/** The answer. */\nexport const answer: number = 42;")],
      join(root, "runtime"),
    );
    expect(good.authored.get("generated/validator/src/index.ts")).toBe(
      GENERATED_BANNER + "/** The answer. */\nexport const answer: number = 42;\n",
    );
    expect(good.final.get("generated/validator/dist/index.d.ts")).toBe(
      "/** The answer. */\nexport declare const answer: number;\n",
    );
    expect(good.final.get("generated/validator/dist/index.js")).toBe(
      GENERATED_BANNER + "/** The answer. */\nexport const answer = 42;\n",
    );
    // Each file's declarations must be writable on their own (isolatedDeclarations).
    expect(() => compilePackages([plan("export const half = (n: number) => n / 2;")], join(root, "runtime"))).toThrow(
      /generated\/validator\/src\/index\.ts does not compile on its own:[\s\S]*isolatedDeclarations/,
    );
  });

  it("type-checks the packages' sources as their consumers import them, and names each error", async () => {
    const files = await generate();
    expect(typecheckPackages(files, root)).toBeUndefined();
    const broken = new Map(files);
    const path = "generated/client/src/operations/objects.ts";
    broken.set(path, `${files.get(path) ?? ""}\nexport const answer: number = "42";\n`);
    // Only sources are checked: a broken file that is not one changes nothing.
    broken.set("generated/client/dist/index.d.ts", "export const answer: number = '42';");
    expect(typecheckPackages(broken, root)).toMatch(
      /generated\/client\/src\/operations\/objects\.ts\(\d+,14\): error TS2322/,
    );
  }, 60_000); // One program of every package, beside the rest of the suite.

  it("bundles an openapi.json that a standard OpenAPI 3.1 validator accepts", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(readFileSync(join(root, "generated/openapi.json"), "utf8")));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("keeps components and $refs in openapi.json, and resolving them gives the spec back", () => {
    const bundled = JSON.parse(readFileSync(join(root, "generated/openapi.json"), "utf8"));
    const refs = JSON.stringify(bundled).match(/"\$ref":"[^"]*"/g) ?? [];
    // Every reference is internal, and the operation files' local schemas moved into components.
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((ref) => !ref.startsWith('"$ref":"#/components/'))).toEqual([]);
    expect(Object.keys(bundled.components.schemas)).toEqual(
      expect.arrayContaining(["Part", "CompleteMultipartUpload"]),
    );
    const spec = loadSpec("spec/openapi.yaml", root);
    const { components: _bundledComponents, ...bundledRest } = resolveBundle(bundled);
    const { components: _specComponents, ...specRest } = spec.root;
    expect(bundledRest).toEqual(specRest);
  });

  it("bundles a file's local schema under a free name when the root has one of the same name, and inlines the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "obs-bundle-"));
    try {
      mkdirSync(join(dir, "ops"));
      writeFileSync(
        join(dir, "openapi.yaml"),
        [
          "openapi: 3.1.0",
          "info: { title: t, version: '1' }",
          "paths:",
          "  /a:",
          "    get: { $ref: 'ops/a.yaml#/operation' }",
          "components:",
          "  schemas:",
          "    Part: { type: string, description: the root's Part }",
        ].join("\n"),
      );
      writeFileSync(
        join(dir, "ops/a.yaml"),
        [
          "operation:",
          "  operationId: A",
          "  x-note: { $ref: '#/notes/first', description: beside the ref }",
          "  responses:",
          "    '200': { description: ok, content: { application/xml: { schema: { $ref: '#/schemas/Part' } } } }",
          "schemas:",
          "  Part: { type: object, properties: { Inner: { $ref: '#/schemas/Inner' } } }",
          "  Inner: { type: string }",
          "notes:",
          "  first: { text: inlined }",
        ].join("\n"),
      );
      const spec = loadSpec(join(dir, "openapi.yaml"), root);
      const bundled = spec.bundle() as { components: { schemas: Record<string, unknown> }; paths: unknown };
      expect(Object.keys(bundled.components.schemas)).toEqual(["Part", "Part2", "Inner"]);
      expect(JSON.stringify(bundled.paths)).toContain('"$ref":"#/components/schemas/Part2"');
      expect(JSON.stringify(bundled.paths)).toContain('"x-note":{"text":"inlined","description":"beside the ref"}');
      const { components: _bundledComponents, ...bundledRest } = resolveBundle(bundled);
      const { components: _specComponents, ...specRest } = spec.root;
      expect(bundledRest).toEqual(specRest);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      "unknown-keyword",
      [
        /unknown-keyword\.yaml:11:\d+ \/paths\/~1\{Bucket\}~1\{Key\}\?x\/get\/parameters\/2\/schema\/multipleOf: "multipleOf" is not supported in a scalar's schema/,
      ],
    ],
    [
      "duplicate-parameter",
      [
        /duplicate-parameter\.yaml:13:\d+ .*\/parameters\/4\/name: parameter "X-Thing" \(in: header\) is declared twice/,
      ],
    ],
    [
      "ambiguous-routes",
      [
        /ambiguous-routes\.yaml:\d+:\d+ \/paths: operations GetX \(.*ambiguous-routes\.yaml:6\) and GetY \(.*ambiguous-routes\.yaml:15\) match the same requests: GET on an object with \?x/,
      ],
    ],
    [
      "unsupported-body",
      [
        /unsupported-body\.yaml:14:\d+ .*\/requestBody\/content\/text~1plain: "text\/plain" is not supported in a body's content \(supported: application\/xml, application\/json, application\/octet-stream, multipart\/form-data\)/,
      ],
    ],
    [
      "required-without-member",
      [/required-without-member\.yaml:14:\d+ .*\/headers\/ETag\/required: "required" needs "x-obs-member"/],
    ],
    [
      "unknown-extension",
      [
        /unknown-extension\.yaml:13:11 \/paths\/~1\{Bucket\}\/get\/parameters\/1\/x-obs-colour: unknown extension key "x-obs-colour"/,
      ],
    ],
    [
      "vocabulary",
      [
        /vocabulary\.yaml:8:\d+ .*\/get\/summary: "summary" must be a string/,
        /vocabulary\.yaml:9:\d+ .*\/get\/x-obs-flag: "x-obs-flag" does not belong in an operation/,
        /vocabulary\.yaml:12:\d+ .*\/parameters\/1\/in: "in" must be one of path, query, header/,
        /vocabulary\.yaml:13:\d+ .*\/parameters\/2\/x-obs-transport: "x-obs-transport" must be one of http, signing/,
        /vocabulary\.yaml:14:\d+ .*\/get\/responses: "2xx" is not a key an operation's responses takes/,
        /vocabulary\.yaml:17:\d+ .*\/get\/tags: "tags" takes at most 1 item\(s\)/,
      ],
    ],
    [
      "unresolved-ref",
      [
        /unresolved-ref\.yaml:10:\d+ .*\/parameters\/1\/\$ref: unresolved \$ref "\.\.\/features\/common\.yaml#\/parameters\/Nowhere": nothing at .*common\.yaml#\/parameters\/Nowhere/,
      ],
    ],
    [
      "unknown-header",
      [
        /unknown-header\.yaml:12:\d+ .*\/x-obs-header-rules\/0\/together: rule names header "x-two", which this operation does not have/,
      ],
    ],
    [
      "unknown-md5-header",
      [
        /unknown-md5-header\.yaml:14:\d+ .*\/schema\/x-obs-md5-of: "x-obs-md5-of" names header "x-key", which this operation does not have/,
      ],
    ],
    [
      "misdeclared-headers",
      [
        /misdeclared-headers\.yaml:13:\d+ .*\/parameters\/2\/name: header "x-amz-meta-\*" names a family: say so with "x-obs-prefix"/,
        /misdeclared-headers\.yaml:14:\d+ .*\/parameters\/3\/name: header "Content-MD5" is checked against the body by the server's payload layer/,
        /misdeclared-headers\.yaml:15:\d+ .*\/responses: the operation has more than one 2xx response without "x-obs-when".*: 200, 206/,
        /misdeclared-headers\.yaml:16:\d+ .*\/responses\/200\/headers\/x-amz-meta-\*: response header "x-amz-meta-\*" names a family/,
        /misdeclared-headers\.yaml:18:\d+ .*\/responses\/304: a response without a body that is not a success, a 3xx or one with headers, needs "x-obs-error"/,
      ],
    ],
    [
      "tags",
      [
        /tags\.yaml:6:\d+ \/tags\/1\/name: tag "Shelves" is declared twice/,
        /tags\.yaml:8:\d+ \/tags\/3\/name: tags "Book shelves" and "BookShelves" would share the module book-shelves/,
        /tags\.yaml:11:\d+ .*\/get: the root declares "tags": name this operation's in "tags"/,
        /tags\.yaml:22:\d+ .*\/delete\/tags: tag "Books" is not declared in the root's "tags"/,
      ],
    ],
    [
      "xml-attributes",
      [
        /xml-attributes\.yaml:18:\d+ .*\/Tags\/xml\/attribute: a list cannot be an attribute/,
        /xml-attributes\.yaml:19:\d+ .*\/Owner\/xml\/attribute: an attribute holds a scalar, not a structure/,
        /xml-attributes\.yaml:20:\d+ .*\/kind\/xml\/prefix: an attribute in a namespace needs both "prefix" and "namespace"/,
        /xml-attributes\.yaml:21:\d+ .*\/Name\/xml\/namespace: "namespace" belongs to an attribute \("attribute: true"\)/,
      ],
    ],
    [
      "package-version",
      [/package-version\.yaml:3:\d+ \/info\/version: info\.version must be a semantic version \(1\.2\.3\)/],
    ],
  ])("refuses a spec with %s, naming file, line and JSON pointer", (name, expected) => {
    const error = (() => {
      try {
        buildModel(loadSpec(`test/fixtures/bad-features/${name}.yaml`, root));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SpecError);
    for (const pattern of expected) expect((error as SpecError).message).toMatch(pattern);
  });

  it("states in the meta-schema every extension of the vocabulary, and no other", () => {
    const keys = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === "object")
        for (const [key, child] of Object.entries(value)) {
          if (key.startsWith("x-")) keys.add(key);
          visit(child);
        }
    };
    visit(SPEC_META_SCHEMA);
    expect([...keys].sort()).toEqual(Object.keys(EXTENSIONS).sort());
  });

  it("lists in each package's README every operation by that package's name for it (signing, operation-agnostic, none)", () => {
    const model = buildModel(loadSpec("spec/openapi.yaml", root));
    const readme = (dir: string) => readFileSync(join(root, `generated/${dir}/README.md`), "utf8");
    for (const operation of model.operations) {
      expect(readme("validator")).toContain(`\`validate${operation.id}Request(request, options)\``);
      expect(readme("client")).toContain(`\`client.${operation.name}(input, options)\``);
      expect(readme("server")).toContain(`\`handlers.${operation.name}(input, context)\``);
    }
    expect(readme("signing")).not.toContain("## Operations");
  });

  it("writes package README examples from the spec that run: the validator's example request is valid", () => {
    const readme = readFileSync(join(root, "generated/validator/README.md"), "utf8");
    const snippet = /```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    mkdirSync(join(root, "test/output"), { recursive: true });
    const file = join(root, "test/output/validator-readme-example.mjs");
    writeFileSync(file, snippet);
    const run = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 20_000 });
    expect(run.stderr).toBe("");
    // It printed the typed input, not a list of errors.
    expect(run.stdout).toMatch(/^\{ bucket: 'bucket01', key: 'objectkey'/);
  });

  it("emits no `any` type in the generated TypeScript", () => {
    const sources = listFiles(join(root, "generated")).filter((path) => path.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(10);
    for (const path of sources) {
      // Comments may say "any"; code may not use the type.
      const code = readFileSync(path, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect(code, path).not.toMatch(/(:\s*any\b|\bas any\b|<any>|\bany\[\])/);
    }
  });

  it("narrows with types, not casts: no `as` in the code emitted per operation but `as const`", () => {
    // The runtime copied into each package (src/runtime/) is hand-written, and reviewed as such.
    const sources = listFiles(join(root, "generated")).filter(
      (path) => path.endsWith(".ts") && !path.includes("/runtime/") && !path.includes("/xml/"),
    );
    expect(sources.length).toBeGreaterThan(10);
    const casts: string[] = [];
    for (const path of sources) {
      const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.getText() !== "const")
          casts.push(`${relative(root, path)}: ${node.getText()}`);
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(casts).toEqual([]);
  });

  it("reads a spec file parsed before (by any process) from the cache, and still reports a problem in it at its line", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "obs-yaml-"));
    const failure = (cache?: TextCache) => {
      try {
        buildModel(loadSpec("test/fixtures/bad-features/unknown-extension.yaml", root, undefined, cache));
      } catch (error) {
        return (error as SpecError).message;
      }
      return "no error";
    };
    try {
      const uncached = failure();
      expect(uncached).toMatch(/unknown-extension\.yaml:\d+:\d+ /);
      // The first load parses and fills the cache; the second reads the values back, and parses a
      // file again only for the positions of its problem.
      expect(failure(new TextCache(cacheDir))).toBe(uncached);
      const cached = readdirSync(cacheDir);
      expect(cached.length).toBeGreaterThan(1);
      expect(failure(new TextCache(cacheDir))).toBe(uncached);
      const spec = loadSpec("spec/openapi.yaml", root, undefined, new TextCache(cacheDir));
      expect(loadSpec("spec/openapi.yaml", root, undefined, new TextCache(cacheDir)).root).toEqual(spec.root);
      // A value JSON cannot give back as it is (here .inf) is parsed each time, never cached.
      const file = join(cacheDir, "infinite.yaml");
      writeFileSync(file, "limit: .inf\n");
      const before = readdirSync(cacheDir).length;
      const loaded = readYamlFile(file, "infinite.yaml", undefined, new TextCache(cacheDir));
      expect(loaded).toMatchObject({ value: { limit: Number.POSITIVE_INFINITY } });
      expect(readdirSync(cacheDir).length).toBe(before);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("renders many docs pages' HTML in a thread of its own, as the same HTML as here", async () => {
    const texts = Array.from(
      { length: 70 },
      (_, n) => `# Page ${n}\n\n| a | b |\n| --- | --- |\n| ${n} | <code>x</code> |\n`,
    );
    const inThread = await Promise.all(texts.map((text) => renderMarkdown([text])));
    const rendered = await renderMarkdown(texts);
    expect(rendered).toEqual(inThread.flat());
    expect(rendered[69]).toContain("<h1>Page 69</h1>");
  });

  it("reads anchors and aliases, and refuses aliases that expand too far, at line 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "obs-anchors-"));
    try {
      const anchored = join(dir, "anchored.yaml");
      writeFileSync(anchored, "a: &shared { x: 1 }\nb: *shared\nc: 'plain & text'\n");
      expect(readYamlFile(anchored, "anchored.yaml")).toMatchObject({
        value: { a: { x: 1 }, b: { x: 1 }, c: "plain & text" },
      });
      const laughs = join(dir, "laughs.yaml");
      const levels = Array.from({ length: 12 }, (_, n) => `l${n + 1}: &l${n + 1} [${`*l${n}, `.repeat(9)}*l${n}]`);
      writeFileSync(laughs, ["l0: &l0 lol", ...levels].join("\n") + "\n");
      expect(readYamlFile(laughs, "laughs.yaml")).toMatchObject({
        file: "laughs.yaml",
        line: 1,
        message: expect.stringMatching(/^invalid YAML: .*alias/i),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports the right line for a problem", () => {
    try {
      buildModel(loadSpec("test/fixtures/bad-features/unknown-extension.yaml", root));
      expect.unreachable();
    } catch (error) {
      const problem = (error as SpecError).problems[0];
      const lines = readFileSync(join(root, "test/fixtures/bad-features/unknown-extension.yaml"), "utf8").split("\n");
      expect(lines[(problem?.line ?? 0) - 1]).toContain("x-obs-colour: blue");
    }
  });
});
