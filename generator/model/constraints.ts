import type { Constraint, ScalarKind, ScalarType } from "./types.js";
import type { ModelContext } from "./context.js";

const FORMATS = new Set(["base64", "iso8601-utc", "bucket-name"]);

/** The OpenAPI keywords a scalar schema may use; any other (pattern, multipleOf…) is an error, never ignored. */
export const SCALAR_SCHEMA_KEYS = [
  "type",
  "format",
  "description",
  "enum",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "default",
  "example",
  "title",
];

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

/** The checks a scalar schema asks for, in the order the validator runs them. */
export function buildConstraints(
  context: ModelContext,
  schema: Record<string, unknown>,
  kind: ScalarKind,
): Constraint[] {
  const constraints: Constraint[] = [];
  const integer = (key: string, signed = false): number | undefined => {
    const value = schema[key];
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || (!signed && value < 0)) {
      context.report(schema, `"${key}" must be a${signed ? "n" : " non-negative"} integer`, key);
      return undefined;
    }
    return value;
  };
  const onlyFor = (key: string, kinds: ScalarKind[]) => {
    if (schema[key] !== undefined && !kinds.includes(kind))
      context.report(schema, `"${key}" applies to ${kinds.join(" or ")} values, not ${kind}`, key);
    return kinds.includes(kind);
  };
  const enumValues = context.stringList(schema, "enum");
  if (enumValues && onlyFor("enum", ["string"])) constraints.push({ kind: "enum", values: enumValues });
  const minLength = onlyFor("minLength", ["string"]) ? integer("minLength") : undefined;
  if (minLength !== undefined) constraints.push({ kind: "minLength", limit: minLength });
  const maxLength = onlyFor("maxLength", ["string"]) ? integer("maxLength") : undefined;
  if (maxLength !== undefined) constraints.push({ kind: "maxLength", limit: maxLength });
  const minimum = onlyFor("minimum", ["integer"]) ? integer("minimum", true) : undefined;
  if (minimum !== undefined) constraints.push({ kind: "minimum", limit: minimum });
  const maximum = onlyFor("maximum", ["integer"]) ? integer("maximum", true) : undefined;
  if (maximum !== undefined) constraints.push({ kind: "maximum", limit: maximum });
  const maxBytes = onlyFor("x-obs-max-bytes", ["string"]) ? integer("x-obs-max-bytes") : undefined;
  if (maxBytes !== undefined) constraints.push({ kind: "maxBytes", limit: maxBytes });
  const prefixes = context.stringList(schema, "x-obs-prefixes");
  if (prefixes && onlyFor("x-obs-prefixes", ["string"])) constraints.push({ kind: "prefixes", values: prefixes });

  const format = context.string(schema, "x-obs-format");
  if (format !== undefined && !FORMATS.has(format)) {
    context.report(schema, `unknown x-obs-format "${format}" (known: ${[...FORMATS].join(", ")})`, "x-obs-format");
  }
  if (format !== undefined) onlyFor("x-obs-format", ["string"]);
  const decoded = schema["x-obs-decoded-bytes"];
  if (decoded !== undefined && format !== "base64") {
    context.report(schema, `"x-obs-decoded-bytes" needs "x-obs-format: base64"`, "x-obs-decoded-bytes");
  }
  if (format === "base64") {
    let decodedBytes: number[] | undefined;
    if (decoded !== undefined) {
      if (!Array.isArray(decoded) || decoded.length === 0 || !decoded.every((n) => Number.isInteger(n) && n > 0)) {
        context.report(schema, `"x-obs-decoded-bytes" must be a list of positive integers`, "x-obs-decoded-bytes");
      } else decodedBytes = decoded as number[];
    }
    constraints.push({ kind: "base64", decodedBytes });
  }
  if (format === "iso8601-utc") constraints.push({ kind: "iso8601Utc" });
  if (format === "bucket-name") constraints.push({ kind: "bucketName" });

  const md5Of = context.string(schema, "x-obs-md5-of");
  if (md5Of !== undefined) constraints.push({ kind: "md5Of", wireName: md5Of.toLowerCase() });
  const after = schema["x-obs-after-request-time"];
  if (after !== undefined) {
    if (after !== true)
      context.report(schema, `"x-obs-after-request-time" can only be true`, "x-obs-after-request-time");
    else if (format !== "iso8601-utc") {
      context.report(
        schema,
        `"x-obs-after-request-time" needs "x-obs-format: iso8601-utc"`,
        "x-obs-after-request-time",
      );
    } else constraints.push({ kind: "afterRequestTime" });
  }
  return constraints;
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
