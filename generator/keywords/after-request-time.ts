import { literal } from "../emit/names.js";
import { parseIso8601Utc } from "../../runtime/validator/checks.js";
import type { Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `x-obs-after-request-time`: an ISO 8601 date later than the time the request is received. */
export const afterRequestTimeKeyword: Keyword<"afterRequestTime"> = {
  kind: "afterRequestTime",
  keys: { "x-obs-after-request-time": { type: "boolean" } },
  extensions: {
    "x-obs-after-request-time":
      "schema with `x-obs-format: iso8601-utc`: the date must be later than the request time.",
  },
  parse: (reader) => {
    const after = reader.schema["x-obs-after-request-time"];
    if (after === undefined) return undefined;
    if (after !== true) reader.report(`"x-obs-after-request-time" can only be true`, "x-obs-after-request-time");
    else if (reader.format !== "iso8601-utc")
      reader.report(`"x-obs-after-request-time" needs "x-obs-format: iso8601-utc"`, "x-obs-after-request-time");
    else return { kind: "afterRequestTime" };
    return undefined;
  },
  code: (_constraint, { name, value, use }) => ({
    failsWhen: `(${use(checks("parseIso8601Utc"))}(${value}) ?? 0) <= requestTime`,
    message: literal(`${name} must be later than the request time.`),
  }),
  words: () => "Later than the time the request is received.",
  satisfies: (_constraint, value, { requestTime }) => (parseIso8601Utc(value) ?? 0) > requestTime,
  compare: () => undefined,
  describe: () => "afterRequestTime",
};
