import { SourceFile } from "../code/source-file.js";
import type { PackageName } from "../code/symbols.js";
import type { OperationModel, ServiceModel } from "../model/types.js";
import { operationsModule } from "./symbols.js";

/**
 * A package's modules of operations, one per group (src/operations/<group>.ts), each filled by
 * `add` with its operations in name order.
 */
export function groupFiles(
  pkg: PackageName,
  model: ServiceModel,
  add: (file: SourceFile, operation: OperationModel) => void,
): SourceFile[] {
  const files = new Map<string, SourceFile>();
  for (const operation of model.operations) {
    const path = operationsModule(operation);
    const file = files.get(path) ?? new SourceFile(pkg, path);
    files.set(path, file);
    add(file, operation);
  }
  return [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The paths of the modules of operations, as groupFiles makes them. */
export const groupModules = (model: ServiceModel): string[] =>
  [...new Set(model.operations.map(operationsModule))].sort();
