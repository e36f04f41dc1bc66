import { literal } from "../emit/names.js";
import { compareLowerBound, type Keyword } from "./keyword.js";

/** `minimum`: an integer at least this. */
export const minimumKeyword: Keyword<"minimum"> = {
  kind: "minimum",
  keys: { minimum: { type: "integer" } },
  extensions: {},
  parse: (reader) => {
    const limit = reader.applies("minimum", ["integer"]) ? reader.integer("minimum", true) : undefined;
    return limit === undefined ? undefined : { kind: "minimum", limit };
  },
  code: (constraint, { name, value }) => ({
    failsWhen: `${value} < ${constraint.limit}`,
    message: literal(`${name} must be at least ${constraint.limit}.`),
  }),
  words: (constraint) => `At least ${constraint.limit}.`,
  satisfies: (constraint, value) => Number(value) >= constraint.limit,
  compare: (was, is) => compareLowerBound(was.limit, is.limit),
  describe: (constraint) => `minimum ${constraint.limit}`,
  xmlField: (constraint) => `minimum: ${constraint.limit}`,
};
