import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadedSpec } from "./load/load-spec.js";
import type { ServiceModel } from "./model/types.js";
import { compilePackages } from "./emit/compile.js";
import { emitDocs } from "./emit/docs.js";
import type { EmittedFiles } from "./emit/emitted.js";
import { emitOpenApiJson } from "./emit/openapi-json.js";
import { packageJson } from "./emit/package.js";
import { planPackages } from "./emit/plans.js";

/**
 * Every file under generated/, the authored ones unformatted. The docs come first: their HTML
 * renders in a thread of its own while the packages are emitted here.
 */
export async function generateFiles(spec: LoadedSpec, model: ServiceModel, root: string): Promise<EmittedFiles> {
  const docs = emitDocs(model, join(root, "templates"));
  const plans = planPackages(model, join(root, "templates/package-readme.md.hbs"));
  const files = compilePackages(plans, join(root, "runtime"));
  const license = readFileSync(join(root, "templates/LICENSE"), "utf8");
  for (const plan of plans) {
    files.final.set(`generated/${plan.dir}/package.json`, packageJson(plan, model.version) + "\n");
    files.final.set(`generated/${plan.dir}/LICENSE`, license);
    for (const [path, text] of plan.textFiles) files.authored.set(`generated/${plan.dir}/${path}`, text);
  }
  files.final.set("generated/openapi.json", emitOpenApiJson(spec));
  for (const [path, text] of await docs) files.final.set(path, text);
  return files;
}
