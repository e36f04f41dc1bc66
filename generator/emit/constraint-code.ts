import type { Constraint, HeaderRule, PrefixHeaderBinding, ScalarBinding } from "../model/types.js";
import { constantCase, literal } from "./names.js";

/**
 * The constraint compiler: each constraint kind is one small unit that yields the
 * condition under which a value breaks it, and the message that says so (as ajv does
 * per keyword). `value` is the name of a local holding the string being checked.
 */
interface CompiledCheck {
  failsWhen: string;
  message: string;
  /** Helpers imported from the runtime's checks module. */
  uses: string[];
}

export function compileConstraint(binding: ScalarBinding, constraint: Constraint, value: string, enumGuard: string | undefined): CompiledCheck {
  const name = binding.wireName;
  switch (constraint.kind) {
    case "enum":
      return {
        failsWhen: enumGuard ? `!${enumGuard}(${value})` : `!${constantCase(binding.member)}_VALUES.has(${value})`,
        message: literal(`${name} must be one of ${constraint.values.join(", ")} (case-sensitive).`),
        uses: [],
      };
    case "minLength":
      return { failsWhen: `codePointLength(${value}) < ${constraint.limit}`, message: literal(`${name} must be at least ${constraint.limit} characters long.`), uses: ["codePointLength"] };
    case "maxLength":
      return { failsWhen: `codePointLength(${value}) > ${constraint.limit}`, message: literal(`${name} must be at most ${constraint.limit} characters long.`), uses: ["codePointLength"] };
    case "maxBytes":
      return { failsWhen: `utf8Length(${value}) > ${constraint.limit}`, message: literal(`${name} must be at most ${constraint.limit} bytes long in UTF-8.`), uses: ["utf8Length"] };
    case "prefixes":
      return {
        failsWhen: `!(${constraint.values.map((prefix) => `${value}.startsWith(${literal(prefix)})`).join(" || ")})`,
        message: literal(`${name} must start with ${constraint.values.join(", ")}.`),
        uses: [],
      };
    case "base64":
      return constraint.decodedBytes
        ? {
            failsWhen: `!isBase64OfLength(${value}, [${constraint.decodedBytes.join(", ")}])`,
            message: literal(`${name} must be base64 of ${constraint.decodedBytes.join(" or ")} bytes.`),
            uses: ["isBase64OfLength"],
          }
        : { failsWhen: `!isBase64OfLength(${value})`, message: literal(`${name} must be base64.`), uses: ["isBase64OfLength"] };
    case "md5Of":
      return {
        failsWhen: `headers.has(${literal(constraint.wireName)}) && base64Md5Of(headers.get(${literal(constraint.wireName)}) ?? "") !== ${value}`,
        message: literal(`${name} must be the base64 MD5 of the decoded ${constraint.wireName}.`),
        uses: ["base64Md5Of"],
      };
    case "iso8601Utc":
      return { failsWhen: `parseIso8601Utc(${value}) === undefined`, message: literal(`${name} must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.`), uses: ["parseIso8601Utc"] };
    case "afterRequestTime":
      return { failsWhen: `(parseIso8601Utc(${value}) ?? 0) <= requestTime`, message: literal(`${name} must be later than the request time.`), uses: ["parseIso8601Utc"] };
    case "bucketName":
      return { failsWhen: `bucketNameProblem(${value}) !== undefined`, message: `bucketNameProblem(${value}) ?? ""`, uses: ["bucketNameProblem"] };
  }
}

export function compileRule(rule: HeaderRule, status: number): { code: string; uses: string[] } {
  const list = (names: string[]) => `[${names.map(literal).join(", ")}]`;
  const fail = (message: string, target: string) => `fail(${literal(rule.error)}, ${status}, ${target}, ${message});`;
  switch (rule.kind) {
    case "together":
      return {
        code: `{
  const names = ${list(rule.headers)};
  const missing = names.filter((name) => !headers.has(name));
  if (missing.length > 0 && missing.length < names.length) {
    ${fail(`${literal(rule.description + " Missing: ")} + missing.join(", ")`, "missing[0] ?? \"\"")}
  }
}`,
        uses: [],
      };
    case "requires":
      return {
        code: `if (headers.has(${literal(rule.when)})) {
  const missing = ${list(rule.requires)}.filter((name) => !headers.has(name));
  if (missing.length > 0) ${fail(`${literal(rule.description + " Missing: ")} + missing.join(", ")`, literal(rule.when))}
}`,
        uses: [],
      };
    case "exclusive":
      return {
        code: `if ([${rule.groups.map(list).join(", ")}].filter((group) => group.some((name) => headers.has(name))).length > 1) {
  ${fail(literal(rule.description), literal(rule.groups.flat()[0] ?? ""))}
}`,
        uses: [],
      };
  }
}

export function compilePrefixLimit(binding: PrefixHeaderBinding, local: string, status: number): string {
  if (binding.maxTotalBytes === undefined || binding.error === undefined) return "";
  return `if (${local} !== undefined && recordUtf8Length(${local}) > ${binding.maxTotalBytes}) {
  fail(${literal(binding.error)}, ${status}, ${literal(binding.prefix + "*")}, ${literal(`${binding.prefix}* names and values must not exceed ${binding.maxTotalBytes} bytes in all.`)});
}`;
}
