import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { OperationModel, ServiceModel } from "../model/types.js";
import { docText, kebab, literal, pathWithSelectors } from "./names.js";
import type { SourceFiles } from "./package.js";
import {
  handlerOutputType,
  inputTypeName,
  outputDocumentName,
  outputTypeName,
  RUNTIME_RESPONSE_HEADERS,
} from "./types-code.js";
import { validateFunctionName } from "./validator.js";
import { answerUnitOf } from "../answers/index.js";
import { bodyUnitOf } from "../bodies/index.js";

const routeName = (operation: OperationModel) => `${operation.name}Route`;
const renderName = (operation: OperationModel) => `render${operation.id}Response`;
const handlerOutputName = (operation: OperationModel) => `${operation.id}HandlerOutput`;
const handlerInterfaceName = (operation: OperationModel) => `${operation.id}Handler`;

/** The server package: a route per operation, the handlers interface and createObsServer. */
export function emitServer(model: ServiceModel): SourceFiles {
  const files: SourceFiles = new Map();
  for (const operation of model.operations) files.set(`src/${kebab(operation.id)}.ts`, operationStatements(operation));
  files.set("src/server.ts", serverStatements(model));
  files.set("src/index.ts", [
    `export { createObsServer, type ObsHandlers } from "./server.js";`,
    `export { createNodeListener, createObsHttpServer, type ObsHttpLimits, type ResponseLogger } from "./runtime/node-adapter.js";`,
    `export type { ObsServer, ObsServerOptions, ObsHttpRequest, ObsHttpResponse, RequestContext } from "./runtime/core.js";`,
    `export type { CredentialsLookup, StoredCredentials } from "./runtime/auth.js";`,
    `export { escapeXml } from "./runtime/xml.js";`,
    `export { ObsError, ERROR_CODES } from "@obs-toolkit/validator";`,
    `export type { ${model.operations.flatMap((o) => [inputTypeName(o), outputTypeName(o)]).join(", ")} } from "@obs-toolkit/validator";`,
    ...model.operations.map(
      (o) =>
        `export { ${renderName(o)}, type ${handlerOutputName(o)}, type ${handlerInterfaceName(o)} } from "./${kebab(o.id)}.js";`,
    ),
  ]);
  return files;
}

/** A response header's text from the handler's output member. */
const headerText = (kind: string, value: string) =>
  kind === "string"
    ? value
    : kind === "timestamp"
      ? `${value}?.toUTCString()`
      : `${value} === undefined ? undefined : String(${value})`;

function operationStatements(operation: OperationModel): StatementStructures[] {
  const payload = operation.payload;
  const headers = operation.response.headers.filter((h) => !RUNTIME_RESPONSE_HEADERS.has(h.wireName));
  const route = `${operation.method} ${pathWithSelectors(operation)}`;
  const prefixes = operation.response.prefixHeaders;
  const headerLines = headers.map((h) => `${literal(h.wireName)}: ${headerText(h.type.kind, `output.${h.member}`)},`);
  // Another 2xx answers when its output member is present (206 when there is a Content-Range).
  const status = operation.response.alternatives.reduceRight(
    (otherwise, alternative) => `output.${alternative.when} !== undefined ? ${alternative.status} : ${otherwise}`,
    String(operation.response.status),
  );
  const payloadCode = payload ? bodyUnitOf(payload).route(payload) : `{ kind: "none" }`;
  const rendered = answerUnitOf(operation.response).render(operation.response, {
    documentName: outputDocumentName(operation),
    outputTypeName: outputTypeName(operation),
  });
  const bodyCode = rendered.body;
  const validatorImports = [
    validateFunctionName(operation),
    `type ${inputTypeName(operation)}`,
    `type ${outputTypeName(operation)}`,
  ];
  validatorImports.push(...rendered.imports);
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "@obs-toolkit/validator",
      namedImports: validatorImports,
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/core.js",
      namedImports: ["notImplemented", "type RequestContext", "type Route", "type RouteOutcome"],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./server.js", namedImports: ["type ObsHandlers"] },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: handlerOutputName(operation),
      docs: [`What a ${operation.summary} handler returns; the server adds the request ID, host ID and Date.`],
      type: handlerOutputType(operation),
    },
    // Here, not in ObsHandlers itself, so that an edit to the operation's text changes this file alone.
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: handlerInterfaceName(operation),
      docs: [`The ${operation.summary} member of \`ObsHandlers\`.`],
      properties: [
        {
          name: operation.name,
          hasQuestionToken: true,
          docs: [docText(`${operation.summary}: ${operation.description.split("\n")[0] ?? ""}`)],
          type: `(input: ${inputTypeName(operation)}, context: RequestContext) => Promise<${handlerOutputName(operation)}> | ${handlerOutputName(operation)}`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: renderName(operation),
      docs: [
        `The ${[operation.response.status, ...operation.response.alternatives.map((a) => a.status)].join(" or ")} response of ${operation.summary}: ${rendered.words}and the response headers.`,
      ],
      parameters: [{ name: "output", type: handlerOutputName(operation) }],
      returnType: "RouteOutcome",
      statements: [
        ...(prefixes.length > 0
          ? [
              `const headers: Record<string, string | undefined> = {\n${headerLines.join("\n")}\n};`,
              ...prefixes.map(
                (p) =>
                  `for (const [name, value] of Object.entries(output.${p.member} ?? {})) headers[\`${p.prefix}\${name.toLowerCase()}\`] = value;`,
              ),
            ]
          : []),
        `return {\n  ok: true,\n  status: ${status},\n  headers: ${prefixes.length > 0 ? "headers" : `{\n${headerLines.join("\n")}\n  }`},\n  body: ${bodyCode},\n};`,
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`How the server routes, validates and answers ${operation.summary} (\`${route}\`).`],
      declarations: [
        {
          name: routeName(operation),
          type: "Route<ObsHandlers>",
          initializer: `{
  id: ${literal(operation.id)},
  method: ${literal(operation.method)},
  selectors: [${operation.selectors.map(literal).join(", ")}],
  headerSelectors: [${operation.headerSelectors.map(literal).join(", ")}],
  parameters: [${operation.query.map((q) => literal(q.wireName)).join(", ")}],
  level: ${literal(operation.level)},
  payload: ${payloadCode},
  implemented: (handlers) => handlers.${operation.name} !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.${operation.name};
    if (!handler) throw notImplemented(${literal(operation.summary)});
    const checked = ${validateFunctionName(operation)}(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return ${renderName(operation)}(await handler(checked.value, context));
  },
}`,
        },
      ],
    },
  ];
}

function serverStatements(model: ServiceModel): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/core.js",
      namedImports: ["createServerCore", "type ObsServer", "type ObsServerOptions", "type Route"],
    },
    ...model.operations.map((o) => ({
      kind: StructureKind.ImportDeclaration as const,
      moduleSpecifier: `./${kebab(o.id)}.js`,
      namedImports: [routeName(o), `type ${handlerInterfaceName(o)}`],
    })),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "ObsHandlers",
      docs: [
        "The operations a server implements, each optional: a request for one without a handler answers 501 NotImplemented. Each receives validated, typed input; throwing an `ObsError` (e.g. `NoSuchBucket`) answers that S3 error.",
      ],
      extends: model.operations.map(handlerInterfaceName),
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: "ROUTES",
          type: "readonly Route<ObsHandlers>[]",
          initializer: `[${model.operations.map(routeName).join(", ")}]`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "createObsServer",
      docs: [
        docText(
          `A framework-free ${model.title} server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to ${model.signing.maxClockSkewSeconds} s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with \`createNodeListener\`.`,
        ),
      ],
      parameters: [{ name: "options", type: "ObsServerOptions<ObsHandlers>" }],
      returnType: "ObsServer",
      statements: [
        `return createServerCore(options, ROUTES, { maxClockSkewSeconds: ${model.signing.maxClockSkewSeconds}, service: ${literal(model.signing.service)} });`,
      ],
    },
  ];
}
