import { literal } from "../emit/names.js";
import { compareSets, wordList, type Keyword } from "./keyword.js";

/** `x-obs-prefixes`: starts with one of the listed strings. */
export const prefixesKeyword: Keyword<"prefixes"> = {
  kind: "prefixes",
  keys: { "x-obs-prefixes": { type: "array", items: { type: "string" } } },
  extensions: { "x-obs-prefixes": "schema: the value must start with one of these strings." },
  parse: (reader) => {
    const values = reader.strings("x-obs-prefixes");
    return values && reader.applies("x-obs-prefixes", ["string"]) ? { kind: "prefixes", values } : undefined;
  },
  code: (constraint, { name, value }) => ({
    failsWhen: `!(${constraint.values.map((prefix) => `${value}.startsWith(${literal(prefix)})`).join(" || ")})`,
    message: literal(`${name} must start with ${constraint.values.join(", ")}.`),
  }),
  words: (constraint) => `Starts with ${wordList(constraint.values, "or")}.`,
  satisfies: (constraint, value) => constraint.values.some((prefix) => value.startsWith(prefix)),
  compare: (was, is) => compareSets(was.values, is.values),
  describe: (constraint) => `prefixes [${constraint.values.join(", ")}]`,
};
