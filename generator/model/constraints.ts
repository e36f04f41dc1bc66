import type { Constraint, ScalarType } from "./types.js";
import type { ModelContext } from "./context.js";

const FORMATS = new Set(["base64", "iso8601-utc", "bucket-name"]);

/** The checks a parameter's schema asks for, in the order the validator runs them. */
export function buildConstraints(context: ModelContext, schema: Record<string, unknown>): Constraint[] {
  const constraints: Constraint[] = [];
  const integer = (key: string): number | undefined => {
    const value = schema[key];
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      context.report(schema, `"${key}" must be a non-negative integer`, key);
      return undefined;
    }
    return value;
  };
  const enumValues = context.stringList(schema, "enum");
  if (enumValues) constraints.push({ kind: "enum", values: enumValues });
  const minLength = integer("minLength");
  if (minLength !== undefined) constraints.push({ kind: "minLength", limit: minLength });
  const maxLength = integer("maxLength");
  if (maxLength !== undefined) constraints.push({ kind: "maxLength", limit: maxLength });
  const maxBytes = integer("x-obs-max-bytes");
  if (maxBytes !== undefined) constraints.push({ kind: "maxBytes", limit: maxBytes });
  const prefixes = context.stringList(schema, "x-obs-prefixes");
  if (prefixes) constraints.push({ kind: "prefixes", values: prefixes });

  const format = context.string(schema, "x-obs-format");
  if (format !== undefined && !FORMATS.has(format)) {
    context.report(schema, `unknown x-obs-format "${format}" (known: ${[...FORMATS].join(", ")})`, "x-obs-format");
  }
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
    if (after !== true) context.report(schema, `"x-obs-after-request-time" can only be true`, "x-obs-after-request-time");
    else if (format !== "iso8601-utc") {
      context.report(schema, `"x-obs-after-request-time" needs "x-obs-format: iso8601-utc"`, "x-obs-after-request-time");
    } else constraints.push({ kind: "afterRequestTime" });
  }
  const type = schema.type;
  if (type !== undefined && type !== "string") context.report(schema, `a scalar parameter's schema must be of type string`, "type");
  return constraints;
}

export function buildScalarType(context: ModelContext, schema: Record<string, unknown>): ScalarType {
  const enumValues = context.stringList(schema, "enum");
  return {
    name: enumValues ? context.componentName(schema) : undefined,
    enumValues,
    description: context.string(schema, "description"),
  };
}
