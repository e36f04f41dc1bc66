import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { OperationModel, ServiceModel } from "../model/types.js";
import { docText, kebab, literal } from "./names.js";
import type { SourceFiles } from "./package.js";
import { handlerOutputType, inputTypeName, outputTypeName, RUNTIME_RESPONSE_HEADERS } from "./types-code.js";
import { validateFunctionName } from "./validator.js";

const routeName = (operation: OperationModel) => `${operation.name}Route`;
const renderName = (operation: OperationModel) => `render${operation.id}Response`;
const handlerOutputName = (operation: OperationModel) => `${operation.id}HandlerOutput`;

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
    ...model.operations.map((o) => `export { ${renderName(o)}, type ${handlerOutputName(o)} } from "./${kebab(o.id)}.js";`),
  ]);
  return files;
}

function operationStatements(operation: OperationModel): StatementStructures[] {
  const body = operation.response.body;
  const headers = operation.response.headers.filter((h) => !RUNTIME_RESPONSE_HEADERS.has(h.wireName));
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "@obs-toolkit/validator", namedImports: [validateFunctionName(operation), `type ${outputTypeName(operation)}`] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/core.js", namedImports: ["type Route", "type RouteOutcome"] },
    ...(body ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "./runtime/xml.js", namedImports: ["renderXmlDocument"] }] : []),
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./server.js", namedImports: ["type ObsHandlers"] },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: handlerOutputName(operation),
      docs: [`What a ${operation.summary} handler returns; the server adds the request ID, host ID and Date.`],
      type: handlerOutputType(operation),
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: renderName(operation),
      docs: [`The ${operation.response.status} response of ${operation.summary}: ${body ? `the \`${body.name}\` document, ` : ""}and the response headers.`],
      parameters: [{ name: "output", type: handlerOutputName(operation) }],
      returnType: "RouteOutcome",
      statements: [
        `return {\n  ok: true,\n  status: ${operation.response.status},\n  headers: {\n${headers.map((h) => `${literal(h.wireName)}: output.${h.member},`).join("\n")}\n  },\n  body: ${
          body
            ? `renderXmlDocument(${literal(body.name)}, ${body.namespace ? literal(body.namespace) : "undefined"}, [\n${body.members.map((m) => `[${literal(m.xmlName)}, output.${m.member}],`).join("\n")}\n])`
            : `""`
        },\n};`,
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`How the server routes, validates and answers ${operation.summary} (\`${operation.method} ${operation.pathTemplate}${operation.subresources.length ? "?" + operation.subresources.join("&") : ""}\`).`],
      declarations: [
        {
          name: routeName(operation),
          type: "Route<ObsHandlers>",
          initializer: `{
  id: ${literal(operation.id)},
  method: ${literal(operation.method)},
  subresources: [${operation.subresources.map(literal).join(", ")}],
  hasKey: ${operation.key !== undefined},
  // The model has no request bodies yet.
  acceptsBody: false,
  async run(handlers, request, context) {
    const checked = ${validateFunctionName(operation)}(request, { requestTime: context.receivedAt });
    if (!checked.ok) return checked;
    return ${renderName(operation)}(await handlers.${operation.name}(checked.value, context));
  },
}`,
        },
      ],
    },
  ];
}

function serverStatements(model: ServiceModel): StatementStructures[] {
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "@obs-toolkit/validator", namedImports: model.operations.map((o) => `type ${inputTypeName(o)}`) },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/core.js", namedImports: ["createServerCore", "type ObsServer", "type ObsServerOptions", "type RequestContext", "type Route"] },
    ...model.operations.map((o) => ({ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: `./${kebab(o.id)}.js`, namedImports: [routeName(o), `type ${handlerOutputName(o)}`] })),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "ObsHandlers",
      docs: ["The operations a server implements. Each receives validated, typed input; throwing an `ObsError` (e.g. `NoSuchBucket`) answers that S3 error."],
      properties: model.operations.map((o) => ({
        name: o.name,
        docs: [docText(`${o.summary}: ${o.description.split("\n")[0] ?? ""}`)],
        type: `(input: ${inputTypeName(o)}, context: RequestContext) => Promise<${handlerOutputName(o)}> | ${handlerOutputName(o)}`,
      })),
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: "ROUTES", type: "readonly Route<ObsHandlers>[]", initializer: `[${model.operations.map(routeName).join(", ")}]` }],
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
      statements: [`return createServerCore(options, ROUTES, { maxClockSkewSeconds: ${model.signing.maxClockSkewSeconds}, service: ${literal(model.signing.service)} });`],
    },
  ];
}
