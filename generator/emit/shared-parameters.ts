import { functionDeclaration, interfaceDeclaration } from "../code/declarations.js";
import { SourceFile } from "../code/source-file.js";
import { Scope } from "../code/scope.js";
import { codeSymbol, type CodeSymbol } from "../code/symbols.js";
import { ruleNames, type HeaderRule, type ScalarBinding, type ServiceModel } from "../model/types.js";
import { bindingCheck, enumTestOf, isTyped } from "./binding-check.js";
import { compileRule } from "./rule-code.js";
import { camel, constantCase, kebab, pascal } from "./names.js";
import { Fail } from "./symbols.js";
import { inputProperty, memberType, scalarMembers } from "./types-code.js";

/** A parameter component defined once, in a file of its own under the validator's src/components/. */
export interface SharedParameter {
  /** The interface with its one member, which operation inputs extend. */
  interface: CodeSymbol;
  /** The check function, when the parameter has anything to check. */
  check: CodeSymbol | undefined;
  /** Other headers whose text the check reads (an MD5 of another header), passed after `fail`. */
  reads: string[];
  /** Whether the check compares with the request time, passed last. */
  readsRequestTime: boolean;
}

/** A rule across headers, query parameters and body elements, defined once: its function and the names whose values it takes. */
export interface SharedRule {
  check: CodeSymbol;
  /** The wire names whose values (undefined: absent) the function takes after `fail`, in order. */
  reads: string[];
}

export interface SharedParameters {
  of(binding: ScalarBinding): SharedParameter | undefined;
  /** The function of a rule that several operations state; undefined for a rule stated once (inline in its operation). */
  rule(rule: HeaderRule): SharedRule | undefined;
  /** src/components/<name>.ts, one per shared parameter and per shared rule. */
  files: SourceFile[];
  /** The files whose interfaces the index re-exports. */
  interfaceFiles: string[];
}

/** What makes two uses of a component the same member: everything its interface and its checks are made of. */
const signature = (binding: ScalarBinding) =>
  JSON.stringify([
    binding.member,
    binding.location,
    binding.wireName,
    binding.description,
    binding.required,
    binding.type,
    binding.constraints,
    binding.error,
  ]);

/**
 * Each `#/components/parameters` entry that operations use gets one member interface and one check
 * function, which every operation using it extends and calls, as ajv compiles a `$ref` into a
 * function; each distinct rule that several operations state gets one function they call. A use that
 * differs from the component's first (a description overridden beside the `$ref`) stays in its
 * operation. Each lives in a file of its own, so that editing one re-checks only its users.
 */
export function sharedParameters(model: ServiceModel, status: (code: string) => number): SharedParameters {
  const first = new Map<string, { binding: ScalarBinding; signature: string }>();
  const sharing = new Map<ScalarBinding, ScalarBinding>();
  for (const operation of model.operations)
    for (const binding of scalarMembers(operation)) {
      if (binding.component === undefined) continue;
      const own = signature(binding);
      const canonical = first.get(binding.component) ?? { binding, signature: own };
      first.set(binding.component, canonical);
      if (canonical.signature === own) sharing.set(binding, canonical.binding);
    }

  const enumNames = [...new Set([...first.values()].flatMap(({ binding }) => binding.type.name ?? []))];
  // One scope for every component's exported names: an operation imports several side by side,
  // and the index re-exports them all.
  const scope = new Scope(["Fail", ...enumNames, ...enumNames.map((name) => `is${name}`)]);
  // A component's base name (its file's, and its identifiers' stem): the first whose identifiers are all free.
  const bases = new Set<string>();
  const freeBase = (wanted: string, identifiers: (base: string) => string[]) => {
    let base = wanted;
    for (let n = 2; bases.has(base) || identifiers(base).some((name) => scope.taken(name)); n++) base = `${wanted}${n}`;
    bases.add(base);
    return base;
  };
  const files: SourceFile[] = [];
  const interfaceFiles: string[] = [];
  const componentFile = (base: string) => {
    const file = new SourceFile("validator", `src/components/${kebab(base)}.ts`);
    files.push(file);
    return file;
  };

  const declared = new Map<ScalarBinding, SharedParameter>();
  for (const [component, { binding }] of [...first].sort(([a], [b]) => a.localeCompare(b))) {
    const base = freeBase(pascal(component), (name) => [`${name}Parameter`, `check${name}`]);
    const file = componentFile(base);
    const interfaceName = file.declare(scope.name(`${base}Parameter`));
    file.add(
      interfaceDeclaration({
        name: interfaceName,
        docs: `The member of \`#/components/parameters/${component}\`, in every operation input that uses it.`,
        properties: [inputProperty(binding, file)],
      }),
      "block",
    );
    const locals = file.scope.child(["fail", "requestTime"]);
    const typed = isTyped(binding);
    const text = locals.name(typed ? "text" : "value");
    const local = typed ? locals.name("value") : text;
    const reads = binding.constraints.flatMap((c) => (c.kind === "md5Of" ? [c.wireName] : []));
    const readNames = new Map(reads.map((wireName) => [wireName, locals.name(camel(wireName))]));
    const checks = bindingCheck(
      binding,
      {
        text,
        local,
        enumTest: enumTestOf(binding, file, `${constantCase(base)}_VALUES`),
        localOf: (wireName) => readNames.get(wireName) ?? "undefined",
      },
      status,
      (symbol) => file.use(symbol),
    );
    const readsRequestTime = binding.constraints.some((c) => c.kind === "afterRequestTime");
    const checkName = checks ? file.declare(scope.name(`check${base}`)) : undefined;
    if (checkName) {
      const type = memberType(binding, file);
      file.add(
        functionDeclaration({
          name: checkName,
          docs: `Checks ${binding.location} \`${binding.wireName}\` as \`#/components/parameters/${component}\` defines it, reporting each broken rule to \`fail\`${typed ? `; returns the ${binding.type.kind === "string" ? "value, typed" : "parsed value"} (undefined when absent or broken)` : ""}.`,
          parameters: [
            { name: text, type: "string | undefined" },
            { name: "fail", type: file.use(Fail) },
            ...reads.map((wireName) => ({ name: readNames.get(wireName) as string, type: "string | undefined" })),
            ...(readsRequestTime ? [{ name: "requestTime", type: "number" }] : []),
          ],
          returns: typed ? `${type} | undefined` : "void",
          body: typed ? [`let ${local}: ${type} | undefined;`, checks, `return ${local};`] : checks,
        }),
        "block",
      );
    }
    interfaceFiles.push(file.path);
    declared.set(binding, {
      interface: codeSymbol("validator", file.path, interfaceName, true),
      check: checkName ? codeSymbol("validator", file.path, checkName) : undefined,
      reads,
      readsRequestTime,
    });
  }

  // Rules: one function per distinct rule (kind, names, error and description) that several operations
  // state; a rule stated once stays in its operation, so that editing it changes that operation alone.
  const rules = new Map<string, SharedRule>();
  const ruleKey = (rule: HeaderRule) => JSON.stringify({ ...rule, source: undefined });
  const statedBy = new Map<string, number>();
  for (const operation of model.operations)
    for (const key of new Set(operation.rules.map(ruleKey))) statedBy.set(key, (statedBy.get(key) ?? 0) + 1);
  for (const operation of model.operations)
    for (const rule of operation.rules) {
      const key = ruleKey(rule);
      if (rules.has(key) || (statedBy.get(key) ?? 0) < 2) continue;
      const reads = [...new Set(ruleNames(rule))];
      const base = freeBase(`${pascal(unprefixed(reads[0] ?? ""))}${pascal(rule.kind)}`, (name) => [`check${name}`]);
      const file = componentFile(base);
      const checkName = file.declare(scope.name(`check${base}`));
      const locals = file.scope.child(["fail", "present", "missing"]);
      const params = new Map(reads.map((wireName) => [wireName, locals.name(camel(unprefixed(wireName)))]));
      file.add(
        functionDeclaration({
          name: checkName,
          docs: `The rule "${rule.description}", over the values of ${reads.map((name) => `\`${name}\``).join(", ")} (undefined: absent).`,
          parameters: [
            { name: "fail", type: file.use(Fail) },
            ...reads.map((wireName) => ({ name: params.get(wireName) as string, type: "unknown" })),
          ],
          returns: "void",
          body: compileRule(rule, status(rule.error), (wireName) => params.get(wireName) ?? "undefined"),
        }),
        "block",
      );
      rules.set(key, { check: codeSymbol("validator", file.path, checkName), reads });
    }

  return {
    of: (binding) => {
      const canonical = sharing.get(binding);
      return canonical && declared.get(canonical);
    },
    rule: (rule) => rules.get(ruleKey(rule)),
    files,
    interfaceFiles,
  };
}

/** A header's name without its `x-amz-` / `x-obs-` family prefix, for identifiers. */
const unprefixed = (wireName: string) => wireName.replace(/^x-(amz|obs)-/i, "");
