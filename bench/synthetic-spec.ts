import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** `  /path?query:` then its `    method:` / `      $ref: operations/<file>#/operation` lines, as spec/openapi.yaml writes them. */
const ENTRY = /^ {2}(\/\S*):\n((?: {4}[a-z]+:\n {6}\$ref: operations\/\S+#\/operation\n)+)/gm;
const METHOD = / {4}([a-z]+):\n {6}\$ref: operations\/(\S+)#\/operation\n/g;

interface Source {
  pathKey: string;
  method: string;
  file: string;
}

/**
 * Writes a spec of `count` operations into `dir`, drawn in turn from every operation of the real
 * spec (bodies, lists, streams, pagination): operation i is a copy of real operation i mod N with
 * its operationId and local schemas suffixed with i (`ListParts7`, `ListParts7Result`) and one more
 * sub-resource flag, `?op7`, so that every copy has a route of its own.
 */
export function writeSyntheticSpec(specDir: string, dir: string, count: number): string {
  mkdirSync(join(dir, "operations"), { recursive: true });
  const root = readFileSync(join(specDir, "openapi.yaml"), "utf8");
  const sources: Source[] = [];
  for (const [, pathKey, methods] of root.matchAll(ENTRY)) {
    for (const [, method, file] of (methods ?? "").matchAll(METHOD))
      sources.push({ pathKey: pathKey ?? "", method: method ?? "", file: file ?? "" });
  }
  const block = /^paths:\n(?: {2}.*\n| {4,}.*\n|\n)*?(?=^\S)/m;
  if (sources.length === 0 || !block.test(root))
    throw new Error("spec/openapi.yaml no longer has the paths form the synthetic spec rewrites");
  const texts = new Map(
    sources.map((source) => [source.file, readFileSync(join(specDir, "operations", source.file), "utf8")]),
  );
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length] as Source;
    const pathKey = `${source.pathKey}${source.pathKey.includes("?") ? "&" : "?"}op${i}`;
    paths.push(`  ${pathKey}:\n    ${source.method}:\n      $ref: operations/op-${i}.yaml#/operation\n`);
    writeFileSync(join(dir, "operations", `op-${i}.yaml`), copyOperation(texts.get(source.file) ?? "", i));
  }
  // The originals too, unreferenced by the paths: a copy's $ref to another operation file's
  // schemas (GET Bucket CORS's to PUT Bucket CORS's document) resolves to them.
  for (const [file, text] of texts) writeFileSync(join(dir, "operations", file), text);
  writeFileSync(join(dir, "openapi.yaml"), root.replace(block, `paths:\n${paths.join("")}\n`));
  return join(dir, "openapi.yaml");
}

/** One operation file renamed for copy `i`. */
function copyOperation(text: string, i: number): string {
  const schemaSection = text.indexOf("\nschemas:\n");
  const localSchemas =
    schemaSection < 0
      ? []
      : [...text.slice(schemaSection).matchAll(/^ {2}([A-Za-z0-9]+):\n/gm)].map((match) => match[1] ?? "");
  let copy = text.replace(/^( {2}operationId: )(\w+)$/m, `$1$2${i}`);
  for (const name of localSchemas) {
    copy = copy
      .replaceAll(`#/schemas/${name}"`, `#/schemas/${name}${i}"`)
      .replace(new RegExp(`^( {2})${name}:$`, "m"), `$1${name}${i}:`);
  }
  const flag = [
    `    - name: op${i}`,
    `      in: query`,
    `      required: true`,
    `      description: The synthetic sub-resource that routes to copy ${i}.`,
    `      allowEmptyValue: true`,
    `      x-obs-flag: true`,
    `      schema:`,
    `        type: string`,
  ].join("\n");
  return copy.replace(/^ {2}parameters:\n/m, `  parameters:\n${flag}\n`);
}
