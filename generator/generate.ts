import { join } from "node:path";
import type { LoadedSpec } from "./load/load-spec.js";
import type { ServiceModel } from "./model/types.js";
import { compilePackages } from "./emit/compile.js";
import { emitDocs } from "./emit/docs.js";
import { emitOpenApiJson } from "./emit/openapi-json.js";
import { packageJson } from "./emit/package.js";
import { planPackages } from "./emit/plans.js";

/** Every file under generated/, unformatted, keyed by path relative to the project root; `cacheDir` makes compiling incremental. */
export function generateFiles(
  spec: LoadedSpec,
  model: ServiceModel,
  root: string,
  cacheDir?: string,
): Map<string, string> {
  const plans = planPackages(model, join(root, "templates/package-readme.md.hbs"));
  const files = compilePackages(plans, root, join(root, "runtime"), cacheDir && join(cacheDir, "compile"));
  for (const plan of plans) {
    files.set(`generated/${plan.dir}/package.json`, packageJson(plan) + "\n");
    for (const [path, text] of plan.textFiles) files.set(`generated/${plan.dir}/${path}`, text);
  }
  files.set("generated/openapi.json", emitOpenApiJson(spec));
  for (const [path, text] of emitDocs(model, join(root, "templates"))) files.set(path, text);
  return files;
}
