import { literal } from "../emit/names.js";
import { isBase64OfLength } from "../../runtime/validator/checks.js";
import { compareSets, type Keyword } from "./keyword.js";
import { checks } from "../emit/symbols.js";

/** `x-obs-format: base64`, with `x-obs-decoded-bytes`: base64 (of one of these lengths once decoded). */
export const base64Keyword: Keyword<"base64"> = {
  kind: "base64",
  keys: { "x-obs-decoded-bytes": { type: "array", items: { type: "integer", minimum: 1 } } },
  extensions: {
    "x-obs-decoded-bytes": "schema with `x-obs-format: base64`: the allowed decoded lengths in bytes.",
  },
  format: { name: "base64", words: "`base64`" },
  parse: (reader) => {
    const decoded = reader.schema["x-obs-decoded-bytes"];
    if (decoded !== undefined && reader.format !== "base64")
      reader.report(`"x-obs-decoded-bytes" needs "x-obs-format: base64"`, "x-obs-decoded-bytes");
    if (reader.format !== "base64") return undefined;
    if (decoded === undefined) return { kind: "base64", decodedBytes: undefined };
    if (!Array.isArray(decoded) || decoded.length === 0 || !decoded.every((n) => Number.isInteger(n) && n > 0)) {
      reader.report(`"x-obs-decoded-bytes" must be a list of positive integers`, "x-obs-decoded-bytes");
      return { kind: "base64", decodedBytes: undefined };
    }
    return { kind: "base64", decodedBytes: decoded as number[] };
  },
  code: (constraint, { name, value, use }) =>
    constraint.decodedBytes
      ? {
          failsWhen: `!${use(checks("isBase64OfLength"))}(${value}, [${constraint.decodedBytes.join(", ")}])`,
          message: literal(`${name} must be base64 of ${constraint.decodedBytes.join(" or ")} bytes.`),
        }
      : {
          failsWhen: `!${use(checks("isBase64OfLength"))}(${value})`,
          message: literal(`${name} must be base64.`),
        },
  words: (constraint) =>
    constraint.decodedBytes ? `Base64 of ${constraint.decodedBytes.join(" or ")} bytes.` : "Base64.",
  satisfies: (constraint, value) => isBase64OfLength(value, constraint.decodedBytes),
  compare: (was, is) => compareSets(was.decodedBytes, is.decodedBytes),
  describe: (constraint) => `base64${constraint.decodedBytes ? ` of ${constraint.decodedBytes.join("/")} bytes` : ""}`,
};
