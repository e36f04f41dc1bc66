import { literal } from "../emit/names.js";
import { parseIso8601Utc } from "../../runtime/validator/checks.js";
import { code, type Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `x-obs-format: iso8601-utc`: an ISO 8601 UTC date-time. */
export const iso8601UtcKeyword: Keyword<"iso8601Utc"> = {
  kind: "iso8601Utc",
  keys: {},
  extensions: {},
  format: { name: "iso8601-utc", words: "`iso8601-utc` (YYYY-MM-DDThh:mm:ss[.fff]Z)" },
  parse: (reader) => (reader.format === "iso8601-utc" ? { kind: "iso8601Utc" } : undefined),
  code: (_constraint, { name, value, use }) => ({
    failsWhen: `${use(checks("parseIso8601Utc"))}(${value}) === undefined`,
    message: literal(`${name} must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.`),
  }),
  words: () => `An ISO 8601 UTC date-time, ${code("YYYY-MM-DDThh:mm:ss[.fff]Z")}.`,
  satisfies: (_constraint, value) => parseIso8601Utc(value) !== undefined,
  compare: () => undefined,
  describe: () => "iso8601Utc",
};
