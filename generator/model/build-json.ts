import type { ModelContext } from "./context.js";
import type { JsonDocument, JsonShape } from "./types.js";

type Node = Record<string, unknown>;

/**
 * The shape of a JSON schema (a body's, in application/json): `type: object` with `properties`
 * and `required` (closed: no other property), or with `additionalProperties` alone (a map);
 * `type: array` with `items`, `minItems`, `maxItems`; strings (`enum`, `pattern`, `minLength`,
 * `maxLength`), integers (`minimum`, `maximum`), booleans; `oneOf`. Which keys each may have is
 * the meta-schema's to check; what it cannot say is checked here.
 */
export function buildJsonShape(context: ModelContext, schema: Node): JsonShape {
  const description = (context.string(schema, "description") ?? "").trim();
  const number = (key: string) => (typeof schema[key] === "number" ? schema[key] : undefined);
  if (Array.isArray(schema.oneOf)) {
    const options = schema.oneOf.filter((option): option is Node => context.object(option));
    return { kind: "oneOf", description, options: options.map((option) => buildJsonShape(context, option)) };
  }
  switch (schema.type) {
    case "object": {
      const properties = context.object(schema.properties) ? schema.properties : undefined;
      const values = schema.additionalProperties;
      if (properties && context.object(values))
        context.report(schema, `a JSON object has "properties" (closed) or "additionalProperties" (a map), not both`);
      if (!properties && context.object(values))
        return { kind: "map", description, values: buildJsonShape(context, values) };
      const required = new Set(context.stringList(schema, "required") ?? []);
      for (const name of required)
        if (!properties || !Object.hasOwn(properties, name))
          context.report(schema, `"${name}" is required but not a property`, "required");
      return {
        kind: "object",
        description,
        properties: Object.entries(properties ?? {}).flatMap(([name, property]) =>
          context.object(property)
            ? [{ name, shape: buildJsonShape(context, property), required: required.has(name) }]
            : [],
        ),
      };
    }
    case "array": {
      if (!context.object(schema.items)) context.report(schema, `a JSON array needs "items"`, "items");
      return {
        kind: "array",
        description,
        items: buildJsonShape(context, context.object(schema.items) ? schema.items : {}),
        minItems: number("minItems"),
        maxItems: number("maxItems"),
      };
    }
    case "string":
      return {
        kind: "string",
        description,
        enum: context.stringList(schema, "enum"),
        pattern: context.string(schema, "pattern"),
        minLength: number("minLength"),
        maxLength: number("maxLength"),
      };
    case "integer":
      return { kind: "integer", description, minimum: number("minimum"), maximum: number("maximum") };
    case "boolean":
      return { kind: "boolean", description };
    default:
      context.report(schema, `a JSON schema needs a "type" (object, array, string, integer, boolean) or "oneOf"`);
      return { kind: "boolean", description };
  }
}

/** A JSON document carried by `member`: typed by its schema component's name, else the member's (`policy` → `PolicyDocument`). */
export function buildJsonDocument(
  context: ModelContext,
  schema: Node,
  member: string,
  description: string,
): JsonDocument {
  const name = member.replace(/^[a-z]/, (first) => first.toUpperCase());
  return {
    member,
    typeName: context.componentName(schema) ?? `${name}Document`,
    shape: buildJsonShape(context, schema),
    description,
  };
}
