import type { Constraint } from "../model/types.js";
import { afterRequestTimeKeyword } from "./after-request-time.js";
import { base64Keyword } from "./base64.js";
import { bucketNameKeyword } from "./bucket-name.js";
import { enumKeyword } from "./enum.js";
import { iso8601UtcKeyword } from "./iso8601-utc.js";
import type {
  CheckContext,
  CompiledCheck,
  ConstraintOf,
  Keyword,
  Movement,
  SchemaReader,
  Surroundings,
} from "./keyword.js";
import { maxBytesKeyword } from "./max-bytes.js";
import { maxLengthKeyword } from "./max-length.js";
import { maximumKeyword } from "./maximum.js";
import { md5OfKeyword } from "./md5-of.js";
import { minLengthKeyword } from "./min-length.js";
import { minimumKeyword } from "./minimum.js";
import { patternKeyword } from "./pattern.js";
import { prefixesKeyword } from "./prefixes.js";

type Kind = Constraint["kind"];

/** Every constraint kind's keyword: a kind without one does not compile. */
const BY_KIND: { [K in Kind]: Keyword<K> } = {
  enum: enumKeyword,
  minLength: minLengthKeyword,
  maxLength: maxLengthKeyword,
  minimum: minimumKeyword,
  maximum: maximumKeyword,
  maxBytes: maxBytesKeyword,
  pattern: patternKeyword,
  prefixes: prefixesKeyword,
  base64: base64Keyword,
  iso8601Utc: iso8601UtcKeyword,
  bucketName: bucketNameKeyword,
  md5Of: md5OfKeyword,
  afterRequestTime: afterRequestTimeKeyword,
};

/** The keywords in the order the validator checks them (the first broken one is reported). */
export const KEYWORDS: ReadonlyArray<Keyword<Kind>> = Object.values(BY_KIND) as Array<Keyword<Kind>>;

const keywordOf = <K extends Kind>(constraint: ConstraintOf<K>): Keyword<K> => BY_KIND[constraint.kind as K];

/** The `x-obs-format` values, each a keyword's. */
export const FORMATS: string[] = KEYWORDS.flatMap((keyword) => keyword.format?.name ?? []);

/** The keywords' `x-obs-*` keys and their meaning, in the README vocabulary's order. */
export const KEYWORD_EXTENSIONS: Record<string, string> = {
  ...prefixesKeyword.extensions,
  "x-obs-format": `schema: ${KEYWORDS.flatMap((keyword) => keyword.format?.words ?? [])
    .join(", ")
    .replace(/, ([^,]*)$/, " or $1")}.`,
  ...base64Keyword.extensions,
  ...md5OfKeyword.extensions,
  ...afterRequestTimeKeyword.extensions,
  ...maxBytesKeyword.extensions,
};

/** The constraints a scalar schema asks for, in check order. */
export function parseConstraints(reader: SchemaReader): Constraint[] {
  return KEYWORDS.flatMap((keyword) => keyword.parse(reader) ?? []);
}

/** The validator's check of a constraint. */
export const constraintCode = (constraint: Constraint, context: CheckContext): CompiledCheck =>
  keywordOf(constraint).code(constraint, context);

/** A constraint in words, for the docs. */
export const constraintWords = (constraint: Constraint): string => keywordOf(constraint).words(constraint);

/** Whether a value meets a constraint: the validator's rule, interpreted (the fidelity check's reading of examples). */
export const constraintSatisfied = (constraint: Constraint, value: string, around: Surroundings): boolean =>
  keywordOf(constraint).satisfies(constraint, value, around);

/** How a constraint moved between two versions of the spec; `undefined` when it did not. */
export function compareConstraints(was: Constraint | undefined, is: Constraint | undefined): Movement {
  if (!was && !is) return undefined;
  if (!was) return "tightened";
  if (!is) return "loosened";
  if (was.kind !== is.kind) return "changed";
  return keywordOf(was).compare(was, is as typeof was);
}

/** A constraint in a few words, for the spec diff's report. */
export const describeConstraint = (constraint: Constraint | undefined): string =>
  constraint ? keywordOf(constraint).describe(constraint) : "none";

/** A constraint's field in an XML element's descriptor; undefined when XML elements do not take it. */
export const xmlConstraintField = (constraint: Constraint): string | undefined =>
  keywordOf(constraint).xmlField?.(constraint);

export type { CheckContext, CompiledCheck, Movement, SchemaReader, Surroundings } from "./keyword.js";
