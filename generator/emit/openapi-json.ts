import type { LoadedSpec } from "../load/load-spec.js";

/** The bundled document: every $ref resolved, as one JSON file. */
export function emitOpenApiJson(spec: LoadedSpec): string {
  return JSON.stringify(spec.root, null, 2) + "\n";
}
