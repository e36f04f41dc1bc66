/**
 * Every name generated code refers to, in one place: the runtime's (typed by the runtime modules
 * themselves, so a rename there stops the generator compiling) and the generated ones (named from
 * the model). An emitter writes `file.use(symbol)` and the import follows.
 */
import { codeSymbol, runtimeType, runtimeValues, type CodeSymbol } from "../code/symbols.js";
import type { OperationModel, StructureShape } from "../model/types.js";
import type * as request from "../../runtime/validator/request.js";
import type * as xmlShapes from "../../runtime/validator/xml-shapes.js";
import type * as jsonShapes from "../../runtime/validator/json-shapes.js";
import type * as transport from "../../runtime/client/transport.js";
import type * as paginate from "../../runtime/client/paginate.js";
import type * as form from "../../runtime/client/form.js";
import type * as core from "../../runtime/server/core.js";
import { constantCase } from "./names.js";

// The validator's runtime.
export const checks = runtimeValues<typeof import("../../runtime/validator/checks.js")>(
  "validator",
  "src/runtime/checks.ts",
);
export const requestValues = runtimeValues<typeof request>("validator", "src/runtime/request.ts");
export const xmlValues = runtimeValues<typeof xmlShapes>("validator", "src/runtime/xml-shapes.ts");
const requestFile = "src/runtime/request.ts";
const xmlFile = "src/runtime/xml-shapes.ts";
export const ObsRequest = runtimeType<request.ObsRequest>("validator", requestFile, "ObsRequest");
export const ValidateOptions = runtimeType<request.ValidateOptions>("validator", requestFile, "ValidateOptions");
export const ValidationIssue = runtimeType<request.ValidationIssue>("validator", requestFile, "ValidationIssue");
export const ValidationResult = runtimeType<request.ValidationResult<unknown>>(
  "validator",
  requestFile,
  "ValidationResult",
);
export const Fail = runtimeType<request.Fail>("validator", requestFile, "Fail");
export const XmlDocumentShape = runtimeType<xmlShapes.XmlDocumentShape>("validator", xmlFile, "XmlDocumentShape");
export const XmlStructureShape = runtimeType<xmlShapes.XmlStructureShape>("validator", xmlFile, "XmlStructureShape");
export const XmlDocument = runtimeType<xmlShapes.XmlDocument>("validator", xmlFile, "XmlDocument");
const jsonFile = "src/runtime/json-shapes.ts";
export const jsonValues = runtimeValues<typeof jsonShapes>("validator", jsonFile);
export const JsonDocumentShape = runtimeType<jsonShapes.JsonDocumentShape<unknown>>(
  "validator",
  jsonFile,
  "JsonDocumentShape",
);

// The client's runtime.
const transportFile = "src/runtime/transport.ts";
export const transportValues = runtimeValues<typeof transport>("client", transportFile);
export const CallOptions = runtimeType<transport.CallOptions>("client", transportFile, "CallOptions");
export const IncomingResponse = runtimeType<transport.IncomingResponse>("client", transportFile, "IncomingResponse");
export const OutgoingRequest = runtimeType<transport.OutgoingRequest>("client", transportFile, "OutgoingRequest");
export const ObsClientConfig = runtimeType<transport.ObsClientConfig>("client", transportFile, "ObsClientConfig");
export const WithBodySource = runtimeType<transport.WithBodySource<object, never>>(
  "client",
  transportFile,
  "WithBodySource",
);
export const formValues = runtimeValues<typeof form>("client", "src/runtime/form.ts");
export const paginateValues = runtimeValues<typeof paginate>("client", "src/runtime/paginate.ts");
export const PaginateOptions = runtimeType<paginate.PaginateOptions>(
  "client",
  "src/runtime/paginate.ts",
  "PaginateOptions",
);

// The server's runtime.
const coreFile = "src/runtime/core.ts";
export const coreValues = runtimeValues<typeof core>("server", coreFile);
export const RequestContext = runtimeType<core.RequestContext>("server", coreFile, "RequestContext");
export const Route = runtimeType<core.Route<unknown>>("server", coreFile, "Route");
export const RouteOutcome = runtimeType<core.RouteOutcome>("server", coreFile, "RouteOutcome");
export const BackendCallOptions = runtimeType<core.BackendCallOptions>("server", coreFile, "BackendCallOptions");
export const ObsServer = runtimeType<core.ObsServer>("server", coreFile, "ObsServer");
export const ObsServerOptions = runtimeType<core.ObsServerOptions<unknown>>("server", coreFile, "ObsServerOptions");

// Generated: the validator package.
export const errorStatus = codeSymbol("validator", "src/error-codes.ts", "errorStatus");
/** A named enum type, its value set and guard, a named structure and its descriptor: src/types.ts. */
export const sharedType = (name: string): CodeSymbol => codeSymbol("validator", "src/types.ts", name, true);
export const enumGuard = (name: string): CodeSymbol => codeSymbol("validator", "src/types.ts", `is${name}`);
export const enumValues = (name: string): CodeSymbol =>
  codeSymbol("validator", "src/types.ts", `${constantCase(name)}_VALUES`);
export const structureDescriptor = (shape: StructureShape): CodeSymbol =>
  codeSymbol("validator", "src/types.ts", `${constantCase(shape.name ?? "")}_XML`);
/** A JSON document's type and its descriptor: src/types.ts. */
export const jsonDocumentDescriptor = (typeName: string): CodeSymbol =>
  codeSymbol("validator", "src/types.ts", `${constantCase(typeName)}_JSON`);

/** The module of a package that holds an operation's group: src/operations/<group>.ts. */
export const operationsModule = (operation: OperationModel): string => `src/operations/${operation.group.module}.ts`;

/** The names the validator declares for an operation, in its group's module. */
export function validatorSymbols(operation: OperationModel) {
  const file = operationsModule(operation);
  return {
    file,
    validate: codeSymbol("validator", file, `validate${operation.id}Request`),
    input: codeSymbol("validator", file, `${operation.id}Input`, true),
    output: codeSymbol("validator", file, `${operation.id}Output`, true),
    inputDocument: codeSymbol("validator", file, `${constantCase(operation.id)}_INPUT_XML`),
    outputDocument: codeSymbol("validator", file, `${constantCase(operation.id)}_OUTPUT_XML`),
    /** The document another status answers (`x-obs-status-member`). */
    statusDocument: (status: number) => codeSymbol("validator", file, `${constantCase(operation.id)}_${status}_XML`),
    sensitive: codeSymbol("validator", file, `${constantCase(operation.id)}_SENSITIVE_MEMBERS`),
  };
}

/** The names the client declares for an operation, in its group's module. */
export function clientSymbols(operation: OperationModel) {
  const file = operationsModule(operation);
  return {
    file,
    serialize: codeSymbol("client", file, `serialize${operation.id}Request`),
    deserialize: codeSymbol("client", file, `deserialize${operation.id}Response`),
    method: codeSymbol("client", file, `${operation.id}Method`, true),
    paginator: codeSymbol("client", "src/paginators.ts", `paginate${operation.id}`),
  };
}
export const ObsClient = codeSymbol("client", "src/client.ts", "ObsClient");

/** The names the server declares for an operation, in its group's module. */
export function serverSymbols(operation: OperationModel) {
  const file = operationsModule(operation);
  return {
    file,
    route: codeSymbol("server", file, `${operation.name}Route`),
    render: codeSymbol("server", file, `render${operation.id}Response`),
    handlerOutput: codeSymbol("server", file, `${operation.id}HandlerOutput`, true),
    handler: codeSymbol("server", file, `${operation.id}Handler`, true),
    backend: codeSymbol("server", file, `${operation.id}Backend`, true),
  };
}
export const ObsHandlers = codeSymbol("server", "src/server.ts", "ObsHandlers", true);
export const ObsBackend = codeSymbol("server", "src/server.ts", "ObsBackend", true);
