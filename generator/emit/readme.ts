import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { ServiceModel } from "../model/types.js";
import { PACKAGE_SCOPE } from "./package.js";

// Compiled templates by their text: the runs of --watch compile a template again only when it changed.
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** Renders a package's README from templates/package-readme.md.hbs and the model. */
export function renderPackageReadme(
  templatePath: string,
  model: ServiceModel,
  dir: string,
  description: string,
  usage: string,
): string {
  const text = readFileSync(templatePath, "utf8");
  let template = compiled.get(text);
  if (template === undefined) {
    template = Handlebars.compile(text, { noEscape: true, strict: true });
    compiled.set(text, template);
  }
  return template({
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
