import { literal } from "../emit/names.js";
import { codePointLength } from "../../runtime/validator/checks.js";
import { compareLowerBound, type Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `minLength`: at least this many characters (code points). */
export const minLengthKeyword: Keyword<"minLength"> = {
  kind: "minLength",
  keys: { minLength: { type: "integer", minimum: 0 } },
  extensions: {},
  parse: (reader) => {
    const limit = reader.applies("minLength", ["string"]) ? reader.integer("minLength") : undefined;
    return limit === undefined ? undefined : { kind: "minLength", limit };
  },
  code: (constraint, { name, value, use }) => ({
    failsWhen: `${use(checks("codePointLength"))}(${value}) < ${constraint.limit}`,
    message: literal(`${name} must be at least ${constraint.limit} characters long.`),
  }),
  words: (constraint) => `At least ${constraint.limit} characters.`,
  satisfies: (constraint, value) => codePointLength(value) >= constraint.limit,
  compare: (was, is) => compareLowerBound(was.limit, is.limit),
  describe: (constraint) => `minLength ${constraint.limit}`,
  xmlField: (constraint) => `minLength: ${constraint.limit}`,
};
