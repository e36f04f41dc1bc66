import { xmlConstraintField } from "../keywords/index.js";
import {
  constDeclaration,
  functionDeclaration,
  interfaceDeclaration,
  typeAlias,
  type PropertySpec,
} from "../code/declarations.js";
import { SourceFile } from "../code/source-file.js";
import type {
  OperationModel,
  ScalarBinding,
  ScalarType,
  ServiceModel,
  StructureShape,
  XmlMember,
  XmlShape,
} from "../model/types.js";
import { answerStatuses } from "../model/types.js";
import { RUNTIME_RESPONSE_HEADERS } from "../../runtime/server/response-headers.js";
import { literal } from "./names.js";
import { answerUnitOf } from "../answers/index.js";
import { bodyUnitOf } from "../bodies/index.js";
import {
  enumValues,
  JsonDocumentShape,
  jsonDocumentDescriptor,
  structureDescriptor,
  validatorSymbols,
  XmlStructureShape,
} from "./symbols.js";
import { documentType, scalarType, xmlProperty } from "./xml-code.js";
import { jsonDescriptor, jsonDocuments, jsonType } from "./json-code.js";

export const memberType = (binding: ScalarBinding, file: SourceFile): string => scalarType(binding.type, file);

export function scalarMembers(operation: OperationModel): ScalarBinding[] {
  return [
    operation.bucket,
    operation.key,
    ...operation.query,
    ...operation.headers,
    ...(operation.payload?.kind === "form" ? operation.payload.fields : []),
  ].filter((b): b is ScalarBinding => b !== undefined);
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

/** src/types.ts: named enum types (with value set and guard), named XML structures (interface and descriptor). */
export function sharedTypesFile(model: ServiceModel): SourceFile {
  const file = new SourceFile("validator", "src/types.ts");
  const enums = [...namedScalarTypes(model).entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [name, type] of enums) {
    const values = (type.enumValues ?? []).map(literal);
    const valueSet = file.declare(enumValues(name).name);
    file.add(typeAlias({ name: file.declare(name), docs: type.description, type: values.join(" | ") }));
    file.add(
      constDeclaration({
        name: valueSet,
        docs: `Every ${name} value.`,
        type: "ReadonlySet<string>",
        value: `new Set([${values.join(", ")}])`,
      }),
    );
    file.add(
      functionDeclaration({
        name: file.declare(`is${name}`),
        docs: `Whether \`value\` is a ${name}.`,
        parameters: [{ name: "value", type: "string" }],
        returns: `value is ${name}`,
        body: `return ${valueSet}.has(value);`,
      }),
      "block",
    );
  }
  for (const shape of dependencyOrder(model.structures)) {
    file.add(
      interfaceDeclaration({
        name: file.declare(shape.name ?? ""),
        docs: shape.description || `The ${shape.name} XML structure.`,
        properties: shape.members.map((member) => xmlProperty(member, !member.required && !member.list, file)),
      }),
      "block",
    );
    file.add(
      constDeclaration({
        name: file.declare(structureDescriptor(shape).name),
        docs: `How ${shape.name} is read from and written to XML.`,
        type: file.use(XmlStructureShape),
        value: structureDescriptorCode(shape.members, file),
      }),
    );
  }
  const documents = jsonDocuments(model);
  for (const document of documents) {
    file.add(
      typeAlias({
        name: file.declare(document.typeName),
        docs: document.shape.description || document.description,
        type: jsonType(document.shape),
      }),
      "block",
    );
    file.add(
      constDeclaration({
        name: file.declare(jsonDocumentDescriptor(document.typeName).name),
        docs: `How a ${document.typeName} JSON document is checked.`,
        type: `${file.use(JsonDocumentShape)}<${document.typeName}>`,
        value: jsonDescriptor(document.shape),
      }),
    );
  }
  // A spec without enums, structures or JSON documents still has the module the index re-exports.
  if (enums.length === 0 && model.structures.length === 0 && documents.length === 0) file.add("export {};");
  return file;
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
function structureDescriptorCode(members: XmlMember[], file: SourceFile): string {
  return `{ kind: "structure", members: [\n${members.map((member) => memberDescriptor(member, file)).join(",\n")}\n] }`;
}

function memberDescriptor(member: XmlMember, file: SourceFile): string {
  const shape = member.shape;
  let shapeCode: string;
  if (shape.kind === "structure")
    shapeCode = shape.name ? file.use(structureDescriptor(shape)) : structureDescriptorCode(shape.members, file);
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
  if (member.attribute)
    fields.push(
      member.attribute.prefix === undefined
        ? "attribute: {}"
        : `attribute: { prefix: ${literal(member.attribute.prefix)}, namespace: ${literal(member.attribute.namespace)} }`,
    );
  fields.push(`shape: ${shapeCode}`);
  return `{ ${fields.join(", ")} }`;
}

/** A document's descriptor: root, namespace and members. */
export function documentDescriptor(document: XmlShape, file: SourceFile): string {
  const text = document.text ? `text: { member: ${literal(document.text.member)} }, ` : "";
  return `{ root: ${literal(document.name)}, ${document.namespace ? `namespace: ${literal(document.namespace)}, ` : ""}${text}${structureDescriptorCode(document.members, file).slice(2)}`;
}

const LOCATION_WORDS: Record<ScalarBinding["location"], string> = {
  header: "Header",
  query: "Query parameter",
  path: "Path",
  form: "Form field",
};

/** A scalar member of an input interface, its description and wire name as its doc comment. */
export function inputProperty(binding: ScalarBinding, file: SourceFile): PropertySpec {
  return {
    name: binding.member,
    optional: !binding.required,
    type: binding.required ? memberType(binding, file) : `${memberType(binding, file)} | undefined`,
    docs:
      `${binding.description}\n\n${LOCATION_WORDS[binding.location]}: \`${binding.wireName}\`.` +
      (binding.type.defaultValue !== undefined ? ` Default: \`${String(binding.type.defaultValue)}\`.` : ""),
  };
}

/** The input interface; a member defined once for many operations (`sharedInterface`) comes by `extends`. */
export function inputInterface(
  operation: OperationModel,
  file: SourceFile,
  sharedInterface: (binding: ScalarBinding) => string | undefined,
): string {
  const bindings = scalarMembers(operation);
  const extended = bindings.flatMap((binding) => sharedInterface(binding) ?? []);
  const properties = bindings
    .filter((binding) => sharedInterface(binding) === undefined)
    .map((binding) => inputProperty(binding, file));
  for (const prefix of operation.prefixHeaders) {
    properties.push({
      name: prefix.member,
      optional: true,
      type: "Record<string, string> | undefined",
      docs: `${prefix.description}\n\nHeaders: \`${prefix.prefix}*\`, one per entry.`,
    });
  }
  const payload = operation.payload;
  if (payload) properties.push(...bodyUnitOf(payload).inputProperties(payload, file));
  return interfaceDeclaration({
    name: file.declare(validatorSymbols(operation).input.name),
    docs: `The input of ${operation.summary}.`,
    extends: extended,
    properties,
  });
}

export function outputInterface(operation: OperationModel, file: SourceFile): string {
  const properties: PropertySpec[] = [
    // The body's members first (a document's elements, or the stream), then the headers.
    ...answerUnitOf(operation.response).outputProperties(operation.response, file),
    ...operation.response.headers.map((header) => ({
      name: header.member,
      optional: !header.required,
      type: header.required ? scalarType(header.type, file) : `${scalarType(header.type, file)} | undefined`,
      docs: `${header.description}\n\nHeader: \`${header.wireName}\`.`,
    })),
    ...operation.response.prefixHeaders.map((prefix) => ({
      name: prefix.member,
      optional: true,
      type: "Record<string, string> | undefined",
      docs: `${prefix.description}\n\nHeaders: \`${prefix.prefix}*\`, one per entry (names lowercase).`,
    })),
    ...statusProperties(operation.response, file),
  ];
  return interfaceDeclaration({
    name: file.declare(validatorSymbols(operation).output.name),
    docs: `The output of ${operation.summary}.`,
    properties,
  });
}

/** The status member and the documents other statuses answer, each held whole by a member. */
function statusProperties(response: OperationModel["response"], file: SourceFile): PropertySpec[] {
  const member = response.statusMember;
  return [
    ...(member === undefined
      ? []
      : [
          {
            name: member,
            optional: true,
            type: `${answerStatuses(response).join(" | ")} | undefined`,
            docs: `The answer's HTTP status (default ${response.status}): ${response.alternatives.map((a) => `${a.status}, ${a.description.replace(/\.$/, "")}`).join("; ")}.`,
          },
        ]),
    ...response.alternatives.flatMap((alternative) =>
      alternative.body
        ? [
            {
              name: alternative.body.member,
              optional: true,
              type: `${documentType(alternative.body.document, file)} | undefined`,
              docs: `${alternative.body.document.description}\n\nXML: the \`<${alternative.body.document.name}>\` document a ${alternative.status} answers.`,
            },
          ]
        : [],
    ),
  ];
}

/** Whether a response header is one the server runtime writes itself. */
export const writtenByRuntime = (wireName: string): boolean =>
  (RUNTIME_RESPONSE_HEADERS as readonly string[]).includes(wireName);

/** The members a handler returns: the output without what the server runtime fills in. */
export function handlerOutputType(operation: OperationModel, file: SourceFile): string {
  const output = file.use(validatorSymbols(operation).output);
  const runtimeOwned = operation.response.headers
    .filter((h) => writtenByRuntime(h.wireName))
    .map((h) => literal(h.member));
  const type = runtimeOwned.length > 0 ? `Omit<${output}, ${runtimeOwned.join(" | ")}>` : output;
  // A handler may answer a byte stream in any form the adapter can write.
  return answerUnitOf(operation.response).handlerOutput(type, operation.response);
}
