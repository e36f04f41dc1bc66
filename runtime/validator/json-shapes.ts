/**
 * JSON bodies, generically: the generated packages describe each JSON document as data (a shape)
 * from its schema in the spec, and readJsonDocument checks a parsed value against it. No
 * operation appears here.
 */
import { patternOf } from "./checks.js";
import type { XmlProblem } from "./xml-shapes.js";

/** A JSON value's shape: what its schema in the spec allows. Objects are closed: only their properties. */
export type JsonShape =
  | { kind: "object"; properties: Readonly<Record<string, JsonShape>>; required?: readonly string[] }
  | { kind: "map"; values: JsonShape }
  | { kind: "array"; items: JsonShape; minItems?: number; maxItems?: number }
  | {
      kind: "string";
      enum?: readonly string[];
      pattern?: string;
      minLength?: number;
      maxLength?: number;
    }
  | { kind: "integer"; minimum?: number; maximum?: number }
  | { kind: "boolean" }
  | { kind: "oneOf"; options: readonly JsonShape[] };

/** A document's shape; `T` is the typed value it reads (never set: it carries the type). */
export type JsonDocumentShape<T> = JsonShape & { readonly value?: T };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The first thing wrong with `value` against `shape` (a path and a message), or undefined when it
 * fits: every property known and of its shape, every required one present.
 */
function mismatch(shape: JsonShape, value: unknown, path: string): { path: string; message: string } | undefined {
  switch (shape.kind) {
    case "object": {
      if (!isRecord(value)) return { path, message: "must be an object" };
      for (const name of shape.required ?? [])
        if (!Object.hasOwn(value, name)) return { path, message: `needs "${name}"` };
      for (const [name, item] of Object.entries(value)) {
        const property = Object.hasOwn(shape.properties, name) ? shape.properties[name] : undefined;
        if (!property) return { path, message: `has "${name}", which it does not take` };
        const wrong = mismatch(property, item, `${path}.${name}`);
        if (wrong) return wrong;
      }
      return undefined;
    }
    case "map": {
      if (!isRecord(value)) return { path, message: "must be an object" };
      for (const [name, item] of Object.entries(value)) {
        const wrong = mismatch(shape.values, item, `${path}["${name}"]`);
        if (wrong) return wrong;
      }
      return undefined;
    }
    case "array": {
      if (!Array.isArray(value)) return { path, message: "must be an array" };
      if (shape.minItems !== undefined && value.length < shape.minItems)
        return { path, message: `must hold at least ${shape.minItems} item(s)` };
      if (shape.maxItems !== undefined && value.length > shape.maxItems)
        return { path, message: `must hold at most ${shape.maxItems} item(s)` };
      for (const [index, item] of value.entries()) {
        const wrong = mismatch(shape.items, item, `${path}[${index}]`);
        if (wrong) return wrong;
      }
      return undefined;
    }
    case "string": {
      if (typeof value !== "string") return { path, message: "must be a string" };
      const length = [...value].length;
      if (shape.enum && !shape.enum.includes(value))
        return { path, message: `must be one of ${shape.enum.join(", ")}` };
      if (shape.minLength !== undefined && length < shape.minLength)
        return { path, message: `must be at least ${shape.minLength} characters long` };
      if (shape.maxLength !== undefined && length > shape.maxLength)
        return { path, message: `must be at most ${shape.maxLength} characters long` };
      if (shape.pattern !== undefined && !patternOf(shape.pattern).test(value))
        return { path, message: `must match ${shape.pattern}` };
      return undefined;
    }
    case "integer": {
      if (typeof value !== "number" || !Number.isSafeInteger(value)) return { path, message: "must be an integer" };
      if (shape.minimum !== undefined && value < shape.minimum)
        return { path, message: `must be at least ${shape.minimum}` };
      if (shape.maximum !== undefined && value > shape.maximum)
        return { path, message: `must be at most ${shape.maximum}` };
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : { path, message: "must be true or false" };
    case "oneOf": {
      const wrongs = shape.options.map((option) => mismatch(option, value, path));
      return wrongs.some((wrong) => wrong === undefined) ? undefined : wrongs[wrongs.length - 1];
    }
  }
}

/**
 * A parsed JSON document as the typed value its shape says, or undefined after reporting the first
 * thing wrong with it (`$` is the document's root in the target).
 */
export function readJsonDocument<T>(
  shape: JsonDocumentShape<T>,
  value: unknown,
  error: string,
  problem: XmlProblem,
): T | undefined {
  const wrong = mismatch(shape, value, "$");
  if (!wrong) return value as T;
  problem(error, wrong.path, `The JSON document's ${wrong.path} ${wrong.message}.`);
  return undefined;
}
