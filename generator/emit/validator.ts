import { constDeclaration, functionDeclaration, interfaceDeclaration } from "../code/declarations.js";
import { SourceFile } from "../code/source-file.js";
import {
  ruleNames,
  type OperationModel,
  type ScalarBinding,
  type ServiceModel,
  type XmlShape,
} from "../model/types.js";
import { bodyUnitOf } from "../bodies/index.js";
import { bindingCheck, enumTestOf, isTyped } from "./binding-check.js";
import { compilePrefixLimit, compileRule } from "./rule-code.js";
import { sharedParameters, type SharedParameters } from "./shared-parameters.js";
import { headerPass } from "./header-pass.js";
import { constantCase, literal } from "./names.js";
import {
  ObsRequest,
  requestValues,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
  validatorSymbols,
  XmlDocumentShape,
} from "./symbols.js";
import { groupFiles, groupModules } from "./groups.js";
import {
  documentDescriptor,
  inputInterface,
  memberType,
  outputInterface,
  scalarMembers,
  sharedTypesFile,
} from "./types-code.js";

/** The validator package's generated sources, by path: types, error catalog, one validator per operation. */
export function emitValidator(model: ServiceModel): Map<string, string> {
  const files = new Map<string, string>();
  files.set("src/error-codes.ts", errorCodesFile(model).text());
  files.set("src/types.ts", sharedTypesFile(model).text());
  const shared = sharedParameters(model, (code) => statusOf(model, code));
  for (const file of shared.files) files.set(file.path, file.text());
  for (const file of groupFiles("validator", model, (file, operation) => addOperation(file, model, operation, shared)))
    files.set(file.path, file.text());
  files.set(
    "src/index.ts",
    [
      `export * from "./runtime/request.js";`,
      `export * from "./runtime/obs-error.js";`,
      `export * from "./runtime/xml-shapes.js";`,
      `export * from "./runtime/json-shapes.js";`,
      `export { parseDecimalInteger, parseBooleanText, parseHttpDate } from "./runtime/checks.js";`,
      `export * from "./error-codes.js";`,
      `export * from "./types.js";`,
      ...shared.interfaceFiles.map(
        (path) => `export type * from "${path.replace(/^src\//, "./").replace(/\.ts$/, ".js")}";`,
      ),
      ...groupModules(model).map((path) => `export * from "./${path.slice(4, -3)}.js";`),
    ].join("\n") + "\n",
  );
  return files;
}

function errorCodesFile(model: ServiceModel): SourceFile {
  const file = new SourceFile("validator", "src/error-codes.ts");
  file.add(
    interfaceDeclaration({
      name: file.declare("ErrorCodeInfo"),
      docs: "What the catalog knows of an S3 error code.",
      properties: [
        { name: "status", type: "number", docs: "The HTTP status it answers." },
        { name: "description", type: "string", docs: "What it means." },
      ],
    }),
    "block",
  );
  file.add(
    constDeclaration({
      name: file.declare("ERROR_CODES"),
      docs: "Every S3 error code of the Error Codes page, with its HTTP status.",
      type: "Readonly<Record<string, ErrorCodeInfo>>",
      value: `Object.freeze({\n${model.errorCodes
        .map((e) => `${literal(e.code)}: { status: ${e.status}, description: ${literal(e.description)} },`)
        .join("\n")}\n})`,
    }),
  );
  file.add(
    functionDeclaration({
      name: file.declare("errorStatus"),
      docs: "The HTTP status of an error code; 500 for a code the catalog does not know.",
      parameters: [{ name: "code", type: "string" }],
      returns: "number",
      body: "return Object.hasOwn(ERROR_CODES, code) ? (ERROR_CODES[code]?.status ?? 500) : 500;",
    }),
    "block",
  );
  return file;
}

/** The names a validator function's body writes itself: no member's local may take them. */
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
];

const statusOf = (model: ServiceModel, code: string) => model.errorCodes.find((e) => e.code === code)?.status ?? 400;

/** An operation's input and output interfaces, its documents' descriptors, and its validate function. */
function addOperation(
  file: SourceFile,
  model: ServiceModel,
  operation: OperationModel,
  shared: SharedParameters,
): void {
  const names = validatorSymbols(operation);
  const use = file.use.bind(file);
  const status = (code: string) => statusOf(model, code);
  const bindings = scalarMembers(operation);
  const payload = operation.payload;
  const requestDocument = payload && bodyUnitOf(payload).document(payload);

  file.add(
    inputInterface(operation, file, (binding) => {
      const component = shared.of(binding);
      return component && use(component.interface);
    }),
    "block",
  );
  file.add(outputInterface(operation, file), "block");
  if (requestDocument)
    file.add(
      documentConst(
        file,
        names.inputDocument.name,
        `How the ${operation.summary} request body is read.`,
        requestDocument,
        carried(names.input.name, requestDocument),
      ),
    );
  if (operation.response.body)
    file.add(
      documentConst(
        file,
        names.outputDocument.name,
        `How the ${operation.summary} response body is written and read.`,
        operation.response.body,
        carried(names.output.name, operation.response.body),
      ),
    );
  // A status's own document is held whole by one output member.
  for (const alternative of operation.response.alternatives) {
    if (!alternative.body) continue;
    file.add(
      documentConst(
        file,
        names.statusDocument(alternative.status).name,
        `How the ${operation.summary} ${alternative.status} response body is written and read.`,
        alternative.body.document,
        `NonNullable<${names.output.name}[${literal(alternative.body.member)}]>`,
      ),
    );
  }

  const scope = file.scope.child(FUNCTION_LOCALS);
  // Each member's value lands in a local of its own; a parsed member's or an enum's text in another.
  const locals = new Map(bindings.map((b) => [b, scope.name(b.member)]));
  const texts = new Map(
    bindings.map((b) => [b, isTyped(b) ? scope.name(`${b.member}Text`) : (locals.get(b) as string)]),
  );
  const prefixLocals = new Map(operation.prefixHeaders.map((p) => [p, scope.name(p.member)]));
  const payloadLocal = payload ? scope.name("payloadValue") : "";
  const body: string[] = [
    `const errors: ${use(ValidationIssue)}[] = [];`,
    "const fail = (code: string, status: number, target: string, message: string): void => {\n  errors.push({ code, status, target, message });\n};",
    "// Callers from plain JavaScript may pass anything; treat a non-object as an empty request.",
    `const source: ${use(ObsRequest)} = request !== null && typeof request === "object" ? request : {};`,
  ];
  const md5Names = bindings.flatMap((binding) =>
    binding.constraints.flatMap((c) => (c.kind === "md5Of" ? [c.wireName] : [])),
  );
  const bodyMembers = new Map((requestDocument?.members ?? []).map((m) => [m.xmlName, m] as const));
  // Query parameters and form fields are read where they are checked; a rule finds their text by name.
  const namedTexts = new Map(
    bindings
      .filter((b) => b.location === "query" || b.location === "form")
      .map((b) => [b.wireName, texts.get(b) as string]),
  );
  const requiredTransport = operation.transportHeaders.filter((header) => header.required);
  const pass = headerPass(
    operation,
    bindings.filter((binding) => binding.location === "header").map((b) => [b.wireName, texts.get(b) as string]),
    [...operation.rules.flatMap(ruleNames), ...md5Names, ...requiredTransport.map((header) => header.wireName)].filter(
      (name) => !namedTexts.has(name) && !bodyMembers.has(name),
    ),
    prefixLocals,
    scope,
    file,
  );
  // Rules may name query parameters (present: their text is) and body elements (present: the document has one).
  const localOf = (wireName: string) => {
    const element = bodyMembers.get(wireName);
    if (element && !namedTexts.has(wireName))
      return element.list
        ? `(${payloadLocal}?.[${literal(element.member)}] as unknown[] | undefined)?.[0]`
        : `${payloadLocal}?.[${literal(element.member)}]`;
    return namedTexts.get(wireName) ?? pass.localOf(wireName);
  };
  body.push(pass.code);
  for (const header of requiredTransport) {
    const code = header.error ?? "InvalidRequest";
    body.push(
      `\n// ${header.wireName}: required; the client's transport adds it, so its own check leaves it out.`,
      `if (${pass.localOf(header.wireName)} === undefined && options.checkTransport !== false) {\n  fail(${literal(code)}, ${status(code)}, ${literal(header.wireName)}, ${literal(`Missing required header for this request: ${header.wireName}.`)});\n}`,
    );
  }
  if (bindings.some((h) => h.constraints.some((c) => c.kind === "afterRequestTime")))
    body.push("const requestTime = (options.requestTime ?? new Date()).getTime();");

  const defaulted = new Map<ScalarBinding, string>();
  for (const binding of bindings) {
    const local = locals.get(binding) as string;
    const text = texts.get(binding) as string;
    if (binding.location !== "header") {
      const field = binding === operation.bucket ? "bucket" : "key";
      const read =
        binding.location === "query"
          ? `${use(requestValues("queryValue"))}(source.query, ${literal(binding.wireName)})`
          : binding.location === "form"
            ? `${use(requestValues("formValue"))}(source.payload, ${literal(binding.wireName)})`
            : `typeof source.${field} === "string" ? source.${field} : undefined`;
      body.push(`\n// ${binding.location}: ${binding.wireName}\nconst ${text} = ${read};`);
    }
    const kind = binding.type.kind;
    const component = shared.of(binding);
    if (component) {
      // Defined once in src/components/: one call.
      if (component.check) {
        const args = [text, "fail", ...component.reads.map(localOf)];
        if (component.readsRequestTime) args.push("requestTime");
        const call = `${use(component.check)}(${args.join(", ")})`;
        const reassigned = binding.type.defaultValue !== undefined;
        body.push(isTyped(binding) ? `${reassigned ? "let" : "const"} ${local} = ${call};` : `${call};`);
      }
    } else {
      const checks = bindingCheck(
        binding,
        {
          text,
          local,
          enumTest: enumTestOf(binding, file, `${constantCase(operation.id)}_${constantCase(binding.member)}_VALUES`),
          localOf,
        },
        status,
        use,
      );
      // A header's checks under its name (a header without checks needs no line).
      if (binding.location === "header" && checks) body.push(`\n// ${binding.wireName}`);
      if (isTyped(binding)) body.push(`let ${local}: ${memberType(binding, file)} | undefined;`);
      if (checks) body.push(checks);
    }
    const type = binding.type;
    if (type.defaultOutside) {
      body.push(
        `// Outside ${type.defaultOutside.minimum}–${type.defaultOutside.maximum} (or absent) the default applies.`,
        `if (${local} === undefined || ${local} < ${type.defaultOutside.minimum} || ${local} > ${type.defaultOutside.maximum}) ${local} = ${String(type.defaultValue)};`,
      );
    } else if (type.defaultValue !== undefined) {
      if (kind === "string") {
        const name = scope.name(`${binding.member}Defaulted`);
        defaulted.set(binding, name);
        body.push(`const ${name} = ${local} ?? ${literal(String(type.defaultValue))};`);
      } else body.push(`${local} ??= ${JSON.stringify(type.defaultValue)};`);
    }
  }
  for (const prefix of operation.prefixHeaders) {
    body.push(`\n// ${prefix.prefix}*`);
    body.push(
      compilePrefixLimit(prefix, prefixLocals.get(prefix) as string, status(prefix.error ?? "InvalidArgument"), use),
    );
  }
  // The body's unit reads it (an XML document, a stream) and says which members it sets.
  const validated = payload
    ? bodyUnitOf(payload).validate(
        payload,
        {
          local: payloadLocal,
          missing: `fail(${literal(payload.error ?? "InvalidArgument")}, ${status(payload.error ?? "InvalidArgument")}, "body", "The request body is required.");`,
          documentName: names.inputDocument.name,
          inputTypeName: names.input.name,
          status,
        },
        file,
      )
    : { read: [], required: [], optional: [], present: [] };
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
    } else code = `${use(sharedRule.check)}(fail, ${sharedRule.reads.map(localOf).join(", ")});`;
    // A rule over transport headers alone (Content-MD5 or a checksum) is the transport's to meet:
    // the client's own check, made before its transport adds them, leaves it out.
    const transportOnly = ruleNames(rule).every((name) => transportNames.has(name));
    body.push(
      `// ${rule.description.replace(/\s+/g, " ")}`,
      transportOnly ? `if (options.checkTransport !== false) {\n${code}\n}` : code,
    );
  }

  // The checked, typed local of a member.
  const valueOf = (binding: ScalarBinding) => defaulted.get(binding) ?? (locals.get(binding) as string);
  const hasDefault = (binding: ScalarBinding) => binding.type.defaultValue !== undefined;
  // Required members go in the literal; optional ones are set only when present (no spread objects per member).
  const requiredBindings = bindings.filter((binding) => binding.required);
  const required = [
    ...requiredBindings.map((binding) =>
      valueOf(binding) === binding.member ? `${binding.member},` : `${binding.member}: ${valueOf(binding)},`,
    ),
    ...validated.required,
  ];
  const optional = [
    ...bindings
      .filter((binding) => !binding.required)
      .map((binding) =>
        hasDefault(binding)
          ? `value.${binding.member} = ${valueOf(binding)};`
          : `if (${locals.get(binding)} !== undefined) value.${binding.member} = ${valueOf(binding)};`,
      ),
    ...operation.prefixHeaders.map(
      (prefix) =>
        `if (${prefixLocals.get(prefix)} !== undefined) value.${prefix.member} = ${prefixLocals.get(prefix)};`,
    ),
    ...validated.optional,
  ];
  // A required member is present when nothing failed; testing it too tells the type checker so.
  const absent = [
    ...requiredBindings.filter((binding) => !hasDefault(binding)).map((binding) => locals.get(binding) as string),
    ...validated.present,
  ].map((local) => ` || ${local} === undefined`);
  body.push(
    `\nif (errors.length > 0${absent.join("")}) return { ok: false, errors };`,
    `const value: ${names.input.name} = {\n${required.join("\n")}\n};`,
    ...optional,
    "return { ok: true, value };",
  );

  file.add(
    constDeclaration({
      name: file.declare(names.sensitive.name),
      docs: `The ${operation.summary} input members that are secrets (\`x-obs-sensitive\`): never log or store them.`,
      type: `ReadonlySet<keyof ${names.input.name}>`,
      value: `new Set([${bindings
        .filter((b) => b.sensitive)
        .map((b) => literal(b.member))
        .join(", ")}])`,
    }),
  );
  file.add(
    functionDeclaration({
      name: file.declare(names.validate.name),
      docs:
        `Validates ${/^[AEIOU]/.test(operation.summary) ? "an" : "a"} ${operation.summary} request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.\n\n` +
        `Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.\n\n` +
        `@param request The routed request: bucket, decoded key, query, headers${payload ? " and payload" : ""}.\n@param options \`requestTime\`: the time the request was received (default: now).`,
      parameters: [
        { name: "request", type: use(ObsRequest) },
        { name: "options", type: use(ValidateOptions), initializer: "{}" },
      ],
      returns: `${use(ValidationResult)}<${names.input.name}>`,
      body: body.filter((line) => line !== ""),
    }),
    "block",
  );
}

/** The members of `owner` (the input or output interface) a document's elements are. */
function carried(owner: string, document: XmlShape): string {
  const members = [...document.members.map((m) => m.member), ...(document.text ? [document.text.member] : [])];
  return `Pick<${owner}, ${members.map(literal).join(" | ") || "never"}>`;
}

/** A document's descriptor, typed by the value it reads and writes. */
function documentConst(file: SourceFile, name: string, docs: string, document: XmlShape, valueType: string): string {
  return constDeclaration({
    name: file.declare(name),
    docs,
    type: `${file.use(XmlDocumentShape)}<${valueType}>`,
    value: documentDescriptor(document, file),
  });
}
