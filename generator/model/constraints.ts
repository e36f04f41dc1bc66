import type { Constraint, ScalarKind, ScalarType } from "./types.js";
import type { ModelContext } from "./context.js";
import { FORMATS, parseConstraints, type SchemaReader } from "../keywords/index.js";

/** A scalar schema's kind: `string`, `integer`, `boolean`, or `string` + `format: date-time` (a timestamp). */
export function scalarKind(context: ModelContext, schema: Record<string, unknown>): ScalarKind {
  const type = schema.type ?? "string";
  const format = schema.format;
  if (type === "integer") {
    if (format !== undefined && format !== "int32" && format !== "int64")
      context.report(schema, `an integer's format is int32 or int64`, "format");
    return "integer";
  }
  if (type === "boolean") return "boolean";
  if (type === "string") {
    if (format === "date-time") return "timestamp";
    if (format !== undefined)
      context.report(
        schema,
        `unsupported string format "${String(format)}" (known: date-time; see x-obs-format)`,
        "format",
      );
    return "string";
  }
  context.report(schema, `a scalar's type is string, integer or boolean, not ${JSON.stringify(type)}`, "type");
  return "string";
}

/** The checks a scalar schema asks for, in the order the validator runs them (one keyword unit each, generator/keywords). */
export function buildConstraints(
  context: ModelContext,
  schema: Record<string, unknown>,
  kind: ScalarKind,
): Constraint[] {
  const format = context.string(schema, "x-obs-format");
  if (format !== undefined && !FORMATS.includes(format)) {
    context.report(schema, `unknown x-obs-format "${format}" (known: ${FORMATS.join(", ")})`, "x-obs-format");
  }
  const reader: SchemaReader = {
    schema,
    kind,
    format,
    applies(key, kinds) {
      if (schema[key] !== undefined && !kinds.includes(kind))
        context.report(schema, `"${key}" applies to ${kinds.join(" or ")} values, not ${kind}`, key);
      return kinds.includes(kind);
    },
    integer(key, signed = false) {
      const value = schema[key];
      if (value === undefined) return undefined;
      if (typeof value !== "number" || !Number.isInteger(value) || (!signed && value < 0)) {
        context.report(schema, `"${key}" must be a${signed ? "n" : " non-negative"} integer`, key);
        return undefined;
      }
      return value;
    },
    strings: (key) => context.stringList(schema, key),
    string: (key) => context.string(schema, key),
    report: (message, key) => context.report(schema, message, key),
  };
  if (format !== undefined) reader.applies("x-obs-format", ["string"]);
  return parseConstraints(reader);
}

/** A scalar schema's type: kind, enum, default and the range outside which the default applies. */
export function buildScalarType(context: ModelContext, schema: Record<string, unknown>, kind: ScalarKind): ScalarType {
  const enumValues = context.stringList(schema, "enum");
  let defaultValue = schema.default as number | string | boolean | undefined;
  if (defaultValue !== undefined) {
    const fits =
      kind === "integer"
        ? Number.isInteger(defaultValue)
        : kind === "boolean"
          ? typeof defaultValue === "boolean"
          : typeof defaultValue === "string";
    if (!fits || kind === "timestamp") {
      context.report(schema, `"default" must be a${kind === "integer" ? "n integer" : ` ${kind}`} value`, "default");
      defaultValue = undefined;
    }
  }
  let defaultOutside: ScalarType["defaultOutside"];
  const outside = schema["x-obs-default-outside"];
  if (outside !== undefined) {
    const range = context.object(outside) ? outside : {};
    if (
      kind !== "integer" ||
      defaultValue === undefined ||
      !Number.isInteger(range.minimum) ||
      !Number.isInteger(range.maximum)
    ) {
      context.report(
        schema,
        `"x-obs-default-outside" needs an integer schema with a "default" and { minimum, maximum } integers`,
        "x-obs-default-outside",
      );
    } else defaultOutside = { minimum: range.minimum as number, maximum: range.maximum as number };
  }
  return {
    kind,
    name: enumValues ? context.componentName(schema) : undefined,
    enumValues,
    description: context.string(schema, "description"),
    defaultValue,
    defaultOutside,
  };
}
