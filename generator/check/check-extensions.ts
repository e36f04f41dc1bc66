import type { LoadedSpec } from "../load/load-spec.js";
import { childPointer, type SpecProblem } from "../load/spec-error.js";
import { EXTENSIONS } from "./vocabulary.js";

/** Objects whose keys are names (a header called `x-amz-acl`), not OpenAPI fields. */
const NAME_MAPS = new Set([
  "paths",
  "headers",
  "properties",
  "schemas",
  "parameters",
  "responses",
  "content",
  "variables",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "requestBodies",
]);

/** Every `x-` key, in every spec file, must be one of the vocabulary's. */
export function checkExtensions(spec: LoadedSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const visit = (value: unknown, file: string, pointer: string, isNameMap = false): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, file, childPointer(pointer, index)));
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      const here = childPointer(pointer, key);
      if (isNameMap) {
        visit(child, file, here);
        continue;
      }
      if (key.startsWith("x-") && !Object.hasOwn(EXTENSIONS, key)) {
        problems.push(spec.problemAt({ file, pointer: here }, `unknown extension key "${key}"`));
      }
      // Example values and error catalogs are data, not spec structure.
      if (key === "example" || key === "examples" || key === "x-obs-error-codes" || key === "x-obs-samples") continue;
      visit(child, file, here, NAME_MAPS.has(key));
    }
  };
  for (const file of spec.files) visit(file.value, file.path, "");
  return problems;
}
