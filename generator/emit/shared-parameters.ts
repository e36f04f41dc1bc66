import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { ruleNames, type HeaderRule, type ScalarBinding, type ServiceModel } from "../model/types.js";
import { bindingCheck, CHECK_HELPERS } from "./binding-check.js";
import { compileRule } from "./rule-code.js";
import { camel, constantCase, docText, kebab, literal, pascal, Scope } from "./names.js";
import { inputProperty, memberType, scalarMembers } from "./types-code.js";

/** A parameter component defined once, in a file of its own under the validator's src/components/. */
export interface SharedParameter {
  /** The module, relative to src/ (`./components/bucket-name.js`). */
  module: string;
  interfaceName: string;
  /** The check function, when the parameter has anything to check. */
  checkName: string | undefined;
  /** Other headers whose text the check reads (an MD5 of another header), passed after `fail`. */
  reads: string[];
  /** Whether the check compares with the request time, passed last. */
  readsRequestTime: boolean;
}

/** A rule across headers, query parameters and body elements, defined once: its function and the names whose values it takes. */
export interface SharedRule {
  module: string;
  checkName: string;
  /** The wire names whose values (undefined: absent) the function takes after `fail`, in order. */
  reads: string[];
}

export interface SharedParameters {
  of(binding: ScalarBinding): SharedParameter | undefined;
  /** The function of a rule that several operations state; undefined for a rule stated once (inline in its operation). */
  rule(rule: HeaderRule): SharedRule | undefined;
  /** src/components/<name>.ts, one per shared parameter and per shared rule. */
  files: Map<string, StatementStructures[]>;
  /** The modules whose interfaces the index re-exports. */
  interfaceModules: string[];
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
  // One scope for every component's names: an operation imports several side by side.
  const scope = new Scope(["Fail", ...enumNames, ...enumNames.map((name) => `is${name}`), ...CHECK_HELPERS]);
  // A component's base name (its file's, and its identifiers' stem): the first whose identifiers are all free.
  const bases = new Set<string>();
  const freeBase = (wanted: string, identifiers: (base: string) => string[]) => {
    let base = wanted;
    for (let n = 2; bases.has(base) || identifiers(base).some((name) => scope.taken(name)); n++) base = `${wanted}${n}`;
    bases.add(base);
    return base;
  };
  const files = new Map<string, StatementStructures[]>();
  const interfaceModules: string[] = [];
  const addFile = (base: string, statements: StatementStructures[], uses: Set<string>, types: string[]): string => {
    const checkHelpers = [...uses].sort();
    files.set(`src/components/${kebab(base)}.ts`, [
      ...(statements.some((statement) => statement.kind === StructureKind.Function)
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../runtime/request.js",
              namedImports: ["type Fail"],
            },
          ]
        : []),
      ...(checkHelpers.length > 0
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../runtime/checks.js",
              namedImports: checkHelpers,
            },
          ]
        : []),
      ...(types.length > 0
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../types.js",
              namedImports: types.sort(),
            },
          ]
        : []),
      ...statements,
    ]);
    return `./components/${kebab(base)}.js`;
  };

  const declared = new Map<ScalarBinding, SharedParameter>();
  for (const [component, { binding }] of [...first].sort(([a], [b]) => a.localeCompare(b))) {
    const base = freeBase(pascal(component), (name) => [`${name}Parameter`, `check${name}`]);
    const interfaceName = scope.name(`${base}Parameter`);
    const statements: StatementStructures[] = [
      {
        kind: StructureKind.Interface,
        name: interfaceName,
        isExported: true,
        docs: [`The member of \`#/components/parameters/${component}\`, in every operation input that uses it.`],
        properties: [inputProperty(binding)],
      },
    ];
    const types = binding.type.name ? [`type ${binding.type.name}`] : [];
    const locals = new Scope(["fail", "requestTime", ...CHECK_HELPERS, ...enumNames.map((name) => `is${name}`)]);
    const isString = binding.type.kind === "string";
    const text = locals.name(isString ? "value" : "text");
    const local = isString ? text : locals.name("value");
    const reads = binding.constraints.flatMap((c) => (c.kind === "md5Of" ? [c.wireName] : []));
    const readNames = new Map(reads.map((wireName) => [wireName, locals.name(camel(wireName))]));
    let guard: string | undefined;
    if (binding.type.enumValues && binding.type.name) {
      guard = `is${binding.type.name}`;
      types.push(guard);
    } else if (binding.type.enumValues) {
      const values = `${constantCase(base)}_VALUES`;
      guard = `${values}.has`;
      statements.push({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [
          {
            name: values,
            type: "ReadonlySet<string>",
            initializer: `new Set([${binding.type.enumValues.map(literal).join(", ")}])`,
          },
        ],
      });
    }
    const uses = new Set<string>();
    const checks = bindingCheck(
      binding,
      { text, local, guard, localOf: (wireName) => readNames.get(wireName) ?? "undefined" },
      status,
      uses,
    );
    const readsRequestTime = binding.constraints.some((c) => c.kind === "afterRequestTime");
    const checkName = checks ? scope.name(`check${base}`) : undefined;
    if (checkName)
      statements.push({
        kind: StructureKind.Function,
        isExported: true,
        name: checkName,
        docs: [
          docText(
            `Checks ${binding.location} \`${binding.wireName}\` as \`#/components/parameters/${component}\` defines it, reporting each broken rule to \`fail\`${isString ? "" : "; returns the parsed value"}.`,
          ),
        ],
        parameters: [
          { name: text, type: "string | undefined" },
          { name: "fail", type: "Fail" },
          ...reads.map((wireName) => ({ name: readNames.get(wireName) as string, type: "string | undefined" })),
          ...(readsRequestTime ? [{ name: "requestTime", type: "number" }] : []),
        ],
        returnType: isString ? "void" : `${memberType(binding)} | undefined`,
        statements: isString
          ? [checks]
          : [`let ${local}: ${memberType(binding)} | undefined;`, checks, `return ${local};`],
      });
    const module = addFile(base, statements, uses, types);
    interfaceModules.push(module);
    declared.set(binding, { module, interfaceName, checkName, reads, readsRequestTime });
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
      const names = ruleNames(rule);
      const reads = [...new Set(names)];
      const base = freeBase(`${pascal(unprefixed(names[0] ?? ""))}${pascal(rule.kind)}`, (name) => [`check${name}`]);
      const checkName = scope.name(`check${base}`);
      const locals = new Scope(["fail", "present", "missing"]);
      const params = new Map(reads.map((wireName) => [wireName, locals.name(camel(unprefixed(wireName)))]));
      const statement: StatementStructures = {
        kind: StructureKind.Function,
        isExported: true,
        name: checkName,
        docs: [
          docText(
            `The rule "${rule.description}", over the values of ${reads.map((name) => `\`${name}\``).join(", ")} (undefined: absent).`,
          ),
        ],
        parameters: [
          { name: "fail", type: "Fail" },
          ...reads.map((wireName) => ({ name: params.get(wireName) as string, type: "unknown" })),
        ],
        returnType: "void",
        statements: [compileRule(rule, status(rule.error), (wireName) => params.get(wireName) ?? "undefined")],
      };
      rules.set(key, { module: addFile(base, [statement], new Set(), []), checkName, reads });
    }

  return {
    of: (binding) => {
      const canonical = sharing.get(binding);
      return canonical && declared.get(canonical);
    },
    rule: (rule) => rules.get(ruleKey(rule)),
    files,
    interfaceModules,
  };
}

/** A header's name without its `x-amz-` / `x-obs-` family prefix, for identifiers. */
const unprefixed = (wireName: string) => wireName.replace(/^x-(amz|obs)-/i, "");
