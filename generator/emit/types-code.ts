import { xmlConstraintField } from "../keywords/index.js";
import {
  StructureKind,
  VariableDeclarationKind,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
} from "ts-morph";
import type {
  OperationModel,
  ScalarBinding,
  ScalarType,
  ServiceModel,
  StructureShape,
  XmlMember,
  XmlShape,
} from "../model/types.js";
import { constantCase, docText, literal } from "./names.js";
import { answerUnitOf } from "../answers/index.js";
import { bodyUnitOf } from "../bodies/index.js";
import { scalarType, xmlProperty } from "./xml-code.js";

export { elementType, scalarType, xmlMemberType } from "./xml-code.js";

export const memberType = (binding: ScalarBinding): string => scalarType(binding.type);

/** Response headers the server runtime writes itself; handlers do not return them. */
export const RUNTIME_RESPONSE_HEADERS = new Set(["x-amz-request-id", "x-amz-id-2", "date"]);

export const inputTypeName = (operation: OperationModel) => `${operation.id}Input`;
export const outputTypeName = (operation: OperationModel) => `${operation.id}Output`;
/** The descriptor of a named structure, of a request document and of a response document. */
export const structureShapeName = (shape: StructureShape) => `${constantCase(shape.name ?? "")}_XML`;
export const inputDocumentName = (operation: OperationModel) => `${constantCase(operation.id)}_INPUT_XML`;
export const outputDocumentName = (operation: OperationModel) => `${constantCase(operation.id)}_OUTPUT_XML`;

export function scalarMembers(operation: OperationModel): ScalarBinding[] {
  return [operation.bucket, operation.key, ...operation.query, ...operation.headers].filter(
    (b): b is ScalarBinding => b !== undefined,
  );
}

/** Every named scalar type (enums) the service uses, from members, headers and XML elements. */
function namedScalarTypes(model: ServiceModel): Map<string, ScalarType> {
  const seen = new Map<string, ScalarType>();
  const add = (type: ScalarType) => {
    if (type.name && type.enumValues) seen.set(type.name, type);
  };
  const visit = (members: XmlMember[], done: Set<StructureShape>) => {
    for (const member of members) {
      if (member.shape.kind === "scalar") add(member.shape.type);
      else if (!done.has(member.shape)) {
        done.add(member.shape);
        visit(member.shape.members, done);
      }
    }
  };
  for (const operation of model.operations) {
    for (const binding of scalarMembers(operation)) add(binding.type);
    for (const header of operation.response.headers) add(header.type);
    if (operation.payload) visit(bodyUnitOf(operation.payload).document(operation.payload)?.members ?? [], new Set());
    if (operation.response.body) visit(operation.response.body.members, new Set());
  }
  return seen;
}

/** Named enum types (with guard and value set), named XML structures (interface and descriptor). */
export function sharedTypeStatements(model: ServiceModel): StatementStructures[] {
  const enums = [...namedScalarTypes(model).entries()].sort(([a], [b]) => a.localeCompare(b));
  const statements: StatementStructures[] = enums.flatMap(([name, type]): StatementStructures[] => [
    {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: [docText(type.description)],
      type: (type.enumValues ?? []).map(literal).join(" | "),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      docs: [`Every ${name} value.`],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: `${constantCase(name)}_VALUES`,
          type: `ReadonlySet<string>`,
          initializer: `new Set([${(type.enumValues ?? []).map(literal).join(", ")}])`,
        },
      ],
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
  if (model.structures.length > 0)
    statements.unshift({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/xml-shapes.js",
      namedImports: ["type XmlStructureShape"],
    });
  for (const shape of dependencyOrder(model.structures)) {
    statements.push(
      {
        kind: StructureKind.Interface,
        name: shape.name ?? "",
        isExported: true,
        docs: [docText(shape.description || `The ${shape.name} XML structure.`)],
        properties: shape.members.map((member) => xmlProperty(member, !member.required && !member.list)),
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        docs: [`How ${shape.name} is read from and written to XML.`],
        declarationKind: VariableDeclarationKind.Const,
        declarations: [
          {
            name: structureShapeName(shape),
            type: "XmlStructureShape",
            initializer: structureDescriptor(shape.members),
          },
        ],
      },
    );
  }
  return statements;
}

/** Named structures, each after those it refers to (a descriptor constant is used once declared). */
function dependencyOrder(structures: StructureShape[]): StructureShape[] {
  const ordered: StructureShape[] = [];
  const visit = (shape: StructureShape, path: StructureShape[]) => {
    if (ordered.includes(shape)) return;
    if (path.includes(shape))
      throw new Error(
        `XML structure ${shape.name} refers to itself (${shape.source.file}:${shape.source.line}); recursive structures are not supported`,
      );
    for (const member of shape.members)
      if (member.shape.kind === "structure" && member.shape.name) visit(member.shape, [...path, shape]);
    ordered.push(shape);
  };
  for (const shape of structures) visit(shape, []);
  return ordered;
}

/** The descriptor literal of a structure's members (runtime/validator/xml-shapes.ts reads it). */
export function structureDescriptor(members: XmlMember[]): string {
  return `{ kind: "structure", members: [\n${members.map(memberDescriptor).join(",\n")}\n] }`;
}

function memberDescriptor(member: XmlMember): string {
  const shape = member.shape;
  let shapeCode: string;
  if (shape.kind === "structure")
    shapeCode = shape.name ? structureShapeName(shape) : structureDescriptor(shape.members);
  else {
    const fields = [`kind: ${literal(shape.type.kind)}`];
    // The model keeps only constraints that have a descriptor field.
    fields.push(...member.constraints.flatMap((constraint) => xmlConstraintField(constraint) ?? []));
    shapeCode = `{ ${fields.join(", ")} }`;
  }
  const fields = [`member: ${literal(member.member)}`, `xml: ${literal(member.xmlName)}`];
  if (member.required) fields.push("required: true");
  if (member.list) {
    const bounds = [
      ...(member.list.minItems !== undefined ? [`minItems: ${member.list.minItems}`] : []),
      ...(member.list.maxItems !== undefined ? [`maxItems: ${member.list.maxItems}`] : []),
    ];
    fields.push(
      `list: { item: ${literal(member.list.itemName)}, wrapped: ${member.list.wrapped}${bounds.map((b) => `, ${b}`).join("")} }`,
    );
  }
  if (member.error) fields.push(`error: ${literal(member.error)}`);
  fields.push(`shape: ${shapeCode}`);
  return `{ ${fields.join(", ")} }`;
}

/** A document's descriptor: root, namespace and members. */
export function documentDescriptor(document: XmlShape): string {
  const text = document.text ? `text: { member: ${literal(document.text.member)} }, ` : "";
  return `{ root: ${literal(document.name)}, ${document.namespace ? `namespace: ${literal(document.namespace)}, ` : ""}${text}${structureDescriptor(document.members).slice(2)}`;
}

/** A scalar member of an input interface, its description and wire name as its doc comment. */
export function inputProperty(binding: ScalarBinding): OptionalKind<PropertySignatureStructure> {
  return {
    name: binding.member,
    hasQuestionToken: !binding.required,
    type: binding.required ? memberType(binding) : `${memberType(binding)} | undefined`,
    docs: [
      docText(
        `${binding.description}\n\n${binding.location === "header" ? "Header" : binding.location === "query" ? "Query parameter" : "Path"}: \`${binding.wireName}\`.` +
          (binding.type.defaultValue !== undefined ? ` Default: \`${String(binding.type.defaultValue)}\`.` : ""),
      ),
    ],
  };
}

/** The input interface; a member defined once for many operations (`sharedInterface`) comes by `extends`. */
export function inputInterface(
  operation: OperationModel,
  sharedInterface: (binding: ScalarBinding) => string | undefined = () => undefined,
): InterfaceDeclarationStructure {
  const bindings = scalarMembers(operation);
  const extended = bindings.flatMap((binding) => sharedInterface(binding) ?? []);
  const properties = bindings.filter((binding) => sharedInterface(binding) === undefined).map(inputProperty);
  for (const prefix of operation.prefixHeaders) {
    properties.push({
      name: prefix.member,
      hasQuestionToken: true,
      type: "Record<string, string> | undefined",
      docs: [docText(`${prefix.description}\n\nHeaders: \`${prefix.prefix}*\`, one per entry.`)],
    });
  }
  const payload = operation.payload;
  if (payload) properties.push(...bodyUnitOf(payload).inputProperties(payload));
  return {
    kind: StructureKind.Interface,
    name: inputTypeName(operation),
    isExported: true,
    docs: [`The input of ${operation.summary}.`],
    extends: extended,
    properties,
  };
}

export function outputInterface(operation: OperationModel): InterfaceDeclarationStructure {
  const properties: OptionalKind<PropertySignatureStructure>[] = [
    // The body's members first (a document's elements, or the stream), then the headers.
    ...answerUnitOf(operation.response).outputProperties(operation.response),
    ...operation.response.headers.map((header) => ({
      name: header.member,
      hasQuestionToken: !header.required,
      type: header.required ? scalarType(header.type) : `${scalarType(header.type)} | undefined`,
      docs: [docText(`${header.description}\n\nHeader: \`${header.wireName}\`.`)],
    })),
    ...operation.response.prefixHeaders.map((prefix) => ({
      name: prefix.member,
      hasQuestionToken: true,
      type: "Record<string, string> | undefined",
      docs: [docText(`${prefix.description}\n\nHeaders: \`${prefix.prefix}*\`, one per entry (names lowercase).`)],
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
  const runtimeOwned = operation.response.headers
    .filter((h) => RUNTIME_RESPONSE_HEADERS.has(h.wireName))
    .map((h) => literal(h.member));
  const type =
    runtimeOwned.length > 0
      ? `Omit<${outputTypeName(operation)}, ${runtimeOwned.join(" | ")}>`
      : outputTypeName(operation);
  // A handler may answer a byte stream in any form the adapter can write.
  return answerUnitOf(operation.response).handlerOutput(type, operation.response);
}
