import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { OperationModel, ServiceModel } from "../model/types.js";
import { compileConstraint, compilePrefixLimit, compileRule } from "./constraint-code.js";
import { headerPass } from "./header-pass.js";
import { constantCase, docText, kebab, literal } from "./names.js";
import type { SourceFiles } from "./package.js";
import { enumStatements, inputInterface, inputTypeName, memberType, outputInterface, scalarMembers } from "./types-code.js";

export const validateFunctionName = (operation: OperationModel) => `validate${operation.id}Request`;

/** The validator package's generated sources: types, error catalog, one validator per operation. */
export function emitValidator(model: ServiceModel): SourceFiles {
  const files: SourceFiles = new Map();
  files.set("src/error-codes.ts", [
    {
      kind: StructureKind.Interface,
      name: "ErrorCodeInfo",
      isExported: true,
      docs: ["What the catalog knows of an S3 error code."],
      properties: [
        { name: "status", type: "number", docs: ["The HTTP status it answers."] },
        { name: "description", type: "string", docs: ["What it means."] },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Every S3 error code of the Error Codes page, with its HTTP status."],
      declarations: [
        {
          name: "ERROR_CODES",
          type: "Readonly<Record<string, ErrorCodeInfo>>",
          initializer: `Object.freeze({\n${model.errorCodes
            .map((e) => `${literal(e.code)}: { status: ${e.status}, description: ${literal(e.description)} },`)
            .join("\n")}\n})`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "errorStatus",
      docs: ["The HTTP status of an error code; 500 for a code the catalog does not know."],
      parameters: [{ name: "code", type: "string" }],
      returnType: "number",
      statements: "return Object.hasOwn(ERROR_CODES, code) ? (ERROR_CODES[code]?.status ?? 500) : 500;",
    },
  ]);
  files.set("src/types.ts", enumStatements(model));
  for (const operation of model.operations) files.set(`src/${kebab(operation.id)}.ts`, operationStatements(model, operation));
  files.set("src/index.ts", [
    `export * from "./runtime/request.js";`,
    `export * from "./runtime/obs-error.js";`,
    `export * from "./error-codes.js";`,
    `export * from "./types.js";`,
    ...model.operations.map((operation) => `export * from "./${kebab(operation.id)}.js";`),
  ]);
  return files;
}

function operationStatements(model: ServiceModel, operation: OperationModel): StatementStructures[] {
  const status = (code: string) => model.errorCodes.find((e) => e.code === code)?.status ?? 400;
  const uses = new Set<string>();
  const enumTypes = new Set<string>();
  const body: string[] = [
    "const errors: ValidationIssue[] = [];",
    "const fail = (code: string, status: number, target: string, message: string): void => {\n  errors.push({ code, status, target, message });\n};",
    "// Callers from plain JavaScript may pass anything; treat a non-object as an empty request.",
    "const source: ObsRequest = request !== null && typeof request === \"object\" ? request : {};",
  ];
  // Each member is read into a local of its own name; headers in one pass first.
  const bindings = scalarMembers(operation);
  const ruleNames = operation.rules.flatMap((rule) => (rule.kind === "together" ? rule.headers : rule.kind === "requires" ? [rule.when, ...rule.requires] : rule.groups.flat()));
  const md5Names = bindings.flatMap((binding) => binding.constraints.flatMap((c) => (c.kind === "md5Of" ? [c.wireName] : [])));
  const pass = headerPass(
    operation,
    bindings.filter((binding) => binding.location === "header"),
    [...ruleNames, ...md5Names],
  );
  body.push(pass.code);
  if (operation.headers.some((h) => h.constraints.some((c) => c.kind === "afterRequestTime"))) {
    body.push("const requestTime = (options.requestTime ?? new Date()).getTime();");
  }
  for (const binding of bindings) {
    const local = binding.member;
    if (binding.location === "header") body.push(`\n// ${binding.wireName}`);
    else {
      const read =
        binding.location === "query"
          ? `queryValue(source.query, ${literal(binding.wireName)})`
          : `typeof source.${binding.member} === "string" ? source.${binding.member} : undefined`;
      if (binding.location === "query") uses.add("queryValue");
      body.push(`\n// ${binding.location}: ${binding.wireName}\nconst ${local} = ${read};`);
    }
    const checks: string[] = [];
    if (binding.required) {
      checks.push(`if (${local} === undefined || ${local} === "") {\n  fail("InvalidArgument", ${status("InvalidArgument")}, ${literal(binding.wireName)}, ${literal(`${binding.wireName} is required.`)});\n}`);
    }
    const guard = binding.type.name && binding.type.enumValues ? `is${binding.type.name}` : undefined;
    if (guard) enumTypes.add(binding.type.name ?? "");
    binding.constraints.forEach((constraint, index) => {
      const compiled = compileConstraint(binding, constraint, local, guard, pass.localOf);
      compiled.uses.forEach((helper) => uses.add(helper));
      const keyword = index === 0 && !binding.required ? `if (${local} !== undefined) {\n  if` : "else if";
      checks.push(`${keyword} (${compiled.failsWhen}) {\n  fail(${literal(binding.error ?? "InvalidArgument")}, ${status(binding.error ?? "InvalidArgument")}, ${literal(binding.wireName)}, ${compiled.message});\n}`);
    });
    if (binding.constraints.length > 0 && !binding.required) checks.push("}");
    body.push(checks.join(" "));
  }
  for (const prefix of operation.prefixHeaders) {
    if (prefix.maxTotalBytes !== undefined) uses.add("recordUtf8Length");
    body.push(`\n// ${prefix.prefix}*`);
    body.push(compilePrefixLimit(prefix, prefix.member, status(prefix.error ?? "InvalidArgument")));
  }
  if (operation.rules.length > 0) body.push("\n// Rules across headers.");
  for (const rule of operation.rules) body.push(compileRule(rule, status(rule.error), pass.localOf));

  // Required members go in the literal; optional ones are set only when present (no spread objects per member).
  const required = bindings.filter((binding) => binding.required).map((binding) => `${binding.member}: ${binding.member} as ${memberType(binding)},`);
  const optional = [
    ...bindings
      .filter((binding) => !binding.required)
      .map((binding) => {
        const type = memberType(binding);
        return `if (${binding.member} !== undefined) value.${binding.member} = ${type === "string" ? binding.member : `${binding.member} as ${type}`};`;
      }),
    ...operation.prefixHeaders.map((prefix) => `if (${prefix.member} !== undefined) value.${prefix.member} = ${prefix.member};`),
  ];
  body.push(
    "\nif (errors.length > 0) return { ok: false, errors };",
    "// Every value was checked above; the casts narrow the strings to their enum types.",
    `const value: ${inputTypeName(operation)} = {\n${required.join("\n")}\n};`,
    ...optional,
    "return { ok: true, value };",
  );

  const valueSets: StatementStructures[] = bindings
    .filter((binding) => binding.type.enumValues && !binding.type.name)
    .map((binding) => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: `${constantCase(binding.member)}_VALUES`, type: "ReadonlySet<string>", initializer: `new Set([${(binding.type.enumValues ?? []).map(literal).join(", ")}])` }],
    }));
  const checkHelpers = [...uses].filter((h) => h !== "queryValue").sort();
  const requestHelpers = ["headerValue", ...(uses.has("queryValue") ? ["queryValue"] : [])];
  const namedEnums = [...enumTypes].sort();
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/request.js",
      namedImports: [...requestHelpers, "type ObsRequest", "type ValidateOptions", "type ValidationIssue", "type ValidationResult"],
    },
    ...(checkHelpers.length > 0 ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "./runtime/checks.js", namedImports: checkHelpers }] : []),
    ...(namedEnums.length > 0 ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "./types.js", namedImports: namedEnums.flatMap((n) => [`type ${n}`, `is${n}`]) }] : []),
    inputInterface(operation),
    outputInterface(operation),
    ...valueSets,
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`The ${operation.summary} input members that are secrets (\`x-obs-sensitive\`): never log or store them.`],
      declarations: [
        {
          name: `${constantCase(operation.id)}_SENSITIVE_MEMBERS`,
          type: `ReadonlySet<keyof ${inputTypeName(operation)}>`,
          initializer: `new Set([${bindings.filter((b) => b.sensitive).map((b) => literal(b.member)).join(", ")}])`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: validateFunctionName(operation),
      docs: [
        docText(
          `Validates ${/^[AEIOU]/.test(operation.summary) ? "an" : "a"} ${operation.summary} request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.\n\n` +
            `Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.\n\n` +
            `@param request The routed request: bucket, decoded key, query and headers.\n@param options \`requestTime\`: the time the request was received (default: now).`,
        ),
      ],
      parameters: [
        { name: "request", type: "ObsRequest" },
        { name: "options", type: "ValidateOptions", initializer: "{}" },
      ],
      returnType: `ValidationResult<${inputTypeName(operation)}>`,
      statements: body.filter((line) => line !== ""),
    },
  ];
}
