import type { LoadedSpec } from "../load/load-spec.js";

/** The bundled document, its components and `$ref`s kept, as one JSON file. */
export function emitOpenApiJson(spec: LoadedSpec): string {
  return JSON.stringify(spec.bundle(), null, 2) + "\n";
}
