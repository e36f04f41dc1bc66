import { literal } from "../emit/names.js";
import type { Keyword } from "./keyword.js";

/** The source of a pattern as a regular expression literal writes it (`/` escaped), or undefined when it is not one. */
function regexSource(pattern: string): string | undefined {
  try {
    return new RegExp(pattern, "u").source;
  } catch {
    return undefined;
  }
}

/**
 * `pattern`: the whole value matches the regular expression (ECMAScript syntax, Unicode mode).
 * Anchor it (`^…$`) to constrain the whole value, as JSON Schema reads a pattern unanchored.
 */
export const patternKeyword: Keyword<"pattern"> = {
  kind: "pattern",
  keys: { pattern: { type: "string" } },
  extensions: {},
  parse: (reader) => {
    const pattern = reader.applies("pattern", ["string"]) ? reader.string("pattern") : undefined;
    if (pattern === undefined) return undefined;
    if (regexSource(pattern) === undefined) {
      reader.report(`"pattern" is not a valid regular expression (ECMAScript, Unicode mode)`, "pattern");
      return undefined;
    }
    return { kind: "pattern", pattern };
  },
  code: (constraint, { name, value }) => ({
    failsWhen: `!/${regexSource(constraint.pattern) ?? ""}/u.test(${value})`,
    message: literal(`${name} must match ${constraint.pattern}.`),
  }),
  words: (constraint) => `Matches the regular expression \`${constraint.pattern}\`.`,
  satisfies: (constraint, value) => new RegExp(constraint.pattern, "u").test(value),
  compare: (was, is) => (was.pattern === is.pattern ? undefined : "changed"),
  describe: (constraint) => `pattern ${constraint.pattern}`,
  xmlField: (constraint) => `pattern: ${literal(constraint.pattern)}`,
};
