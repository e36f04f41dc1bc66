import { constDeclaration, functionDeclaration, interfaceDeclaration, typeAlias } from "../code/declarations.js";
import { SourceFile } from "../code/source-file.js";
import { answerStatuses, type OperationModel, type ServiceModel } from "../model/types.js";
import { literal, pathWithSelectors, wireText } from "./names.js";
import {
  BackendCallOptions,
  coreValues,
  ObsBackend,
  ObsHandlers,
  ObsServer,
  ObsServerOptions,
  RequestContext,
  Route,
  RouteOutcome,
  serverSymbols,
  validatorSymbols,
} from "./symbols.js";
import { handlerOutputType, writtenByRuntime } from "./types-code.js";
import { answerUnitOf } from "../answers/index.js";
import { renderedDocument } from "../answers/xml.js";
import { bodyUnitOf } from "../bodies/index.js";
import { groupFiles, groupModules } from "./groups.js";

/** The server package's generated sources, by path: a route per operation, the handlers interface and createObsServer. */
export function emitServer(model: ServiceModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of groupFiles("server", model, addOperation)) files.set(file.path, file.text());
  files.set("src/server.ts", serverFile(model).text());
  const names = model.operations.map((operation) => ({ ...serverSymbols(operation), ...validatorSymbols(operation) }));
  files.set(
    "src/index.ts",
    [
      `export { createObsServer, forwardingHandlers, type ObsBackend, type ObsHandlers } from "./server.js";`,
      `export { createNodeListener, createObsHttpServer, type ObsHttpLimits, type ResponseLogger } from "./runtime/node-adapter.js";`,
      `export type { BackendCallOptions, ObsServer, ObsServerOptions, ObsHttpRequest, ObsHttpResponse, RequestContext } from "./runtime/core.js";`,
      `export type { CredentialsLookup, StoredCredentials } from "./runtime/auth.js";`,
      `export { escapeXml } from "./runtime/xml.js";`,
      `export { ObsError, ERROR_CODES } from "@obs-toolkit/validator";`,
      `export type { ${names.flatMap((n) => [n.input.name, n.output.name]).join(", ")} } from "@obs-toolkit/validator";`,
      ...groupModules(model).map(
        (path) =>
          `export { ${names
            .filter((n) => n.file === path)
            .map(
              (n) => `${n.render.name}, type ${n.handlerOutput.name}, type ${n.handler.name}, type ${n.backend.name}`,
            )
            .join(", ")} } from "./${path.slice(4, -3)}.js";`,
      ),
    ].join("\n") + "\n",
  );
  return files;
}

/** An operation's handler type, its response's renderer and its route. */
function addOperation(file: SourceFile, operation: OperationModel): void {
  const names = serverSymbols(operation);
  const validator = validatorSymbols(operation);
  const use = file.use.bind(file);
  const payload = operation.payload;
  const headers = operation.response.headers.filter((h) => !writtenByRuntime(h.wireName));
  const route = `${operation.method} ${pathWithSelectors(operation)}`;
  const prefixes = operation.response.prefixHeaders;
  const rendered = answerUnitOf(operation.response).render(
    operation.response,
    {
      documentName: operation.response.body ? use(validator.outputDocument) : "",
      outputTypeName: use(validator.output),
    },
    file,
  );
  const headerLines = [
    ...(rendered.contentType ? [`"content-type": ${literal(rendered.contentType)},`] : []),
    ...headers.map((h) => `${literal(h.wireName)}: ${wireText(h.type.kind, `output.${h.member}`)},`),
  ];
  // Another 2xx answers when its output member is present (206 when there is a Content-Range), or
  // the status member names it.
  const response = operation.response;
  const chosen = response.alternatives.reduceRight(
    (otherwise, alternative) =>
      alternative.when === undefined
        ? otherwise
        : `output.${alternative.when} !== undefined ? ${alternative.status} : ${otherwise}`,
    String(response.status),
  );
  const status = response.statusMember === undefined ? chosen : `output.${response.statusMember} ?? ${chosen}`;
  // A status with a document of its own answers it when its member holds one.
  const body = response.alternatives.reduceRight((otherwise, alternative) => {
    if (!alternative.body || response.statusMember === undefined) return otherwise;
    const member = `output.${alternative.body.member}`;
    const rendered = renderedDocument(
      alternative.body.document,
      use(validator.statusDocument(alternative.status)),
      member,
      file,
    );
    return `output.${response.statusMember} === ${alternative.status} && ${member} !== undefined\n    ? ${rendered}\n    : ${otherwise}`;
  }, rendered.body);
  const handlerOutput = file.declare(names.handlerOutput.name);

  file.add(
    typeAlias({
      name: handlerOutput,
      docs: `What a ${operation.summary} handler returns; the server adds the request ID, host ID and Date.`,
      type: handlerOutputType(operation, file),
    }),
  );
  // Here, not in ObsHandlers itself, so that an edit to the operation's text leaves src/server.ts as it is.
  file.add(
    interfaceDeclaration({
      name: file.declare(names.handler.name),
      docs: `The ${operation.summary} member of \`ObsHandlers\`.`,
      properties: [
        {
          name: operation.name,
          optional: true,
          docs: `${operation.summary}: ${operation.description.split("\n")[0] ?? ""}`,
          type: `(input: ${use(validator.input)}, context: ${use(RequestContext)}) => Promise<${handlerOutput}> | ${handlerOutput}`,
        },
      ],
    }),
    "block",
  );
  // A backend's method for the operation: what a gateway hands the validated input to.
  file.add(
    interfaceDeclaration({
      name: file.declare(names.backend.name),
      docs: `The ${operation.summary} member of \`ObsBackend\`.`,
      methods: [
        {
          name: operation.name,
          docs: `${operation.summary}, done by the service behind the server: its answer, or its S3 error thrown as an \`ObsError\`.`,
          parameters: [
            { name: "input", type: use(validator.input) },
            { name: "options", type: use(BackendCallOptions) },
          ],
          returns: `Promise<${handlerOutput}>`,
        },
      ],
    }),
    "block",
  );
  file.add(
    functionDeclaration({
      name: file.declare(names.render.name),
      docs: `The ${answerStatuses(operation.response).join(" or ")} response of ${operation.summary}: ${rendered.words}and the response headers.`,
      parameters: [{ name: "output", type: handlerOutput }],
      returns: use(RouteOutcome),
      body: [
        ...(prefixes.length > 0
          ? [
              `const headers: Record<string, string | undefined> = {\n${headerLines.join("\n")}\n};`,
              ...prefixes.map(
                (p) =>
                  `for (const [name, value] of Object.entries(output.${p.member} ?? {})) headers[\`${p.prefix}\${name.toLowerCase()}\`] = value;`,
              ),
            ]
          : []),
        `return {\n  ok: true,\n  status: ${status},\n  headers: ${prefixes.length > 0 ? "headers" : `{\n${headerLines.join("\n")}\n  }`},\n  body: ${body},\n};`,
      ],
    }),
    "block",
  );
  const payloadCode = payload ? bodyUnitOf(payload).route(payload) : `{ kind: "none" }`;
  file.add(
    constDeclaration({
      name: file.declare(names.route.name),
      docs: `How the server routes, validates and answers ${operation.summary} (\`${route}\`).`,
      type: `${use(Route)}<${use(ObsHandlers)}>`,
      value: `{
  id: ${literal(operation.id)},
  method: ${literal(operation.method)},
  selectors: [${operation.selectors.map(literal).join(", ")}],
  headerSelectors: [${operation.headerSelectors.map(literal).join(", ")}],
  parameters: [${operation.query.map((q) => literal(q.wireName)).join(", ")}],
  level: ${literal(operation.level)},
  payload: ${payloadCode},${operation.anonymous ? "\n  anonymous: true," : ""}
  implemented: (handlers) => handlers.${operation.name} !== undefined,
  async run(handlers, request, context) {
    const handler = handlers.${operation.name};
    if (!handler) throw ${use(coreValues("notImplemented"))}(${literal(operation.summary)});
    const checked = ${use(validator.validate)}(request, { requestTime: context.receivedAt, headersNormalized: true });
    if (!checked.ok) return checked;
    return ${names.render.name}(await handler(checked.value, context));
  },
}`,
    }),
  );
}

/** src/server.ts: ObsHandlers, every operation's handler, and createObsServer over the routes. */
function serverFile(model: ServiceModel): SourceFile {
  const file = new SourceFile("server", "src/server.ts");
  const use = file.use.bind(file);
  file.add(
    interfaceDeclaration({
      name: file.declare(ObsHandlers.name),
      docs: "The operations a server implements, each optional: a request for one without a handler answers 501 NotImplemented. Each receives validated, typed input; throwing an `ObsError` (e.g. `NoSuchBucket`) answers that S3 error.",
      extends: model.operations.map((operation) => use(serverSymbols(operation).handler)),
    }),
    "block",
  );
  file.add(
    interfaceDeclaration({
      name: file.declare(ObsBackend.name),
      docs: "A service the server can hand each validated request to, one method per operation: the generated `ObsClient` is one, so a server over it is a gateway in front of another S3 service. `forwardingHandlers` makes the handlers.",
      extends: model.operations.map((operation) => use(serverSymbols(operation).backend)),
    }),
    "block",
  );
  // A body passed on as it came goes with the length and MD5 its client declared; any other is the backend client's to write.
  const forwards = model.operations.map((operation) =>
    operation.payload && bodyUnitOf(operation.payload).passedOnAsSent
      ? `${operation.name}: (input, context) => backend.${operation.name}(input, ${use(coreValues("streamedBodyOptions"))}(context)),`
      : `${operation.name}: (input) => backend.${operation.name}(input, {}),`,
  );
  file.add(
    functionDeclaration({
      name: file.declare("forwardingHandlers"),
      docs: "Handlers that hand each request, authenticated and validated, to `backend`, and answer what it answers (its S3 errors included): every operation, for `createObsServer`.",
      parameters: [{ name: "backend", type: ObsBackend.name }],
      returns: `Required<${ObsHandlers.name}>`,
      body: `return {\n${forwards.join("\n")}\n};`,
    }),
    "block",
  );
  file.add(
    constDeclaration({
      name: file.declare("ROUTES"),
      type: `readonly ${use(Route)}<${ObsHandlers.name}>[]`,
      value: `[${model.operations.map((operation) => use(serverSymbols(operation).route)).join(", ")}]`,
      exported: false,
    }),
  );
  file.add(
    functionDeclaration({
      name: file.declare("createObsServer"),
      docs: `A framework-free ${model.title} server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to ${model.signing.maxClockSkewSeconds} s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with \`createNodeListener\`.`,
      parameters: [{ name: "options", type: `${use(ObsServerOptions)}<${ObsHandlers.name}>` }],
      returns: use(ObsServer),
      body: `return ${use(coreValues("createServerCore"))}(options, ROUTES, { maxClockSkewSeconds: ${model.signing.maxClockSkewSeconds}, service: ${literal(model.signing.service)}, subResources: [${model.subResources.map(literal).join(", ")}] });`,
    }),
    "block",
  );
  return file;
}
