import type { Scope } from "../code/scope.js";
import type { SourceFile } from "../code/source-file.js";
import type { OperationModel, PrefixHeaderBinding } from "../model/types.js";
import { literal } from "./names.js";
import { requestValues } from "./symbols.js";

/**
 * The headers an operation reads, each in a local of its own (the member's name), looked up by
 * its lowercase name in the request's normalized headers (runtime/validator/request.ts: names
 * lowercased and repeated values joined, unless the caller says it did so); a prefix family in
 * a record of its own. A header costs one property read.
 */
export function headerPass(
  operation: OperationModel,
  headerLocals: Array<[wireName: string, local: string]>,
  extraNames: string[],
  prefixLocals: Map<PrefixHeaderBinding, string>,
  scope: Scope,
  file: SourceFile,
): { code: string; localOf: (wireName: string) => string } {
  const locals = new Map<string, string>(headerLocals);
  for (const name of extraNames)
    if (!locals.has(name))
      locals.set(
        name,
        scope.name(
          `header${name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, "")}`,
        ),
      );
  const code = [
    "// Headers by lowercase name, a repeated header's values joined with commas.",
    `const headers = ${file.use(requestValues("requestHeaders"))}(source, options);`,
    ...[...locals].map(([wireName, local]) => `const ${local} = headers[${literal(wireName)}];`),
    ...operation.prefixHeaders.map(
      (prefix) =>
        `const ${prefixLocals.get(prefix)} = ${file.use(requestValues("prefixedHeaders"))}(headers, ${literal(prefix.prefix)});`,
    ),
  ].join("\n");
  return {
    code,
    localOf: (wireName) => {
      const local = locals.get(wireName);
      if (!local) throw new Error(`no local for header ${wireName}`);
      return local;
    },
  };
}
