import type { Constraint, HeaderRule, OperationModel } from "../model/types.js";

/** The spec's constraints and header rules, said in words for the reference docs. */

const code = (text: string) => `\`${text}\``;

/** `a`, `b` and `c` (or `a`, `b` or `c`). */
export function wordList(items: string[], last = "and"): string {
  const quoted = items.map(code);
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} ${last} ${quoted[quoted.length - 1]}`;
}

export function constraintInWords(constraint: Constraint): string {
  switch (constraint.kind) {
    case "enum":
      return `One of ${wordList(constraint.values, "or")} (case-sensitive).`;
    case "minLength":
      return `At least ${constraint.limit} characters.`;
    case "maxLength":
      return `At most ${constraint.limit} characters.`;
    case "minimum":
      return `At least ${constraint.limit}.`;
    case "maximum":
      return `At most ${constraint.limit}.`;
    case "maxBytes":
      return `At most ${constraint.limit} bytes in UTF-8.`;
    case "prefixes":
      return `Starts with ${wordList(constraint.values, "or")}.`;
    case "base64":
      return constraint.decodedBytes ? `Base64 of ${constraint.decodedBytes.join(" or ")} bytes.` : "Base64.";
    case "md5Of":
      return `The base64 MD5 of the decoded ${code(constraint.wireName)}.`;
    case "iso8601Utc":
      return `An ISO 8601 UTC date-time, ${code("YYYY-MM-DDThh:mm:ss[.fff]Z")}.`;
    case "afterRequestTime":
      return "Later than the time the request is received.";
    case "bucketName":
      return "A bucket name: 3 to 63 lowercase letters, digits, hyphens and periods; starts with a letter or digit; not an IP address.";
  }
}

export function ruleInWords(rule: HeaderRule): string {
  switch (rule.kind) {
    case "together":
      return `${wordList(rule.headers)} are sent together or not at all.`;
    case "requires":
      return `When ${code(rule.when)} is sent, ${wordList(rule.requires)} must be sent too.`;
    case "exclusive":
      return `At most one of these groups is sent: ${rule.groups.map((group) => `(${wordList(group)})`).join(" or ")}.`;
  }
}

/** "Mandatory", "Optional", or "Optional, but required when …" from the rules that name the header. */
export function presenceInWords(operation: OperationModel, wireName: string, required: boolean): string {
  if (required) return "Mandatory";
  const triggers = new Set<string>();
  for (const rule of operation.rules) {
    if (rule.kind === "together" && rule.headers.includes(wireName))
      for (const other of rule.headers) if (other !== wireName) triggers.add(other);
    if (rule.kind === "requires" && rule.requires.includes(wireName)) triggers.add(rule.when);
  }
  return triggers.size === 0 ? "Optional" : `Optional, but required when ${wordList([...triggers], "or")} is sent`;
}
