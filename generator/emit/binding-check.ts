import type { ScalarBinding } from "../model/types.js";
import { constraintCode } from "../keywords/index.js";
import { literal } from "./names.js";

/** The runtime helpers (runtime/validator/checks.ts) a binding's checks may call: no local may take their names. */
export const CHECK_HELPERS = [
  "codePointLength",
  "utf8Length",
  "isBase64OfLength",
  "base64Md5Of",
  "parseIso8601Utc",
  "bucketNameProblem",
  "parseDecimalInteger",
  "parseBooleanText",
  "parseHttpDate",
];

const PARSERS = { integer: "parseDecimalInteger", boolean: "parseBooleanText", timestamp: "parseHttpDate" } as const;
const KIND_WORDS = { integer: "an integer", boolean: "true or false", timestamp: "an HTTP date" } as const;

/** The locals a binding's checks read and write. */
export interface CheckNames {
  /** Holds the value's text (undefined when absent). */
  text: string;
  /** Receives the parsed value of a non-string member (the caller declares it); the text itself for strings. */
  local: string;
  /** The enum test: `isStorageClass`, or `STORAGE_CLASS_VALUES.has`. */
  guard: string | undefined;
  /** The local that holds another header's text (for checks that read one). */
  localOf: (wireName: string) => string;
}

/**
 * One binding's checks: required-ness, parsing (non-strings), then each constraint in order,
 * the first broken one failing. Empty when an optional member has nothing to check. Runtime
 * helpers the code calls are added to `uses`.
 */
export function bindingCheck(
  binding: ScalarBinding,
  names: CheckNames,
  status: (code: string) => number,
  uses: Set<string>,
): string {
  const { text, local } = names;
  const fail = (code: string, message: string) =>
    `fail(${literal(code)}, ${status(code)}, ${literal(binding.wireName)}, ${message});`;
  const error = binding.error ?? "InvalidArgument";
  const chain = binding.constraints.map((constraint) => {
    if (constraint.kind === "enum" && names.guard === undefined)
      throw new Error(`no enum test for ${binding.wireName}`);
    const compiled = constraintCode(constraint, {
      name: binding.wireName,
      value: constraint.kind === "minimum" || constraint.kind === "maximum" ? local : text,
      enumGuard: names.guard ?? "",
      localOf: names.localOf,
    });
    compiled.uses.forEach((helper) => uses.add(helper));
    return `if (${compiled.failsWhen}) {\n  ${fail(error, compiled.message)}\n}`;
  });
  const kind = binding.type.kind;
  if (kind !== "string") {
    // Parse the text first; the constraints check the parsed value.
    const parser = PARSERS[kind];
    uses.add(parser);
    chain.unshift(
      `${local} = ${parser}(${text});\nif (${local} === undefined) {\n  ${fail(error, literal(`${binding.wireName} must be ${KIND_WORDS[kind]}.`))}\n}`,
    );
  }
  const checks = chain.join(" else ");
  if (binding.required) {
    const required = `if (${text} === undefined || ${text} === "") {\n  ${fail("InvalidArgument", literal(`${binding.wireName} is required.`))}\n}`;
    return checks ? `${required} else {\n${checks}\n}` : required;
  }
  return checks ? `if (${text} !== undefined) {\n${checks}\n}` : "";
}
