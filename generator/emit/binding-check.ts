import type { CodeSymbol } from "../code/symbols.js";
import type { ScalarBinding } from "../model/types.js";
import { constraintCode } from "../keywords/index.js";
import { literal } from "./names.js";
import { checks } from "./symbols.js";

const PARSERS = {
  integer: checks("parseDecimalInteger"),
  boolean: checks("parseBooleanText"),
  timestamp: checks("parseHttpDate"),
};
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
 * the first broken one failing. Empty when an optional member has nothing to check. `use` names
 * the runtime helpers the code calls (and imports them).
 */
export function bindingCheck(
  binding: ScalarBinding,
  names: CheckNames,
  status: (code: string) => number,
  use: (symbol: CodeSymbol) => string,
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
      use,
    });
    return `if (${compiled.failsWhen}) {\n  ${fail(error, compiled.message)}\n}`;
  });
  const kind = binding.type.kind;
  if (kind !== "string") {
    // Parse the text first; the constraints check the parsed value.
    const parser = use(PARSERS[kind]);
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
