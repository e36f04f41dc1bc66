import { readFileSync } from "node:fs";
import type { ServiceModel } from "../model/types.js";
import { PACKAGE_SCOPE } from "./package.js";
import { compileTemplate } from "./templates.js";

/** Renders a package's README from templates/package-readme.md.hbs and the model. */
export function renderPackageReadme(
  templatePath: string,
  model: ServiceModel,
  dir: string,
  description: string,
  usage: string,
): string {
  return compileTemplate(readFileSync(templatePath, "utf8"))({
    packageName: `${PACKAGE_SCOPE}/${dir}`,
    description,
    usage,
    operations: model.operations.map((operation) => ({
      name: operation.name,
      summary: operation.summary,
      method: operation.method,
      path: `${operation.pathTemplate}${operation.selectors.length ? "?" + operation.selectors.join("&") : ""}`,
      errors: operation.errors.map((error) => ({ code: error.code, status: error.status })),
    })),
  });
}
