import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import {
  ruleNames,
  type OperationModel,
  type ScalarBinding,
  type ServiceModel,
  type StructureShape,
  type XmlMember,
  type XmlShape,
} from "../model/types.js";
import { bodyUnitOf } from "../bodies/index.js";
import { bindingCheck, CHECK_HELPERS } from "./binding-check.js";
import { compilePrefixLimit, compileRule } from "./rule-code.js";
import { sharedParameters, type SharedParameters } from "./shared-parameters.js";
import { headerPass } from "./header-pass.js";
import { constantCase, docText, kebab, literal, Scope } from "./names.js";
import type { SourceFiles } from "./package.js";
import {
  documentDescriptor,
  inputDocumentName,
  inputInterface,
  inputTypeName,
  memberType,
  outputDocumentName,
  outputInterface,
  scalarMembers,
  sharedTypeStatements,
  structureShapeName,
} from "./types-code.js";

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
  const types = sharedTypeStatements(model);
  // A spec without enums or structures still has the module the index re-exports.
  files.set("src/types.ts", types.length > 0 ? types : ["export {};"]);
  const shared = sharedParameters(model, (code) => statusOf(model, code));
  for (const [path, statements] of shared.files) files.set(path, statements);
  for (const operation of model.operations)
    files.set(`src/${kebab(operation.id)}.ts`, operationStatements(model, operation, shared));
  files.set("src/index.ts", [
    `export * from "./runtime/request.js";`,
    `export * from "./runtime/obs-error.js";`,
    `export * from "./runtime/xml-shapes.js";`,
    `export { parseDecimalInteger, parseBooleanText, parseHttpDate } from "./runtime/checks.js";`,
    `export * from "./error-codes.js";`,
    `export * from "./types.js";`,
    ...shared.interfaceModules.map((module) => `export type * from "${module}";`),
    ...model.operations.map((operation) => `export * from "./${kebab(operation.id)}.js";`),
  ]);
  return files;
}

/** The runtime helpers a validator may call: no member's local may take their names. */
const HELPERS = [
  ...CHECK_HELPERS,
  "requestHeaders",
  "prefixedHeaders",
  "queryValue",
  "recordExceedsUtf8Bytes",
  "readXmlDocument",
  "errorStatus",
];
const FUNCTION_LOCALS = [
  "errors",
  "fail",
  "source",
  "request",
  "options",
  "value",
  "headers",
  "requestTime",
  "present",
  "missing",
  "body",
  "payload",
];

const statusOf = (model: ServiceModel, code: string) => model.errorCodes.find((e) => e.code === code)?.status ?? 400;

function operationStatements(
  model: ServiceModel,
  operation: OperationModel,
  shared: SharedParameters,
): StatementStructures[] {
  const status = (code: string) => statusOf(model, code);
  const uses = new Set<string>();
  // What this operation imports from src/components/: names by module.
  const components = new Map<string, Set<string>>();
  const importFrom = (module: string, name: string) =>
    components.set(module, (components.get(module) ?? new Set()).add(name));
  const enumTypes = new Set<string>();
  const bindings = scalarMembers(operation);
  const scope = new Scope([
    ...HELPERS,
    ...FUNCTION_LOCALS,
    ...bindings.flatMap((b) =>
      b.type.name ? [b.type.name, `is${b.type.name}`] : [`${constantCase(b.member)}_VALUES`],
    ),
    inputDocumentName(operation),
    inputTypeName(operation),
  ]);
  // Each member's value lands in a local of its own; a non-string member's text in another.
  const locals = new Map(bindings.map((b) => [b, scope.name(b.member)]));
  const texts = new Map(
    bindings.map((b) => [b, b.type.kind === "string" ? (locals.get(b) as string) : scope.name(`${b.member}Text`)]),
  );
  const prefixLocals = new Map(operation.prefixHeaders.map((p) => [p, scope.name(p.member)]));
  const payloadLocal = operation.payload ? scope.name("payloadValue") : "";
  const body: string[] = [
    "const errors: ValidationIssue[] = [];",
    "const fail = (code: string, status: number, target: string, message: string): void => {\n  errors.push({ code, status, target, message });\n};",
    "// Callers from plain JavaScript may pass anything; treat a non-object as an empty request.",
    'const source: ObsRequest = request !== null && typeof request === "object" ? request : {};',
  ];
  const namedByRules = operation.rules.flatMap(ruleNames);
  const md5Names = bindings.flatMap((binding) =>
    binding.constraints.flatMap((c) => (c.kind === "md5Of" ? [c.wireName] : [])),
  );
  const headerBindings = bindings.filter((binding) => binding.location === "header");
  const requestDocument = operation.payload && bodyUnitOf(operation.payload).document(operation.payload);
  const bodyMembers = new Map((requestDocument?.members ?? []).map((m) => [m.xmlName, m] as const));
  const queryTexts = new Map(
    bindings.filter((b) => b.location === "query").map((b) => [b.wireName, texts.get(b) as string]),
  );
  const requiredTransport = operation.transportHeaders.filter((header) => header.required);
  const pass = headerPass(
    operation,
    headerBindings.map((binding) => [binding.wireName, texts.get(binding) as string]),
    [...namedByRules, ...md5Names, ...requiredTransport.map((header) => header.wireName)].filter(
      (name) => !queryTexts.has(name) && !bodyMembers.has(name),
    ),
    prefixLocals,
    scope,
  );
  // Rules may name query parameters (present: their text is) and body elements (present: the document has one).
  const localOf = (wireName: string) => {
    const element = bodyMembers.get(wireName);
    if (element && !queryTexts.has(wireName))
      return element.list
        ? `(${payloadLocal}?.[${literal(element.member)}] as unknown[] | undefined)?.[0]`
        : `${payloadLocal}?.[${literal(element.member)}]`;
    return queryTexts.get(wireName) ?? pass.localOf(wireName);
  };
  body.push(pass.code);
  for (const header of requiredTransport) {
    const code = header.error ?? "InvalidRequest";
    body.push(
      `\n// ${header.wireName}: required; the client's transport adds it, so its own check leaves it out.`,
      `if (${pass.localOf(header.wireName)} === undefined && options.checkTransport !== false) {\n  fail(${literal(code)}, ${status(code)}, ${literal(header.wireName)}, ${literal(`Missing required header for this request: ${header.wireName}.`)});\n}`,
    );
  }
  if (operation.headers.some((h) => h.constraints.some((c) => c.kind === "afterRequestTime"))) {
    body.push("const requestTime = (options.requestTime ?? new Date()).getTime();");
  }
  for (const binding of bindings) {
    const local = locals.get(binding) as string;
    const text = texts.get(binding) as string;
    if (binding.location !== "header") {
      const read =
        binding.location === "query"
          ? `queryValue(source.query, ${literal(binding.wireName)})`
          : `typeof source.${binding.location === "path" && binding === operation.bucket ? "bucket" : "key"} === "string" ? source.${binding === operation.bucket ? "bucket" : "key"} : undefined`;
      if (binding.location === "query") uses.add("queryValue");
      body.push(`\n// ${binding.location}: ${binding.wireName}\nconst ${text} = ${read};`);
    }
    const kind = binding.type.kind;
    const sharedParameter = shared.of(binding);
    if (sharedParameter) {
      // Defined once in src/components/: one call.
      if (sharedParameter.checkName) {
        importFrom(sharedParameter.module, sharedParameter.checkName);
        const args = [text, "fail", ...sharedParameter.reads.map(localOf)];
        if (sharedParameter.readsRequestTime) args.push("requestTime");
        const call = `${sharedParameter.checkName}(${args.join(", ")})`;
        const reassigned = binding.type.defaultValue !== undefined;
        body.push(kind === "string" ? `${call};` : `${reassigned ? "let" : "const"} ${local} = ${call};`);
      }
    } else {
      const guard = binding.type.name && binding.type.enumValues ? `is${binding.type.name}` : undefined;
      if (guard) enumTypes.add(binding.type.name ?? "");
      const checks = bindingCheck(
        binding,
        {
          text,
          local,
          guard: guard ?? (binding.type.enumValues ? `${constantCase(binding.member)}_VALUES.has` : undefined),
          localOf,
        },
        status,
        uses,
      );
      if (kind !== "string") body.push(`let ${local}: ${memberType(binding)} | undefined;`);
      // A header's checks under its name (a header without checks needs no line).
      if (binding.location === "header" && checks) body.push(`\n// ${binding.wireName}`);
      if (checks) body.push(checks);
    }
    const type = binding.type;
    if (type.defaultOutside) {
      body.push(
        `// Outside ${type.defaultOutside.minimum}–${type.defaultOutside.maximum} (or absent) the default applies.`,
      );
      body.push(
        `if (${local} === undefined || ${local} < ${type.defaultOutside.minimum} || ${local} > ${type.defaultOutside.maximum}) ${local} = ${String(type.defaultValue)};`,
      );
    } else if (type.defaultValue !== undefined) {
      body.push(
        `${kind === "string" ? `const ${local}Defaulted` : local} ${kind === "string" ? "=" : "??="} ${kind === "string" ? `${text} ?? ${literal(String(type.defaultValue))}` : JSON.stringify(type.defaultValue)};`,
      );
    }
  }
  for (const prefix of operation.prefixHeaders) {
    if (prefix.maxTotalBytes !== undefined) uses.add("recordExceedsUtf8Bytes");
    body.push(`\n// ${prefix.prefix}*`);
    body.push(
      compilePrefixLimit(prefix, prefixLocals.get(prefix) as string, status(prefix.error ?? "InvalidArgument")),
    );
  }
  const payload = operation.payload;
  // The body's unit reads it (an XML document, a stream) and says which members it sets.
  const validated = payload
    ? bodyUnitOf(payload).validate(payload, {
        local: payloadLocal,
        missing: `fail(${literal(payload.error ?? "InvalidArgument")}, ${status(payload.error ?? "InvalidArgument")}, "body", "The request body is required.");`,
        documentName: inputDocumentName(operation),
        inputTypeName: inputTypeName(operation),
      })
    : { read: [], required: [], optional: [], imports: {} as Record<string, string[]> };
  if (validated.imports["./error-codes.js"]) uses.add("errorStatus");
  body.push(...validated.read);

  if (operation.rules.length > 0) body.push("\n// Rules across headers, query parameters and body elements.");
  const transportNames = new Set(operation.transportHeaders.map((header) => header.wireName));
  for (const rule of operation.rules) {
    const sharedRule = shared.rule(rule);
    let code: string;
    if (sharedRule === undefined) {
      code = compileRule(rule, status(rule.error), localOf);
      // A rule whose code declares locals gets a block of its own.
      if (code.startsWith("const ")) code = `{\n${code}\n}`;
    } else {
      importFrom(sharedRule.module, sharedRule.checkName);
      code = `${sharedRule.checkName}(fail, ${sharedRule.reads.map(localOf).join(", ")});`;
    }
    // A rule over transport headers alone (Content-MD5 or a checksum) is the transport's to meet:
    // the client's own check, made before its transport adds them, leaves it out.
    const transportOnly = ruleNames(rule).every((name) => transportNames.has(name));
    body.push(
      `// ${rule.description.replace(/\s+/g, " ")}`,
      transportOnly ? `if (options.checkTransport !== false) {\n${code}\n}` : code,
    );
  }

  // The checked local of a member, narrowed to its type (an enum from string, a required member from `| undefined`).
  const valueOf = (binding: ScalarBinding, required: boolean) => {
    const local = locals.get(binding) as string;
    const value =
      binding.type.kind === "string" && binding.type.defaultValue !== undefined && !binding.type.defaultOutside
        ? `${local}Defaulted`
        : local;
    const type = memberType(binding);
    return required || type !== (binding.type.kind === "string" ? "string" : type) ? `${value} as ${type}` : value;
  };
  const hasDefault = (binding: ScalarBinding) => binding.type.defaultValue !== undefined;
  // Required members go in the literal; optional ones are set only when present (no spread objects per member).
  const required = bindings
    .filter((binding) => binding.required)
    .map((binding) => `${binding.member}: ${valueOf(binding, true)},`);
  const optional = [
    ...bindings
      .filter((binding) => !binding.required)
      .map((binding) =>
        hasDefault(binding)
          ? `value.${binding.member} = ${valueOf(binding, true)};`
          : `if (${locals.get(binding)} !== undefined) value.${binding.member} = ${valueOf(binding, false)};`,
      ),
    ...operation.prefixHeaders.map(
      (prefix) =>
        `if (${prefixLocals.get(prefix)} !== undefined) value.${prefix.member} = ${prefixLocals.get(prefix)};`,
    ),
  ];
  // The payload's members: the XML document's (checked above), or the stream.
  required.push(...validated.required);
  optional.push(...validated.optional);
  body.push(
    "\nif (errors.length > 0) return { ok: false, errors };",
    "// Every value was checked above; the casts narrow the values to their types.",
    `const value: ${inputTypeName(operation)} = {\n${required.join("\n")}\n};`,
    ...optional,
    "return { ok: true, value };",
  );

  const valueSets: StatementStructures[] = bindings
    // A shared parameter's set is in its component's file.
    .filter((binding) => binding.type.enumValues && !binding.type.name && !shared.of(binding))
    .map((binding) => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: `${constantCase(binding.member)}_VALUES`,
          type: "ReadonlySet<string>",
          initializer: `new Set([${(binding.type.enumValues ?? []).map(literal).join(", ")}])`,
        },
      ],
    }));
  const checkHelpers = [...uses]
    .filter((h) => h !== "queryValue" && h !== "readXmlDocument" && h !== "errorStatus")
    .sort();
  const requestHelpers = [
    ...(operation.prefixHeaders.length > 0 ? ["prefixedHeaders"] : []),
    ...(uses.has("queryValue") ? ["queryValue"] : []),
    "requestHeaders",
  ];
  const documents: StatementStructures[] = [];
  if (requestDocument)
    documents.push(
      documentConst(
        inputDocumentName(operation),
        `How the ${operation.summary} request body is read.`,
        requestDocument,
      ),
    );
  if (operation.response.body)
    documents.push(
      documentConst(
        outputDocumentName(operation),
        `How the ${operation.summary} response body is written and read.`,
        operation.response.body,
      ),
    );
  const xmlImports = [
    ...(documents.length > 0 ? ["type XmlDocumentShape"] : []),
    ...(validated.imports["./runtime/xml-shapes.js"] ?? []),
  ];
  // Enum types the interfaces name (headers and top-level elements), the guards the checks call, the structures the documents use.
  const enumNames = [
    ...bindings.flatMap((b) => (b.type.name ? [b.type.name] : [])),
    ...operation.response.headers.flatMap((h) => (h.type.name ? [h.type.name] : [])),
    ...[...(requestDocument?.members ?? []), ...(operation.response.body?.members ?? [])].flatMap((m) =>
      m.shape.kind === "scalar" && m.shape.type.name ? [m.shape.type.name] : [],
    ),
  ];
  const structures = namedStructuresOf(operation);
  const namedTypes = [
    ...new Set([
      ...enumNames.map((n) => `type ${n}`),
      ...[...enumTypes].map((n) => `is${n}`),
      ...structures.map((shape) => `type ${shape.name}`),
      ...(documents.length > 0 ? structures.map(structureShapeName) : []),
    ]),
  ].sort();
  for (const binding of bindings) {
    const sharedParameter = shared.of(binding);
    if (sharedParameter) importFrom(sharedParameter.module, `type ${sharedParameter.interfaceName}`);
  }
  const componentImports: StatementStructures[] = [...components]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: module,
      namedImports: [...names].sort(),
    }));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/request.js",
      namedImports: [
        ...requestHelpers,
        "type ObsRequest",
        "type ValidateOptions",
        "type ValidationIssue",
        "type ValidationResult",
      ],
    },
    ...(checkHelpers.length > 0
      ? [
          {
            kind: StructureKind.ImportDeclaration as const,
            moduleSpecifier: "./runtime/checks.js",
            namedImports: checkHelpers,
          },
        ]
      : []),
    ...(xmlImports.length > 0
      ? [
          {
            kind: StructureKind.ImportDeclaration as const,
            moduleSpecifier: "./runtime/xml-shapes.js",
            namedImports: xmlImports,
          },
        ]
      : []),
    ...(uses.has("errorStatus")
      ? [
          {
            kind: StructureKind.ImportDeclaration as const,
            moduleSpecifier: "./error-codes.js",
            namedImports: ["errorStatus"],
          },
        ]
      : []),
    ...(namedTypes.length > 0
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "./types.js", namedImports: namedTypes }]
      : []),
    ...componentImports,
    inputInterface(operation, (binding) => shared.of(binding)?.interfaceName),
    outputInterface(operation),
    ...documents,
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
          initializer: `new Set([${bindings
            .filter((b) => b.sensitive)
            .map((b) => literal(b.member))
            .join(", ")}])`,
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
            `@param request The routed request: bucket, decoded key, query, headers${payload ? " and payload" : ""}.\n@param options \`requestTime\`: the time the request was received (default: now).`,
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

function documentConst(name: string, doc: string, document: XmlShape): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, type: "XmlDocumentShape", initializer: documentDescriptor(document) }],
  };
}

/** The named structures an operation's bodies refer to, directly or through others. */
export function namedStructuresOf(operation: OperationModel): StructureShape[] {
  const found = new Set<StructureShape>();
  const visit = (members: XmlMember[]) => {
    for (const member of members) {
      if (member.shape.kind !== "structure" || found.has(member.shape)) continue;
      if (member.shape.name) found.add(member.shape);
      visit(member.shape.members);
    }
  };
  if (operation.payload) visit(bodyUnitOf(operation.payload).document(operation.payload)?.members ?? []);
  if (operation.response.body) visit(operation.response.body.members);
  return [...found];
}
