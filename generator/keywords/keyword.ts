import type { CodeSymbol } from "../code/symbols.js";
import type { Constraint, ScalarKind } from "../model/types.js";

/** A constraint of one kind. */
export type ConstraintOf<K extends Constraint["kind"]> = Extract<Constraint, { kind: K }>;

/** What a keyword's parser reads a schema with: typed reads that report misuse with the schema's place. */
export interface SchemaReader {
  readonly schema: Record<string, unknown>;
  /** The scalar's kind (string, integer, boolean, timestamp). */
  readonly kind: ScalarKind;
  /** The `x-obs-format` value, if any (several keywords are formats). */
  readonly format: string | undefined;
  /** `key` when the scalar's kind is one of `kinds`; reports it otherwise. */
  applies(key: string, kinds: ScalarKind[]): boolean;
  /** An integer at `key` (non-negative unless `signed`), reporting anything else. */
  integer(key: string, signed?: boolean): number | undefined;
  strings(key: string): string[] | undefined;
  string(key: string): string | undefined;
  report(message: string, key: string): void;
}

/** The generated check of one constraint: the condition under which a value breaks it, and the message. */
export interface CompiledCheck {
  failsWhen: string;
  message: string;
}

/** The locals a generated check reads. */
export interface CheckContext {
  /** The name the message gives the value (a header, query parameter or path member). */
  name: string;
  /** The local holding the value: its text, or its parsed number for minimum and maximum. */
  value: string;
  /** The enum test of a value, `isStorageClass(value)` or `isOneOf(VALUES, value)`, which narrows it to the enum's type. */
  enumTest(value: string): string;
  /** The local holding another header's text. */
  localOf(wireName: string): string;
  /** The name to write for a runtime helper (its import follows). */
  use(symbol: CodeSymbol): string;
}

/** What an interpreted check may read besides the value: other headers' values and the request time (ms). */
export interface Surroundings {
  others: ReadonlyMap<string, string>;
  requestTime: number;
}

/** How a constraint moved between two versions of the spec, for a client sending values. */
export type Movement = "tightened" | "loosened" | "changed" | undefined;

/**
 * One keyword, whole: the schema keys it reads, the constraint it makes, the check the validator
 * is generated with, its words in the docs, its interpreted form (the fidelity check reads the
 * page's examples with it), how the spec diff rates a change to it, and its field in an XML
 * element's descriptor. Adding a keyword is adding one of these (as ajv's `{keyword, code}`).
 */
export interface Keyword<K extends Constraint["kind"]> {
  kind: K;
  /** The `x-obs-*` keys it owns and what they mean (the README's vocabulary table); OpenAPI's own keys are not listed. */
  extensions: Record<string, string>;
  /** Its keys in a scalar schema and what their values are, as JSON Schema (the spec's meta-schema, check/meta-schema.ts). */
  keys: Record<string, object>;
  /** The `x-obs-format` value it answers to, if it is a format, and its words in the vocabulary. */
  format?: { name: string; words: string };
  parse(reader: SchemaReader): ConstraintOf<K> | undefined;
  code(constraint: ConstraintOf<K>, context: CheckContext): CompiledCheck;
  words(constraint: ConstraintOf<K>): string;
  satisfies(constraint: ConstraintOf<K>, value: string, around: Surroundings): boolean;
  compare(was: ConstraintOf<K>, is: ConstraintOf<K>): Movement;
  describe(constraint: ConstraintOf<K>): string;
  /** Its field in an XML element's descriptor (runtime/validator/xml-shapes.ts); undefined: not for XML elements. */
  xmlField?(constraint: ConstraintOf<K>): string;
}

export const code = (text: string): string => `\`${text}\``;

/** `a`, `b` and `c` (or `a`, `b` or `c`). */
export function wordList(items: string[], last = "and"): string {
  const quoted = items.map(code);
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} ${last} ${quoted[quoted.length - 1]}`;
}

/** How a set of allowed values moved (`undefined` allows anything). */
export function compareSets(
  was: readonly (string | number)[] | undefined,
  is: readonly (string | number)[] | undefined,
): Movement {
  if (was === undefined && is === undefined) return undefined;
  if (was === undefined) return "tightened";
  if (is === undefined) return "loosened";
  const wasInIs = was.every((x) => is.includes(x));
  const isInWas = is.every((x) => was.includes(x));
  return wasInIs && isInWas ? undefined : isInWas ? "tightened" : wasInIs ? "loosened" : "changed";
}

/** How a lower bound moved: higher is tighter. */
export const compareLowerBound = (was: number, is: number): Movement =>
  is === was ? undefined : is > was ? "tightened" : "loosened";

/** How an upper bound moved: lower is tighter. */
export const compareUpperBound = (was: number, is: number): Movement =>
  is === was ? undefined : is < was ? "tightened" : "loosened";
