/**
 * `npm run bench [-- --only generate,validator,http,routing,client,upload,objects,gateway] [-- --write]`: every benchmark, one
 * table, each figure beside its baseline measured in the same run; `--write` also updates
 * bench/RESULTS.md's table. Run it alone on the machine: the figures are only as quiet as it is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { clientRows } from "./client.bench.js";
import { generateRows } from "./generate.bench.js";
import { httpRows } from "./http.bench.js";
import { objectRows } from "./objects.bench.js";
import { gatewayRows } from "./gateway.bench.js";
import { routingRows } from "./routing.bench.js";
import { uploadRows } from "./upload.bench.js";
import { parseFlags } from "./flags.js";
import { machine, markdownTable, ROOT, type Row } from "./lib.js";
import { validatorRows } from "./validator.bench.js";

const USAGE = `usage: npm run bench [-- --only generate,validator,http,routing,client,upload,objects,gateway] [--write]
  --only   the benchmarks to run (default all)
  --write  also record the table in bench/RESULTS.md (every benchmark: no --only)

example: npm run bench -- --only objects`;

const { values } = parseFlags(USAGE, {
  options: { only: { type: "string" }, write: { type: "boolean", default: false } },
});
const only = values.only?.split(",");
if (only && values.write) throw new Error("--write records the whole table: run every benchmark (no --only)");
const want = (name: string) => !only || only.includes(name);

const rows: Row[] = [];
const started = performance.now();
if (want("generate")) rows.push(...(await generateRows()));
if (want("validator")) rows.push(...(await validatorRows()));
if (want("http")) rows.push(...(await httpRows()));
if (want("routing")) rows.push(...(await routingRows()));
if (want("client")) rows.push(...(await clientRows()));
if (want("upload")) rows.push(...(await uploadRows()));
if (want("objects")) rows.push(...(await objectRows()));
if (want("gateway")) rows.push(...(await gatewayRows()));

const table = `Machine: ${machine()}. Run ${new Date().toISOString().slice(0, 16)}Z, ${Math.round((performance.now() - started) / 1000)} s.\n\n${markdownTable(rows)}`;
console.log(table);
if (values.write) {
  const path = join(ROOT, "bench/RESULTS.md");
  const text = readFileSync(path, "utf8");
  const start = text.indexOf("<!-- table -->");
  const end = text.indexOf("<!-- /table -->");
  if (start < 0 || end < 0) throw new Error("bench/RESULTS.md has no <!-- table --> … <!-- /table --> section");
  writeFileSync(path, `${text.slice(0, start)}<!-- table -->\n${table}\n${text.slice(end)}`);
  console.log(`\nbench/RESULTS.md updated.`);
}
const missed = rows.filter((row) => !row.met).length;
console.log(missed ? `\n${missed} target(s) not met; bench/RESULTS.md explains why.` : "\nEvery target met.");
