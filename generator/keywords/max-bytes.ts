import { literal } from "../emit/names.js";
import { utf8Length } from "../../runtime/validator/checks.js";
import { compareUpperBound, type Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `x-obs-max-bytes`: the UTF-8 encoding is at most this many bytes. */
export const maxBytesKeyword: Keyword<"maxBytes"> = {
  kind: "maxBytes",
  keys: { "x-obs-max-bytes": { type: "integer", minimum: 1 } },
  extensions: {
    "x-obs-max-bytes": "schema: the UTF-8 encoding is at most this many bytes; on a byte-stream body, its size.",
  },
  parse: (reader) => {
    const limit = reader.applies("x-obs-max-bytes", ["string"]) ? reader.integer("x-obs-max-bytes") : undefined;
    return limit === undefined ? undefined : { kind: "maxBytes", limit };
  },
  code: (constraint, { name, value, use }) => ({
    failsWhen: `${use(checks("utf8Length"))}(${value}) > ${constraint.limit}`,
    message: literal(`${name} must be at most ${constraint.limit} bytes long in UTF-8.`),
  }),
  words: (constraint) => `At most ${constraint.limit} bytes in UTF-8.`,
  satisfies: (constraint, value) => utf8Length(value) <= constraint.limit,
  compare: (was, is) => compareUpperBound(was.limit, is.limit),
  describe: (constraint) => `maxBytes ${constraint.limit}`,
  xmlField: (constraint) => `maxBytes: ${constraint.limit}`,
};
