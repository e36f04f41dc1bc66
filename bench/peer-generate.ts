import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createClient } from "@hey-api/openapi-ts";
import openapiTS, { astToString } from "openapi-typescript";

/**
 * One peer generator on a bundled spec, in a process of its own (`node --import tsx`, as ours
 * runs): `openapi-typescript <spec> <out.ts>` or `hey-api <spec> <out dir>` (types + SDK + fetch
 * client). Prints the process's peak memory (VmHWM, not inherited from the parent) in MB.
 */
async function main([tool, spec = "", out = ""]: string[]): Promise<void> {
  if (tool === "openapi-typescript") writeFileSync(out, astToString(await openapiTS(pathToFileURL(spec))));
  else if (tool === "hey-api")
    await createClient({
      input: spec,
      output: { path: out },
      plugins: ["@hey-api/typescript", "@hey-api/sdk", "@hey-api/client-fetch"],
      logs: { level: "silent" },
    });
  else throw new Error(`unknown peer ${tool}`);
  const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
  console.log(`peak ${Math.round(Number(peak) / 1024)} MB`);
}

await main(process.argv.slice(2));
