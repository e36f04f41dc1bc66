import { literal } from "../emit/names.js";
import { base64Md5Of } from "../../runtime/validator/checks.js";
import { code, type Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `x-obs-md5-of`: the base64 MD5 of another header's base64-decoded value (SSE-C's key MD5). */
export const md5OfKeyword: Keyword<"md5Of"> = {
  kind: "md5Of",
  keys: { "x-obs-md5-of": { type: "string" } },
  extensions: { "x-obs-md5-of": "schema: the value is the base64 MD5 of the named header's base64-decoded value." },
  parse: (reader) => {
    const wireName = reader.string("x-obs-md5-of");
    return wireName === undefined ? undefined : { kind: "md5Of", wireName: wireName.toLowerCase() };
  },
  code: (constraint, { name, value, localOf, use }) => ({
    failsWhen: `${localOf(constraint.wireName)} !== undefined && ${use(checks("base64Md5Of"))}(${localOf(constraint.wireName)}) !== ${value}`,
    message: literal(`${name} must be the base64 MD5 of the decoded ${constraint.wireName}.`),
  }),
  words: (constraint) => `The base64 MD5 of the decoded ${code(constraint.wireName)}.`,
  satisfies: (constraint, value, { others }) => {
    const other = others.get(constraint.wireName);
    return other === undefined || base64Md5Of(other) === value;
  },
  compare: (was, is) => (is.wireName !== was.wireName ? "changed" : undefined),
  describe: (constraint) => `MD5 of ${constraint.wireName}`,
};
