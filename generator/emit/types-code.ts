import { StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type StatementStructures } from "ts-morph";
import type { OperationModel, ScalarBinding, ServiceModel } from "../model/types.js";
import { constantCase, docText, literal } from "./names.js";

/** Response headers the server runtime writes itself; handlers do not return them. */
export const RUNTIME_RESPONSE_HEADERS = new Set(["x-amz-request-id", "x-amz-id-2", "date"]);

export const inputTypeName = (operation: OperationModel) => `${operation.id}Input`;
export const outputTypeName = (operation: OperationModel) => `${operation.id}Output`;

export function scalarMembers(operation: OperationModel): ScalarBinding[] {
  return [operation.bucket, operation.key, ...operation.query, ...operation.headers].filter((b): b is ScalarBinding => b !== undefined);
}

/** The TypeScript type of a scalar member: a named enum type, a literal union, or string. */
export function memberType(binding: ScalarBinding): string {
  if (binding.type.name) return binding.type.name;
  if (binding.type.enumValues) return binding.type.enumValues.map(literal).join(" | ");
  return "string";
}

/** Named enum types used by the service's operations, each with its guard and value set. */
export function enumStatements(model: ServiceModel): StatementStructures[] {
  const seen = new Map<string, ScalarBinding>();
  for (const operation of model.operations) {
    for (const binding of scalarMembers(operation)) if (binding.type.name && binding.type.enumValues) seen.set(binding.type.name, binding);
  }
  return [...seen.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([name, binding]): StatementStructures[] => [
      {
        kind: StructureKind.TypeAlias,
        name,
        isExported: true,
        docs: [docText(binding.type.description)],
        type: (binding.type.enumValues ?? []).map(literal).join(" | "),
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        docs: [`Every ${name} value.`],
        declarationKind: "const" as never,
        declarations: [{ name: `${constantCase(name)}_VALUES`, type: `ReadonlySet<string>`, initializer: `new Set([${(binding.type.enumValues ?? []).map(literal).join(", ")}])` }],
      },
      {
        kind: StructureKind.Function,
        isExported: true,
        name: `is${name}`,
        docs: [`Whether \`value\` is a ${name}.`],
        parameters: [{ name: "value", type: "string" }],
        returnType: `value is ${name}`,
        statements: `return ${constantCase(name)}_VALUES.has(value);`,
      },
    ]);
}

export function inputInterface(operation: OperationModel): InterfaceDeclarationStructure {
  const properties: OptionalKind<PropertySignatureStructure>[] = scalarMembers(operation).map((binding) => ({
    name: binding.member,
    hasQuestionToken: !binding.required,
    type: binding.required ? memberType(binding) : `${memberType(binding)} | undefined`,
    docs: [docText(`${binding.description}\n\n${binding.location === "header" ? "Header" : binding.location === "query" ? "Query parameter" : "Path"}: \`${binding.wireName}\`.`)],
  }));
  for (const prefix of operation.prefixHeaders) {
    properties.push({
      name: prefix.member,
      hasQuestionToken: true,
      type: "Record<string, string> | undefined",
      docs: [docText(`${prefix.description}\n\nHeaders: \`${prefix.prefix}*\`, one per entry.`)],
    });
  }
  return {
    kind: StructureKind.Interface,
    name: inputTypeName(operation),
    isExported: true,
    docs: [`The input of ${operation.summary}.`],
    properties,
  };
}

export function outputInterface(operation: OperationModel): InterfaceDeclarationStructure {
  const properties: OptionalKind<PropertySignatureStructure>[] = [
    ...(operation.response.body?.members ?? []).map((member) => ({
      name: member.member,
      hasQuestionToken: !member.required,
      type: member.required ? "string" : "string | undefined",
      docs: [docText(`${member.description}\n\nXML element: \`${member.xmlName}\`.`)],
    })),
    ...operation.response.headers.map((header) => ({
      name: header.member,
      hasQuestionToken: true,
      type: "string | undefined",
      docs: [docText(`${header.description}\n\nHeader: \`${header.wireName}\`.`)],
    })),
  ];
  return {
    kind: StructureKind.Interface,
    name: outputTypeName(operation),
    isExported: true,
    docs: [`The output of ${operation.summary}.`],
    properties,
  };
}

/** The members a handler returns: the output without what the server runtime fills in. */
export function handlerOutputType(operation: OperationModel): string {
  const runtimeOwned = operation.response.headers.filter((h) => RUNTIME_RESPONSE_HEADERS.has(h.wireName)).map((h) => literal(h.member));
  return runtimeOwned.length > 0 ? `Omit<${outputTypeName(operation)}, ${runtimeOwned.join(" | ")}>` : outputTypeName(operation);
}
