import type { ModelContext } from "./context.js";
import type { OperationModel } from "./types.js";

/**
 * Routing is by specificity: an operation matches a request with its method, its level (service
 * root, bucket or object) and every query key of its path key; the match with the most keys wins. Two
 * operations with the same method, level and keys could never be told apart: refuse them,
 * naming both. (Keys neither of which contains the other are allowed; a request carrying both
 * sets is ambiguous, and the server answers it 400 InvalidRequest.)
 */
export function checkRoutes(context: ModelContext, operations: OperationModel[], paths: object): void {
  const seen = new Map<string, OperationModel>();
  for (const operation of operations) {
    const key = `${operation.method} ${operation.level} ${[...operation.selectors].sort().join("&")} ${[...operation.headerSelectors].sort().join("&")}`;
    const other = seen.get(key);
    if (other) {
      context.report(
        paths,
        `operations ${other.id} (${other.source.file}:${other.source.line}) and ${operation.id} (${operation.source.file}:${operation.source.line}) match the same requests: ${operation.method} on ${operation.level === "object" ? "an object" : operation.level === "bucket" ? "a bucket" : "the service root"} with ${operation.selectors.length ? operation.selectors.map((s) => `?${s}`).join(" ") : "no sub-resource"}${operation.headerSelectors.map((h) => ` and ${h}`).join("")}`,
      );
    } else seen.set(key, operation);
  }
}
