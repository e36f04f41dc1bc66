import type { CodeSymbol } from "../code/symbols.js";
import type { ScalarBinding } from "../model/types.js";
import { constraintCode } from "../keywords/index.js";
import { literal } from "./names.js";
import { checks, enumGuard } from "./symbols.js";
import { constDeclaration } from "../code/declarations.js";
import type { SourceFile } from "../code/source-file.js";
import { memberType } from "./types-code.js";

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
  /**
   * Receives the typed value (the caller declares it): a non-string member's parsed value, an
   * enum's text once its test has narrowed it; the text itself for other strings.
   */
  local: string;
  /** The enum test of a value, which narrows it: `isStorageClass(value)`, or `isOneOf(VALUES, value)`. */
  enumTest: ((value: string) => string) | undefined;
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
    const compiled = constraintCode(constraint, {
      name: binding.wireName,
      value: constraint.kind === "minimum" || constraint.kind === "maximum" ? local : text,
      enumTest:
        names.enumTest ??
        (() => {
          throw new Error(`no enum test for ${binding.wireName}`);
        }),
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
  } else if (isTyped(binding)) {
    // Past every check the enum's test has narrowed the text: it becomes the typed value.
    chain.push(`{\n${local} = ${text};\n}`);
  }
  const checks = chain.join(" else ");
  if (binding.required) {
    const required = `if (${text} === undefined || ${text} === "") {\n  ${fail("InvalidArgument", literal(`${binding.wireName} is required.`))}\n}`;
    return checks ? `${required} else {\n${checks}\n}` : required;
  }
  return checks ? `if (${text} !== undefined) {\n${checks}\n}` : "";
}

/** Whether a binding's value needs a local of its own beside its text: parsed, or an enum's narrowed text. */
export const isTyped = (binding: ScalarBinding): boolean =>
  binding.type.kind !== "string" || binding.constraints.some((constraint) => constraint.kind === "enum");

/**
 * The enum test of a binding that has one: a named enum's guard from types.ts, or, for an enum of
 * the member's own, `isOneOf` over a set of its values declared in `file` as `setName`.
 */
export function enumTestOf(
  binding: ScalarBinding,
  file: SourceFile,
  setName: string,
): ((value: string) => string) | undefined {
  const { enumValues, name } = binding.type;
  if (!enumValues) return undefined;
  if (name) {
    const guard = file.use(enumGuard(name));
    return (value) => `${guard}(${value})`;
  }
  const values = file.scope.name(setName);
  file.add(
    constDeclaration({
      name: values,
      type: `ReadonlySet<${memberType(binding, file)}>`,
      value: `new Set([${enumValues.map(literal).join(", ")}])`,
      exported: false,
    }),
  );
  const isOneOf = file.use(checks("isOneOf"));
  return (value) => `${isOneOf}(${values}, ${value})`;
}
