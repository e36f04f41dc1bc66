import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EXTENSIONS } from "../generator/check/vocabulary.js";
import {
  compareConstraints,
  constraintCode,
  constraintSatisfied,
  constraintWords,
  describeConstraint,
  FORMATS,
  KEYWORDS,
  xmlConstraintField,
} from "../generator/keywords/index.js";
import type { LoadedSpec } from "../generator/load/load-spec.js";
import { buildConstraints } from "../generator/model/constraints.js";
import { ModelContext } from "../generator/model/context.js";
import type { Constraint, ScalarKind } from "../generator/model/types.js";
import * as checks from "../runtime/validator/checks.js";
import { readXmlDocument, type XmlScalarShape } from "../runtime/validator/xml-shapes.js";
import { parseXmlDocument } from "../runtime/xml/parse-xml.js";

const key = Buffer.alloc(32, 7).toString("base64");
const REQUEST_TIME = Date.parse("2026-01-01T00:00:00Z");

/**
 * One row per keyword: a schema using it, a value that meets it and one that breaks it, and a
 * tighter schema (a spec edit that refuses values the first accepted), or none when the keyword
 * has no degree.
 */
const TABLE: Record<
  Constraint["kind"],
  { kind: ScalarKind; schema: Record<string, unknown>; good: string; bad: string; tighter?: Record<string, unknown> }
> = {
  enum: { kind: "string", schema: { enum: ["a", "b"] }, good: "a", bad: "c", tighter: { enum: ["a"] } },
  minLength: { kind: "string", schema: { minLength: 3 }, good: "abc", bad: "ab", tighter: { minLength: 4 } },
  maxLength: { kind: "string", schema: { maxLength: 3 }, good: "abc", bad: "abcd", tighter: { maxLength: 2 } },
  minimum: { kind: "integer", schema: { type: "integer", minimum: 1 }, good: "1", bad: "0", tighter: { minimum: 2 } },
  maximum: { kind: "integer", schema: { type: "integer", maximum: 9 }, good: "9", bad: "10", tighter: { maximum: 8 } },
  maxBytes: {
    kind: "string",
    schema: { "x-obs-max-bytes": 3 },
    good: "é",
    bad: "éé",
    tighter: { "x-obs-max-bytes": 2 },
  },
  pattern: {
    kind: "string",
    schema: { pattern: "^[a-z/]+$" },
    good: "a/b",
    bad: "A",
  },
  prefixes: {
    kind: "string",
    schema: { "x-obs-prefixes": ["/", "http://"] },
    good: "/x",
    bad: "x",
    tighter: { "x-obs-prefixes": ["/"] },
  },
  base64: {
    kind: "string",
    schema: { "x-obs-format": "base64", "x-obs-decoded-bytes": [32, 16] },
    good: key,
    bad: Buffer.alloc(8).toString("base64"),
    tighter: { "x-obs-format": "base64", "x-obs-decoded-bytes": [32] },
  },
  iso8601Utc: { kind: "string", schema: { "x-obs-format": "iso8601-utc" }, good: "2026-05-01T00:00:00Z", bad: "May 1" },
  bucketName: { kind: "string", schema: { "x-obs-format": "bucket-name" }, good: "bucket01", bad: "Bucket_01" },
  md5Of: {
    kind: "string",
    schema: { "x-obs-md5-of": "X-Key" },
    good: createHash("md5").update(Buffer.from(key, "base64")).digest("base64"),
    bad: createHash("md5").update("other").digest("base64"),
  },
  afterRequestTime: {
    kind: "string",
    schema: { "x-obs-format": "iso8601-utc", "x-obs-after-request-time": true },
    good: "2026-05-01T00:00:00Z",
    bad: "2025-05-01T00:00:00Z",
  },
};

/** A model context over an empty spec: enough to read a schema and collect what it reports. */
function context(): ModelContext {
  const spec = {
    root: {},
    files: [],
    originOf: () => undefined,
    problemAt: (origin, message) => ({ ...origin, line: 1, column: 1, message }),
    bundle: () => ({}),
  } satisfies LoadedSpec;
  return new ModelContext(spec);
}

function parse(kind: ScalarKind, schema: Record<string, unknown>): Constraint {
  const reading = context();
  const constraints = buildConstraints(reading, schema, kind);
  expect(reading.problems).toEqual([]);
  // A format keyword with a second one (after-request-time) also yields the format's own check.
  return constraints[constraints.length - 1] as Constraint;
}

/** The validator's generated check of `constraint`, as a function of the value (true: broken). */
function generatedCheck(constraint: Constraint, kind: ScalarKind): (value: string) => boolean {
  const compiled = constraintCode(constraint, {
    name: "x-test",
    value: "value",
    enumTest: (value) => `allowed.has(${value})`,
    localOf: () => "other",
    // Each helper under its own name, as a file that imports it writes it.
    use: (symbol) => symbol.name,
  });
  expect(compiled.message).not.toBe("");
  const helpers = Object.keys(checks);
  const test = new Function(
    "value",
    "other",
    "allowed",
    "requestTime",
    ...helpers,
    `return { broken: ${compiled.failsWhen}, message: ${compiled.message} };`,
  ) as (...args: unknown[]) => { broken: boolean; message: string };
  const allowed = new Set(constraint.kind === "enum" ? constraint.values : []);
  return (value) => {
    const result = test(
      kind === "integer" ? Number(value) : value,
      key,
      allowed,
      REQUEST_TIME,
      ...Object.values(checks),
    );
    if (result.broken) expect(result.message.length).toBeGreaterThan(10);
    return result.broken;
  };
}

describe("constraint keywords, each one unit through every consumer", () => {
  it("has a row here for every keyword, and every keyword's keys in the vocabulary", () => {
    expect(KEYWORDS.map((keyword) => keyword.kind).sort()).toEqual(Object.keys(TABLE).sort());
    for (const keyword of KEYWORDS) {
      for (const extension of Object.keys(keyword.extensions)) expect(EXTENSIONS).toHaveProperty(extension);
      if (keyword.format) expect(FORMATS).toContain(keyword.format.name);
    }
    expect(EXTENSIONS["x-obs-format"]).toContain("`bucket-name`");
  });

  it.each(Object.entries(TABLE))("%s: parsed, generated, interpreted, worded, diffed alike", (kind, row) => {
    const constraint = parse(row.kind, row.schema);
    expect(constraint.kind).toBe(kind);

    // The generated check and the fidelity check's interpretation agree, on both values.
    const broken = generatedCheck(constraint, row.kind);
    const around = { others: new Map([["x-key", key]]), requestTime: REQUEST_TIME };
    expect([broken(row.good), broken(row.bad)]).toEqual([false, true]);
    expect([
      constraintSatisfied(constraint, row.good, around),
      constraintSatisfied(constraint, row.bad, around),
    ]).toEqual([true, false]);

    expect(constraintWords(constraint)).toMatch(/^[A-Z`].{5,}\.$/);
    expect(describeConstraint(constraint)).not.toBe("");

    // Spec diff: unchanged is no change; adding or removing it is tightening or loosening; a degree moves both ways.
    expect(compareConstraints(constraint, constraint)).toBeUndefined();
    expect(compareConstraints(undefined, constraint)).toBe("tightened");
    expect(compareConstraints(constraint, undefined)).toBe("loosened");
    if (row.tighter) {
      const tighter = parse(row.kind, { ...row.schema, ...row.tighter });
      expect(compareConstraints(constraint, tighter)).toBe("tightened");
      expect(compareConstraints(tighter, constraint)).toBe("loosened");
    }

    // XML elements: a keyword with a descriptor field is checked by the runtime's document reader alike.
    const field = xmlConstraintField(constraint);
    if (field !== undefined) {
      const shape = new Function(`return { kind: ${JSON.stringify(row.kind)}, ${field} };`)() as XmlScalarShape;
      const read = (value: string) => {
        const problems: string[] = [];
        const document = parseXmlDocument(`<Doc><Value>${value}</Value></Doc>`);
        if (!document) throw new Error("not XML");
        readXmlDocument(
          { root: "Doc", kind: "structure", members: [{ member: "value", xml: "Value", shape }] },
          document,
          "MalformedXML",
          (_code, _target, message) => problems.push(message),
        );
        return problems.length > 0;
      };
      expect([read(row.good), read(row.bad)]).toEqual([false, true]);
    }
  });
});
