import type { CodeSymbol } from "../code/symbols.js";
import type { HeaderRule, PrefixHeaderBinding } from "../model/types.js";
import { checks } from "./symbols.js";
import { literal } from "./names.js";

/**
 * A rule across headers, query parameters and body elements, as the body of its function (the
 * values are its parameters): presence is `!== undefined`, absence `=== undefined`, and the list
 * of what is missing is built only when the rule is broken.
 */
export function compileRule(rule: HeaderRule, status: number, localOf: (wireName: string) => string): string {
  const fail = (message: string, target: string) => `fail(${literal(rule.error)}, ${status}, ${target}, ${message});`;
  const present = (name: string) => `${localOf(name)} !== undefined`;
  const absent = (name: string) => `${localOf(name)} === undefined`;
  const missingList = (names: string[]) =>
    `[${names.map((name) => `${present(name)} ? "" : ${literal(name)}`).join(", ")}].filter(Boolean)`;
  switch (rule.kind) {
    case "together": {
      const count = rule.headers.map((name) => `(${present(name)} ? 1 : 0)`).join(" + ");
      return `const present = ${count};
if (present > 0 && present < ${rule.headers.length}) {
  const missing = ${missingList(rule.headers)};
  ${fail(`${literal(rule.description + " Missing: ")} + missing.join(", ")`, 'missing[0] ?? ""')}
}`;
    }
    case "requires":
      // Parenthesised only when there is more than one: `a && (b === undefined || c === undefined)`.
      const missing = rule.requires.map(absent).join(" || ");
      return `if (${present(rule.when)} && ${rule.requires.length > 1 ? `(${missing})` : missing}) {
  ${fail(`${literal(rule.description + " Missing: ")} + ${missingList(rule.requires)}.join(", ")`, literal(rule.when))}
}`;
    case "anyOf":
      return `if (${rule.headers.map(absent).join(" && ")}) {
  ${fail(literal(`${rule.description} Send one of: ${rule.headers.join(", ")}.`), literal(rule.headers[0] ?? ""))}
}`;
    case "exclusive": {
      const groups = rule.groups.map((group) => `(${group.map(present).join(" || ")} ? 1 : 0)`).join(" + ");
      return `if (${groups} > 1) {
  ${fail(literal(rule.description), literal(rule.groups.flat()[0] ?? ""))}
}`;
    }
  }
}

export function compilePrefixLimit(
  binding: PrefixHeaderBinding,
  local: string,
  status: number,
  use: (symbol: CodeSymbol) => string,
): string {
  if (binding.maxTotalBytes === undefined || binding.error === undefined) return "";
  return `if (${local} !== undefined && ${use(checks("recordExceedsUtf8Bytes"))}(${local}, ${binding.maxTotalBytes})) {
  fail(${literal(binding.error)}, ${status}, ${literal(binding.prefix + "*")}, ${literal(`${binding.prefix}* names and values must not exceed ${binding.maxTotalBytes} bytes in all.`)});
}`;
}
