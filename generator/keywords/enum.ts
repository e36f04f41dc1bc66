import { literal } from "../emit/names.js";
import { compareSets, wordList, type Keyword } from "./keyword.js";

/** `enum`: one of the listed strings, case-sensitive. */
export const enumKeyword: Keyword<"enum"> = {
  kind: "enum",
  keys: { enum: { type: "array", items: { type: "string" } } },
  extensions: {},
  parse: (reader) => {
    const values = reader.strings("enum");
    return values && reader.applies("enum", ["string"]) ? { kind: "enum", values } : undefined;
  },
  code: (constraint, { name, value, enumTest }) => ({
    failsWhen: `!${enumTest(value)}`,
    message: literal(`${name} must be one of ${constraint.values.join(", ")} (case-sensitive).`),
  }),
  words: (constraint) => `One of ${wordList(constraint.values, "or")} (case-sensitive).`,
  satisfies: (constraint, value) => constraint.values.includes(value),
  compare: (was, is) => compareSets(was.values, is.values),
  describe: (constraint) => `enum [${constraint.values.join(", ")}]`,
  xmlField: (constraint) => `enum: [${constraint.values.map(literal).join(", ")}]`,
};
