import type { JsonDocument, JsonShape, OperationModel, ServiceModel } from "../model/types.js";
import { arrayOf, literal } from "./names.js";

/** How JSON documents are written as TypeScript, as descriptors and as an example: what types, bodies and docs share. */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const propertyName = (name: string) => (IDENTIFIER.test(name) ? name : literal(name));

/** The TypeScript type of a JSON value of `shape`; the document's own properties keep the JSON names. */
export function jsonType(shape: JsonShape): string {
  switch (shape.kind) {
    case "object":
      return `{ ${shape.properties
        .map(
          ({ name, shape: property, required }) => `${propertyName(name)}${required ? "" : "?"}: ${jsonType(property)}`,
        )
        .join("; ")} }`;
    case "map":
      return `Record<string, ${jsonType(shape.values)}>`;
    case "array":
      return arrayOf(jsonType(shape.items));
    case "string":
      return shape.enum ? shape.enum.map(literal).join(" | ") : "string";
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "oneOf":
      return shape.options.map(jsonType).join(" | ");
  }
}

/** The descriptor literal of a shape (runtime/validator/json-shapes.ts reads it). */
export function jsonDescriptor(shape: JsonShape): string {
  const fields = (entries: Array<[string, unknown]>) =>
    entries
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `, ${key}: ${JSON.stringify(value)}`)
      .join("");
  switch (shape.kind) {
    case "object": {
      const required = shape.properties.filter((property) => property.required).map((property) => property.name);
      return `{ kind: "object", properties: { ${shape.properties
        .map(({ name, shape: property }) => `${literal(name)}: ${jsonDescriptor(property)}`)
        .join(", ")} }${required.length > 0 ? `, required: ${JSON.stringify(required)}` : ""} }`;
    }
    case "map":
      return `{ kind: "map", values: ${jsonDescriptor(shape.values)} }`;
    case "array":
      return `{ kind: "array", items: ${jsonDescriptor(shape.items)}${fields([
        ["minItems", shape.minItems],
        ["maxItems", shape.maxItems],
      ])} }`;
    case "string":
      return `{ kind: "string"${fields([
        ["enum", shape.enum],
        ["pattern", shape.pattern],
        ["minLength", shape.minLength],
        ["maxLength", shape.maxLength],
      ])} }`;
    case "integer":
      return `{ kind: "integer"${fields([
        ["minimum", shape.minimum],
        ["maximum", shape.maximum],
      ])} }`;
    case "boolean":
      return `{ kind: "boolean" }`;
    case "oneOf":
      return `{ kind: "oneOf", options: [${shape.options.map(jsonDescriptor).join(", ")}] }`;
  }
}

/** A document's outline for the docs: each property with a placeholder of its kind. */
export function jsonSkeleton(shape: JsonShape, indent = ""): string {
  switch (shape.kind) {
    case "object":
      return `{\n${shape.properties
        .map(({ name, shape: property }) => `${indent}  ${literal(name)}: ${jsonSkeleton(property, `${indent}  `)}`)
        .join(",\n")}\n${indent}}`;
    case "map":
      return `{ "name": ${jsonSkeleton(shape.values, indent)} }`;
    case "array":
      return `[${jsonSkeleton(shape.items, indent)}, …]`;
    case "string":
      return shape.enum ? literal(shape.enum.join(" | ")) : `"string"`;
    case "integer":
      return "0";
    case "boolean":
      return "true";
    case "oneOf":
      return jsonSkeleton(shape.options[0] ?? { kind: "boolean", description: "" }, indent);
  }
}

/** Every JSON document of the spec once, by type name (requests' and responses'). */
export function jsonDocuments(model: ServiceModel): JsonDocument[] {
  const byName = new Map<string, JsonDocument>();
  const add = (document: JsonDocument | undefined) => {
    if (document && !byName.has(document.typeName)) byName.set(document.typeName, document);
  };
  for (const operation of model.operations) {
    add(jsonPayloadOf(operation));
    add(operation.response.json);
  }
  return [...byName.values()].sort((a, b) => a.typeName.localeCompare(b.typeName));
}

const jsonPayloadOf = (operation: OperationModel): JsonDocument | undefined =>
  operation.payload?.kind === "json" ? operation.payload.document : undefined;
