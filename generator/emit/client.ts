import { Scope, StructureKind, type StatementStructures } from "ts-morph";
import type { OperationModel, ScalarBinding, ServiceModel } from "../model/types.js";
import { docText, kebab, literal } from "./names.js";
import type { SourceFiles } from "./package.js";
import { inputDocumentName, inputTypeName, outputDocumentName, outputTypeName, scalarType } from "./types-code.js";
import { validateFunctionName } from "./validator.js";
import { answerUnitOf } from "../answers/index.js";
import { bodyUnitOf } from "../bodies/index.js";

const serializeName = (operation: OperationModel) => `serialize${operation.id}Request`;
const deserializeName = (operation: OperationModel) => `deserialize${operation.id}Response`;

/** The client package: one serializer/deserializer pair per operation and the ObsClient class. */
export function emitClient(model: ServiceModel): SourceFiles {
  const files: SourceFiles = new Map();
  for (const operation of model.operations) files.set(`src/${kebab(operation.id)}.ts`, operationStatements(operation));
  files.set("src/client.ts", clientStatements(model));
  const paginated = model.operations.filter((o) => o.pagination);
  if (paginated.length > 0) files.set("src/paginators.ts", paginatorStatements(paginated));
  files.set("src/index.ts", [
    `export { ObsClient } from "./client.js";`,
    `export { buildTarget, CLIENT_ERROR_CODES, type BodySource, type CallOptions, type ObsClientConfig, type OutgoingRequest, type IncomingResponse, type WithBodySource } from "./runtime/transport.js";`,
    `export { ObsError } from "@obs-toolkit/validator";`,
    `export type { ${model.operations.flatMap((o) => [inputTypeName(o), outputTypeName(o)]).join(", ")} } from "@obs-toolkit/validator";`,
    ...model.operations.map(
      (o) =>
        `export { ${serializeName(o)}, ${deserializeName(o)}, type ${methodInterfaceName(o)} } from "./${kebab(o.id)}.js";`,
    ),
    `export { paginate, type PageKeys, type PaginateOptions } from "./runtime/paginate.js";`,
    `export { streamBytes, streamText, streamToFile } from "./runtime/stream.js";`,
    ...(paginated.length > 0 ? [`export { ${paginated.map(paginatorName).join(", ")} } from "./paginators.js";`] : []),
  ]);
  return files;
}

/** The input a client method takes: a streamed body may be given in any form the transport sends. */
const clientInputType = (operation: OperationModel) =>
  operation.payload
    ? bodyUnitOf(operation.payload).clientInputType(operation.payload, inputTypeName(operation))
    : inputTypeName(operation);

/** How an operation's body goes into its serialized request: the payload line and the imports it needs. */
const serializedPayload = (operation: OperationModel) =>
  operation.payload
    ? bodyUnitOf(operation.payload).serialize(operation.payload, inputDocumentName(operation))
    : { line: "", imports: {} as Record<string, string[]> };

/** How a query parameter's value goes on the wire. */
const queryText = (binding: ScalarBinding, value: string) =>
  binding.type.kind === "string"
    ? value
    : binding.type.kind === "timestamp"
      ? `${value}?.toUTCString()`
      : `${value} === undefined ? undefined : String(${value})`;

function operationStatements(operation: OperationModel): StatementStructures[] {
  const headerLines = operation.headers.map((h) => `${literal(h.wireName)}: ${queryText(h, `input.${h.member}`)},`);
  const queryLines = operation.query.map((q) => `${literal(q.wireName)}: ${queryText(q, `input.${q.member}`)},`);
  const prefixLines = operation.prefixHeaders.map(
    (p) =>
      `for (const [name, value] of Object.entries(input.${p.member} ?? {})) headers[\`${p.prefix}\${name.toLowerCase()}\`] = value;`,
  );
  const payload = operation.payload;
  const read = answerUnitOf(operation.response).deserialize(operation.response, {
    documentName: outputDocumentName(operation),
    outputTypeName: outputTypeName(operation),
  });
  const headerReads = operation.response.headers.map(
    (h) =>
      `${h.member}: responseHeader(response, ${literal(h.wireName)}, ${literal(h.type.kind)}, ${h.required}) as ${scalarType(h.type)}${h.required ? "" : " | undefined"},`,
  );
  const prefixReads = operation.response.prefixHeaders.map(
    (p) => `${p.member}: responsePrefixHeaders(response, ${literal(p.prefix)}),`,
  );
  // The body's members first (as the output interface lists them), then the headers.
  const outputLines = [...read.lines, ...headerReads, ...prefixReads];
  const serialized = serializedPayload(operation);
  const payloadLine = serialized.line;
  const validatorImports = [`type ${inputTypeName(operation)}`, `type ${outputTypeName(operation)}`];
  validatorImports.push(...(read.imports["@obs-toolkit/validator"] ?? []));
  validatorImports.push(...(serialized.imports["@obs-toolkit/validator"] ?? []));
  const transportImports = ["type CallOptions", "type IncomingResponse", "type OutgoingRequest"];
  transportImports.push(...(read.imports["./runtime/transport.js"] ?? []));
  if (operation.response.headers.length > 0) transportImports.push("responseHeader");
  if (operation.response.prefixHeaders.length > 0) transportImports.push("responsePrefixHeaders");
  // The codes of error statuses that come without a body (304, or any error of a HEAD): each
  // status that one code alone answers.
  const byStatus = new Map<number, string[]>();
  for (const error of operation.errors) byStatus.set(error.status, [...(byStatus.get(error.status) ?? []), error.code]);
  const bodilessCodes = [...byStatus]
    .filter(
      ([status, codes]) =>
        codes.length === 1 &&
        (operation.method === "HEAD" || operation.response.headerOnlyErrors.some((e) => e.status === status)),
    )
    .map(([status, codes]) => `${status}: ${literal(codes[0] ?? "")}`);
  const extras = [
    ...(read.streamed ? ["streamResponse: true,"] : []),
    ...(bodilessCodes.length > 0 ? [`bodilessErrors: { ${bodilessCodes.join(", ")} },`] : []),
    ...(sendsContentMd5(operation) ? ["contentMd5: true,"] : []),
  ];
  transportImports.push(...(serialized.imports["./runtime/transport.js"] ?? []));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "@obs-toolkit/validator",
      namedImports: validatorImports,
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/transport.js",
      namedImports: transportImports,
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: methodInterfaceName(operation),
      docs: [
        `\`ObsClient\`'s method for ${operation.summary} (the class implements this interface, which carries the method's documentation).`,
      ],
      methods: [
        {
          name: operation.name,
          docs: [
            docText(
              `${operation.summary}.\n\n${operation.description}\n\n@param options \`signal\`: cancels the call${operation.payload ? "; \`contentMd5\`: the body's base64 MD5, sent as Content-MD5" : ""}.\n@throws ObsError for an invalid input (before sending) or an S3 error response.`,
            ),
          ],
          parameters: [
            { name: "input", type: clientInputType(operation) },
            { name: "options", type: "CallOptions", hasQuestionToken: true },
          ],
          returnType: `Promise<${outputTypeName(operation)}>`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: serializeName(operation),
      docs: [
        `The HTTP request of ${operation.summary} for \`input\`: method, bucket, key, sub-resources, query, headers${payload ? " and body" : ""}.`,
      ],
      parameters: [{ name: "input", type: clientInputType(operation) }],
      returnType: "OutgoingRequest",
      statements: [
        `const headers: Record<string, string | undefined> = {\n${headerLines.join("\n")}\n};`,
        ...prefixLines,
        `return {\n  method: ${literal(operation.method)},\n  bucket: ${operation.bucket ? `input.${operation.bucket.member}` : "undefined"},\n  key: ${operation.key ? `input.${operation.key.member}` : "undefined"},\n  subresources: [${operation.subresources.map(literal).join(", ")}],\n  query: {${queryLines.join(" ")}},\n  headers,\n  ${payloadLine}${extras.map((line) => `\n  ${line}`).join("")}\n};`,
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: deserializeName(operation),
      docs: [
        `The output of ${operation.summary} from a successful response${read.words}.\n\n@throws ObsError \`InvalidResponse\` when the body is not a complete document or a required header is missing.`,
      ],
      parameters: [{ name: "response", type: "IncomingResponse" }],
      returnType: outputTypeName(operation),
      statements: [`return {\n${outputLines.join("\n")}\n};`],
    },
  ];
}

/** Whether the transport must send Content-MD5: the operation requires it, alone or as one of a rule's choices. */
const sendsContentMd5 = (operation: OperationModel) =>
  operation.transportHeaders.some((h) => h.required && h.wireName === "content-md5") ||
  operation.rules.some((rule) => rule.kind === "anyOf" && rule.headers.includes("content-md5"));

const paginatorName = (operation: OperationModel) => `paginate${operation.id}`;
const methodInterfaceName = (operation: OperationModel) => `${operation.id}Method`;

/** One async iterator of pages per operation the spec says pages (`x-obs-paginated`). */
function paginatorStatements(operations: OperationModel[]): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "@obs-toolkit/validator",
      namedImports: operations.flatMap((o) => [`type ${inputTypeName(o)}`, `type ${outputTypeName(o)}`]),
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./client.js", namedImports: ["type ObsClient"] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/paginate.js",
      namedImports: ["paginate", "type PaginateOptions"],
    },
    ...operations.map((operation): StatementStructures => {
      const page = operation.pagination;
      const list = (names: string[]) => `[${names.map(literal).join(", ")}]`;
      return {
        kind: StructureKind.Function,
        isExported: true,
        name: paginatorName(operation),
        docs: [
          docText(
            `The pages of ${operation.summary}, one request each, until a page is not truncated: each next request carries ${(page?.outputTokens ?? []).map((t) => `\`${t}\``).join(" and ")} of the page before as ${(page?.inputTokens ?? []).map((t) => `\`${t}\``).join(" and ")}.` +
              ` A page's items: ${(page?.items ?? []).map((t) => `\`${t}\``).join(", ")}.\n\n@param options \`pageSize\`${page?.pageSize ? ` (\`${page.pageSize}\`)` : ""} and an \`AbortSignal\`.`,
          ),
        ],
        parameters: [
          { name: "client", type: "ObsClient" },
          { name: "input", type: inputTypeName(operation) },
          { name: "options", type: "PaginateOptions", initializer: "{}" },
        ],
        returnType: `AsyncGenerator<${outputTypeName(operation)}, void, undefined>`,
        statements: `return paginate((request: ${inputTypeName(operation)}) => client.${operation.name}(request, { signal: options.signal }), input, { inputTokens: ${list(page?.inputTokens ?? [])}, outputTokens: ${list(page?.outputTokens ?? [])}, truncated: ${literal(page?.truncated ?? "")}${page?.pageSize ? `, pageSize: ${literal(page.pageSize)}` : ""} }, options);`,
      };
    }),
  ];
}

function clientStatements(model: ServiceModel): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "@obs-toolkit/validator",
      namedImports: model.operations.flatMap((o) => [
        validateFunctionName(o),
        `type ${inputTypeName(o)}`,
        `type ${outputTypeName(o)}`,
      ]),
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/transport.js",
      namedImports: [
        "errorFromIssues",
        "send",
        "type CallOptions",
        "type ObsClientConfig",
        ...new Set(model.operations.flatMap((o) => serializedPayload(o).imports["./runtime/transport.js"] ?? [])),
      ],
    },
    ...model.operations.map((o) => ({
      kind: StructureKind.ImportDeclaration as const,
      moduleSpecifier: `./${kebab(o.id)}.js`,
      namedImports: [serializeName(o), deserializeName(o), `type ${methodInterfaceName(o)}`],
    })),
    {
      kind: StructureKind.Class,
      isExported: true,
      name: "ObsClient",
      // Each method's documentation is on its operation's interface (in the operation's file), which
      // editors show for the method: an edit to an operation's text leaves this file as it is.
      implements: model.operations.map(methodInterfaceName),
      docs: [
        docText(
          `A typed client for the ${model.title}.\n\nEach method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an \`ObsError\` carrying \`code\`, \`message\`, \`statusCode\`, \`requestId\` and \`hostId\`.`,
        ),
      ],
      properties: [{ name: "config", scope: Scope.Private, isReadonly: true, type: "ObsClientConfig" }],
      ctors: [
        {
          parameters: [{ name: "config", type: "ObsClientConfig" }],
          statements: [
            `const endpoint = URL.canParse(config.endpoint) ? new URL(config.endpoint) : undefined;`,
            `if (!endpoint || (endpoint.protocol !== "http:" && endpoint.protocol !== "https:")) throw new TypeError(\`endpoint must be an http(s) URL, got \${JSON.stringify(config.endpoint)}\`);`,
            `if (config.signatureVersion !== "v2" && config.signatureVersion !== "v4") throw new TypeError('signatureVersion must be "v2" or "v4"');`,
            `this.config = { ...config };`,
          ],
        },
      ],
      methods: model.operations.map((operation) => ({
        name: operation.name,
        isAsync: true,
        parameters: [
          { name: "input", type: clientInputType(operation) },
          { name: "options", type: "CallOptions", initializer: "{}" },
        ],
        returnType: `Promise<${outputTypeName(operation)}>`,
        statements: [
          `const request = ${serializeName(operation)}(input);`,
          `const checked = ${validateFunctionName(operation)}(request, { checkTransport: false, headersNormalized: true });`,
          `if (!checked.ok) throw errorFromIssues(checked.errors);`,
          `return ${deserializeName(operation)}(await send(this.config, request, options));`,
        ],
      })),
    },
  ];
}
