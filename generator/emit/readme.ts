import { readFileSync } from "node:fs";
import type { OperationModel, ServiceModel } from "../model/types.js";
import { PACKAGE_SCOPE } from "./package.js";
import { compileTemplate } from "./templates.js";
import { pathWithSelectors } from "./names.js";

/** What a package's README says of each operation: the column's heading and the package's name for it. */
export interface ReadmeEntries {
  heading: string;
  entry(operation: OperationModel): string;
}

/**
 * Renders a package's README from templates/package-readme.md.hbs and the model: a table of the
 * operations with the package's entry point for each (none for a package without per-operation
 * API, as signing), then the usage example.
 */
export function renderPackageReadme(
  templatePath: string,
  model: ServiceModel,
  dir: string,
  description: string,
  usage: string,
  entries: ReadmeEntries | undefined,
): string {
  return compileTemplate(readFileSync(templatePath, "utf8"))({
    packageName: `${PACKAGE_SCOPE}/${dir}`,
    description,
    usage,
    entryHeading: entries?.heading,
    operations: model.operations.map((operation) => ({
      summary: operation.summary,
      method: operation.method,
      path: pathWithSelectors(operation),
      entry: entries?.entry(operation),
    })),
  });
}
