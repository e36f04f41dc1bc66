import { literal } from "../emit/names.js";
import { compareUpperBound, type Keyword } from "./keyword.js";

/** `maximum`: an integer at most this. */
export const maximumKeyword: Keyword<"maximum"> = {
  kind: "maximum",
  keys: { maximum: { type: "integer" } },
  extensions: {},
  parse: (reader) => {
    const limit = reader.applies("maximum", ["integer"]) ? reader.integer("maximum", true) : undefined;
    return limit === undefined ? undefined : { kind: "maximum", limit };
  },
  code: (constraint, { name, value }) => ({
    failsWhen: `${value} > ${constraint.limit}`,
    message: literal(`${name} must be at most ${constraint.limit}.`),
  }),
  words: (constraint) => `At most ${constraint.limit}.`,
  satisfies: (constraint, value) => Number(value) <= constraint.limit,
  compare: (was, is) => compareUpperBound(was.limit, is.limit),
  describe: (constraint) => `maximum ${constraint.limit}`,
  xmlField: (constraint) => `maximum: ${constraint.limit}`,
};
