import type { OperationModel, PrefixHeaderBinding } from "../model/types.js";
import { literal, type Scope } from "./names.js";

/**
 * One pass over a request's header names: each header the operation reads lands in a local of
 * its own (the member's name), prefix families in a prototype-free record, in whatever case the
 * names came; a repeated header's values are joined with commas, as HTTP allows. No map is
 * built: a `switch` on the lower-cased name is all a header costs.
 */
export function headerPass(
  operation: OperationModel,
  headerLocals: Array<[wireName: string, local: string]>,
  extraNames: string[],
  prefixLocals: Map<PrefixHeaderBinding, string>,
  scope: Scope,
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
  const join = (target: string) => `${target} = ${target} === undefined ? value : ${target} + "," + value;`;
  const cases = [...locals].map(([wireName, local]) => `case ${literal(wireName)}:\n  ${join(local)}\n  break;`);
  const prefixes = operation.prefixHeaders.map(
    (prefix) =>
      `if (name.length > ${prefix.prefix.length} && name.startsWith(${literal(prefix.prefix)})) {\n` +
      `  ${prefixLocals.get(prefix)} ??= Object.create(null) as Record<string, string>;\n` +
      `  const key = name.slice(${prefix.prefix.length});\n` +
      `  const previous = ${prefixLocals.get(prefix)}[key];\n` +
      `  ${prefixLocals.get(prefix)}[key] = previous === undefined ? value : previous + "," + value;\n` +
      `}`,
  );
  const code = [
    "// Headers, in one pass: names in any case, a repeated header's values joined with commas.",
    ...[...locals.values()].map((local) => `let ${local}: string | undefined;`),
    ...operation.prefixHeaders.map((prefix) => `let ${prefixLocals.get(prefix)}: Record<string, string> | undefined;`),
    "const rawHeaders = source.headers;",
    'if (rawHeaders !== null && typeof rawHeaders === "object") {',
    "  for (const rawName of Object.keys(rawHeaders)) {",
    "    const value = headerValue(rawHeaders[rawName]);",
    "    if (value === undefined) continue;",
    "    const name = rawName.toLowerCase();",
    "    switch (name) {",
    ...cases,
    prefixes.length > 0 ? `default:\n${prefixes.join(" else ")}` : "",
    "    }",
    "  }",
    "}",
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
