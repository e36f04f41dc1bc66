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

/** `localOf` names the local that holds another header (for checks that read one). */
export function compileConstraint(
  binding: ScalarBinding,
  constraint: Constraint,
  value: string,
  enumGuard: string | undefined,
  localOf: (wireName: string) => string,
): CompiledCheck {
  const name = binding.wireName;
  switch (constraint.kind) {
    case "enum":
      return {
        failsWhen: enumGuard ? `!${enumGuard}(${value})` : `!${constantCase(binding.member)}_VALUES.has(${value})`,
        message: literal(`${name} must be one of ${constraint.values.join(", ")} (case-sensitive).`),
        uses: [],
      };
    case "minLength":
      return {
        failsWhen: `codePointLength(${value}) < ${constraint.limit}`,
        message: literal(`${name} must be at least ${constraint.limit} characters long.`),
        uses: ["codePointLength"],
      };
    case "maxLength":
      return {
        failsWhen: `codePointLength(${value}) > ${constraint.limit}`,
        message: literal(`${name} must be at most ${constraint.limit} characters long.`),
        uses: ["codePointLength"],
      };
    case "minimum":
      return {
        failsWhen: `${value} < ${constraint.limit}`,
        message: literal(`${name} must be at least ${constraint.limit}.`),
        uses: [],
      };
    case "maximum":
      return {
        failsWhen: `${value} > ${constraint.limit}`,
        message: literal(`${name} must be at most ${constraint.limit}.`),
        uses: [],
      };
    case "maxBytes":
      return {
        failsWhen: `utf8Length(${value}) > ${constraint.limit}`,
        message: literal(`${name} must be at most ${constraint.limit} bytes long in UTF-8.`),
        uses: ["utf8Length"],
      };
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
        : {
            failsWhen: `!isBase64OfLength(${value})`,
            message: literal(`${name} must be base64.`),
            uses: ["isBase64OfLength"],
          };
    case "md5Of":
      return {
        failsWhen: `${localOf(constraint.wireName)} !== undefined && base64Md5Of(${localOf(constraint.wireName)}) !== ${value}`,
        message: literal(`${name} must be the base64 MD5 of the decoded ${constraint.wireName}.`),
        uses: ["base64Md5Of"],
      };
    case "iso8601Utc":
      return {
        failsWhen: `parseIso8601Utc(${value}) === undefined`,
        message: literal(`${name} must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.`),
        uses: ["parseIso8601Utc"],
      };
    case "afterRequestTime":
      return {
        failsWhen: `(parseIso8601Utc(${value}) ?? 0) <= requestTime`,
        message: literal(`${name} must be later than the request time.`),
        uses: ["parseIso8601Utc"],
      };
    case "bucketName":
      return {
        failsWhen: `bucketNameProblem(${value}) !== undefined`,
        message: `bucketNameProblem(${value}) ?? ""`,
        uses: ["bucketNameProblem"],
      };
  }
}

/**
 * A rule across headers, over the locals the header pass filled: presence is `!== undefined`,
 * and the list of what is missing is built only when the rule is broken.
 */
export function compileRule(rule: HeaderRule, status: number, localOf: (wireName: string) => string): string {
  const fail = (message: string, target: string) => `fail(${literal(rule.error)}, ${status}, ${target}, ${message});`;
  const present = (name: string) => `${localOf(name)} !== undefined`;
  const missingList = (names: string[]) =>
    `[${names.map((name) => `${present(name)} ? "" : ${literal(name)}`).join(", ")}].filter(Boolean)`;
  switch (rule.kind) {
    case "together": {
      const count = rule.headers.map((name) => `(${present(name)} ? 1 : 0)`).join(" + ");
      return `{
  const present = ${count};
  if (present > 0 && present < ${rule.headers.length}) {
    const missing = ${missingList(rule.headers)};
    ${fail(`${literal(rule.description + " Missing: ")} + missing.join(", ")`, 'missing[0] ?? ""')}
  }
}`;
    }
    case "requires":
      return `if (${present(rule.when)} && !(${rule.requires.map(present).join(" && ")})) {
  ${fail(`${literal(rule.description + " Missing: ")} + ${missingList(rule.requires)}.join(", ")`, literal(rule.when))}
}`;
    case "exclusive": {
      const groups = rule.groups.map((group) => `(${group.map(present).join(" || ")} ? 1 : 0)`).join(" + ");
      return `if (${groups} > 1) {
  ${fail(literal(rule.description), literal(rule.groups.flat()[0] ?? ""))}
}`;
    }
  }
}

export function compilePrefixLimit(binding: PrefixHeaderBinding, local: string, status: number): string {
  if (binding.maxTotalBytes === undefined || binding.error === undefined) return "";
  return `if (${local} !== undefined && recordUtf8Length(${local}) > ${binding.maxTotalBytes}) {
  fail(${literal(binding.error)}, ${status}, ${literal(binding.prefix + "*")}, ${literal(`${binding.prefix}* names and values must not exceed ${binding.maxTotalBytes} bytes in all.`)});
}`;
}
