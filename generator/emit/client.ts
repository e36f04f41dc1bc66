import { doc, functionDeclaration, interfaceDeclaration, parameters } from "../code/declarations.js";
import { SourceFile } from "../code/source-file.js";
import { answerStatuses, type OperationModel, type ScalarType, type ServiceModel } from "../model/types.js";
import { literal, wireText } from "./names.js";
import {
  CallOptions,
  enumGuard,
  clientSymbols,
  IncomingResponse,
  ObsClient,
  ObsClientConfig,
  OutgoingRequest,
  paginateValues,
  PaginateOptions,
  transportValues,
  validatorSymbols,
} from "./symbols.js";
import { scalarType } from "./xml-code.js";
import { answerUnitOf } from "../answers/index.js";
import { bodyUnitOf } from "../bodies/index.js";
import { groupFiles, groupModules } from "./groups.js";

/** The client package's generated sources, by path: one serializer/deserializer pair per operation and the ObsClient class. */
export function emitClient(model: ServiceModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of groupFiles("client", model, addOperation)) files.set(file.path, file.text());
  files.set("src/client.ts", clientFile(model).text());
  const paginated = model.operations.filter((o) => o.pagination);
  if (paginated.length > 0) files.set("src/paginators.ts", paginatorsFile(paginated).text());
  const names = model.operations.map((operation) => ({ ...clientSymbols(operation), ...validatorSymbols(operation) }));
  files.set(
    "src/index.ts",
    [
      `export { ObsClient } from "./client.js";`,
      `export { buildTarget, CLIENT_ERROR_CODES, type BodySource, type CallOptions, type ObsClientConfig, type OutgoingRequest, type IncomingResponse, type WithBodySource } from "./runtime/transport.js";`,
      `export { ObsError } from "@obs-toolkit/validator";`,
      `export type { ${names.flatMap((n) => [n.input.name, n.output.name]).join(", ")} } from "@obs-toolkit/validator";`,
      ...groupModules(model).map(
        (path) =>
          `export { ${names
            .filter((n) => n.file === path)
            .map((n) => `${n.serialize.name}, ${n.deserialize.name}, type ${n.method.name}`)
            .join(", ")} } from "./${path.slice(4, -3)}.js";`,
      ),
      `export { paginate, type PageKeys, type PaginateOptions } from "./runtime/paginate.js";`,
      `export { streamBytes, streamText, streamToFile } from "./runtime/stream.js";`,
      ...(paginated.length > 0
        ? [`export { ${paginated.map((o) => clientSymbols(o).paginator.name).join(", ")} } from "./paginators.js";`]
        : []),
    ].join("\n") + "\n",
  );
  return files;
}

/** The input a client method takes in `file`: a streamed body may be given in any form the transport sends. */
const clientInputType = (operation: OperationModel, file: SourceFile) => {
  const input = file.use(validatorSymbols(operation).input);
  return operation.payload ? bodyUnitOf(operation.payload).clientInputType(operation.payload, input, file) : input;
};

/** An operation's method interface (its documentation), its request's serializer and its response's deserializer. */
function addOperation(file: SourceFile, operation: OperationModel): void {
  const names = clientSymbols(operation);
  const validator = validatorSymbols(operation);
  const use = file.use.bind(file);
  const output = use(validator.output);
  const inputType = clientInputType(operation, file);
  const payload = operation.payload;

  file.add(
    interfaceDeclaration({
      name: file.declare(names.method.name),
      docs: `\`ObsClient\`'s method for ${operation.summary} (the class implements this interface, which carries the method's documentation).`,
      methods: [
        {
          name: operation.name,
          docs: `${operation.summary}.\n\n${operation.description}\n\n@param options \`signal\`: cancels the call${payload ? "; `contentMd5`: the body's base64 MD5, sent as Content-MD5" : ""}.\n@throws ObsError for an invalid input (before sending) or an S3 error response.`,
          parameters: [
            { name: "input", type: inputType },
            { name: "options", type: use(CallOptions), optional: true },
          ],
          returns: `Promise<${output}>`,
        },
      ],
    }),
    "block",
  );

  const headerLines = operation.headers.map(
    (h) => `${literal(h.wireName)}: ${wireText(h.type.kind, `input.${h.member}`)},`,
  );
  const queryLines = operation.query.map(
    (q) => `${literal(q.wireName)}: ${wireText(q.type.kind, `input.${q.member}`)},`,
  );
  const prefixLines = operation.prefixHeaders.map(
    (p) =>
      `for (const [name, value] of Object.entries(input.${p.member} ?? {})) headers[\`${p.prefix}\${name.toLowerCase()}\`] = value;`,
  );
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
  const read = answerUnitOf(operation.response).deserialize(
    operation.response,
    {
      documentName: operation.response.body ? use(validator.outputDocument) : "",
      outputTypeName: output,
    },
    file,
  );
  const payloadLine = payload
    ? bodyUnitOf(payload).serialize(
        payload,
        bodyUnitOf(payload).document(payload) ? use(validator.inputDocument) : "",
        file,
      )
    : "";
  const redirects = operation.response.alternatives.filter((a) => a.status >= 300).map((a) => a.status);
  const extras = [
    ...(read.streamed ? ["streamResponse: true,"] : []),
    ...(bodilessCodes.length > 0 ? [`bodilessErrors: { ${bodilessCodes.join(", ")} },`] : []),
    // A 3xx the status member may name is an answer, not an error.
    ...(redirects.length > 0 ? [`answers: [${redirects.join(", ")}],`] : []),
    ...(sendsContentMd5(operation) ? ["contentMd5: true,"] : []),
  ];
  file.add(
    functionDeclaration({
      name: file.declare(names.serialize.name),
      docs: `The HTTP request of ${operation.summary} for \`input\`: method, bucket, key, sub-resources, query, headers${payload ? " and body" : ""}.`,
      parameters: [{ name: "input", type: inputType }],
      returns: use(OutgoingRequest),
      body: [
        `const headers: Record<string, string | undefined> = {\n${headerLines.join("\n")}\n};`,
        ...prefixLines,
        `return {\n  method: ${literal(operation.method)},\n  bucket: ${operation.bucket ? `input.${operation.bucket.member}` : "undefined"},\n  key: ${operation.key ? `input.${operation.key.member}` : "undefined"},\n  subresources: [${operation.subresources.map(literal).join(", ")}],\n  query: {${queryLines.join(" ")}},\n  headers,\n  ${payloadLine}${extras.map((line) => `\n  ${line}`).join("")}\n};`,
      ],
    }),
    "block",
  );

  const headerReads = operation.response.headers.map((h) =>
    h.type.enumValues
      ? `${h.member}: ${use(transportValues("responseEnumHeader"))}(response, ${literal(h.wireName)}, ${enumTest(h.type, file)}, ${h.required}),`
      : `${h.member}: ${use(transportValues("responseHeader"))}(response, ${literal(h.wireName)}, ${literal(h.type.kind)}, ${h.required}),`,
  );
  const prefixReads = operation.response.prefixHeaders.map(
    (p) => `${p.member}: ${use(transportValues("responsePrefixHeaders"))}(response, ${literal(p.prefix)}),`,
  );
  // The status member, and the document of the status that has one.
  const response = operation.response;
  const statusReads = [
    ...(response.statusMember === undefined
      ? []
      : [
          `${response.statusMember}: ${use(transportValues("answerStatus"))}(response, [${answerStatuses(response).join(", ")}] as const),`,
        ]),
    ...response.alternatives.flatMap((alternative) =>
      alternative.body
        ? [
            `${alternative.body.member}: response.status === ${alternative.status} ? ${use(transportValues("readXmlResponse"))}(response, ${use(validator.statusDocument(alternative.status))}) : undefined,`,
          ]
        : [],
    ),
  ];
  file.add(
    functionDeclaration({
      name: file.declare(names.deserialize.name),
      docs: `The output of ${operation.summary} from a successful response${read.words}.\n\n@throws ObsError \`InvalidResponse\` when the body is not a complete document or a required header is missing.`,
      parameters: [{ name: "response", type: use(IncomingResponse) }],
      returns: output,
      // The body's members first (as the output interface lists them), then the headers.
      body: `return {\n${[...read.lines, ...headerReads, ...prefixReads, ...statusReads].join("\n")}\n};`,
    }),
    "block",
  );
}

/** The test that narrows a response header's text to its enum: the named enum's guard, or one written out. */
function enumTest(type: ScalarType, file: SourceFile): string {
  if (type.name) return file.use(enumGuard(type.name));
  const values = (type.enumValues ?? []).map((value) => `text === ${literal(value)}`).join(" || ");
  return `(text: string): text is ${scalarType(type, file)} => ${values}`;
}

/** Whether the transport must send Content-MD5: the operation requires it, alone or as one of a rule's choices. */
const sendsContentMd5 = (operation: OperationModel) =>
  operation.transportHeaders.some((h) => h.required && h.wireName === "content-md5") ||
  operation.rules.some((rule) => rule.kind === "anyOf" && rule.headers.includes("content-md5"));

/** src/paginators.ts: one async iterator of pages per operation the spec says pages (`x-obs-paginated`). */
function paginatorsFile(operations: OperationModel[]): SourceFile {
  const file = new SourceFile("client", "src/paginators.ts");
  for (const operation of operations) {
    const page = operation.pagination;
    const list = (names: string[]) => `[${names.map(literal).join(", ")}]`;
    const input = file.use(validatorSymbols(operation).input);
    file.add(
      functionDeclaration({
        name: file.declare(clientSymbols(operation).paginator.name),
        docs:
          `The pages of ${operation.summary}, one request each, until a page is not truncated: each next request carries ${(page?.outputTokens ?? []).map((t) => `\`${t}\``).join(" and ")} of the page before as ${(page?.inputTokens ?? []).map((t) => `\`${t}\``).join(" and ")}.` +
          ` A page's items: ${(page?.items ?? []).map((t) => `\`${t}\``).join(", ")}.\n\n@param options \`pageSize\`${page?.pageSize ? ` (\`${page.pageSize}\`)` : ""} and an \`AbortSignal\`.`,
        parameters: [
          { name: "client", type: file.use({ ...ObsClient, type: true }) },
          { name: "input", type: input },
          { name: "options", type: file.use(PaginateOptions), initializer: "{}" },
        ],
        returns: `AsyncGenerator<${file.use(validatorSymbols(operation).output)}, void, undefined>`,
        body: `return ${file.use(paginateValues("paginate"))}((request: ${input}) => client.${operation.name}(request, { signal: options.signal }), input, { inputTokens: ${list(page?.inputTokens ?? [])}, outputTokens: ${list(page?.outputTokens ?? [])}, truncated: ${literal(page?.truncated ?? "")}${page?.pageSize ? `, pageSize: ${literal(page.pageSize)}` : ""} }, options);`,
      }),
      "block",
    );
  }
  return file;
}

/** src/client.ts: the ObsClient class, a method per operation. */
function clientFile(model: ServiceModel): SourceFile {
  const file = new SourceFile("client", "src/client.ts");
  const use = file.use.bind(file);
  const methods = model.operations.map((operation) => {
    const names = clientSymbols(operation);
    const validator = validatorSymbols(operation);
    return `async ${operation.name}(${parameters([
      { name: "input", type: clientInputType(operation, file) },
      { name: "options", type: use(CallOptions), initializer: "{}" },
    ])}): Promise<${use(validator.output)}> {
const request = ${use(names.serialize)}(input);
const checked = ${use(validator.validate)}(request, { checkTransport: false, headersNormalized: true });
if (!checked.ok) throw ${use(transportValues("errorFromIssues"))}(checked.errors);
return ${use(names.deserialize)}(await ${use(transportValues("send"))}(this.config, request, options));
}`;
  });
  const implemented = model.operations.map((operation) => use(clientSymbols(operation).method));
  const docs = `A typed client for the ${model.title}.\n\nEach method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an \`ObsError\` carrying \`code\`, \`message\`, \`statusCode\`, \`requestId\` and \`hostId\`.`;
  // Each method's documentation is on its operation's interface (in its group's module), which
  // editors show for the method: an edit to an operation's text leaves this file as it is.
  file.add(
    `${doc(docs)}export class ${file.declare(ObsClient.name)}${implemented.length > 0 ? ` implements ${implemented.join(", ")}` : ""} {
private readonly config: ${use(ObsClientConfig)};

constructor(config: ${use(ObsClientConfig)}) {
const endpoint = URL.canParse(config.endpoint) ? new URL(config.endpoint) : undefined;
if (!endpoint || (endpoint.protocol !== "http:" && endpoint.protocol !== "https:")) throw new TypeError(\`endpoint must be an http(s) URL, got \${JSON.stringify(config.endpoint)}\`);
if (config.signatureVersion !== "v2" && config.signatureVersion !== "v4") throw new TypeError('signatureVersion must be "v2" or "v4"');
this.config = { ...config };
}

${methods.join("\n\n")}
}`,
    "block",
  );
  return file;
}
