import { literal } from "../emit/names.js";
import { codePointLength } from "../../runtime/validator/checks.js";
import { compareUpperBound, type Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `maxLength`: at most this many characters (code points). */
export const maxLengthKeyword: Keyword<"maxLength"> = {
  kind: "maxLength",
  keys: { maxLength: { type: "integer", minimum: 0 } },
  extensions: {},
  parse: (reader) => {
    const limit = reader.applies("maxLength", ["string"]) ? reader.integer("maxLength") : undefined;
    return limit === undefined ? undefined : { kind: "maxLength", limit };
  },
  code: (constraint, { name, value, use }) => ({
    failsWhen: `${use(checks("codePointLength"))}(${value}) > ${constraint.limit}`,
    message: literal(`${name} must be at most ${constraint.limit} characters long.`),
  }),
  words: (constraint) => `At most ${constraint.limit} characters.`,
  satisfies: (constraint, value) => codePointLength(value) <= constraint.limit,
  compare: (was, is) => compareUpperBound(was.limit, is.limit),
  describe: (constraint) => `maxLength ${constraint.limit}`,
  xmlField: (constraint) => `maxLength: ${constraint.limit}`,
};
