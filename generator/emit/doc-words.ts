import type { HeaderRule, OperationModel } from "../model/types.js";
import { code, wordList } from "../keywords/keyword.js";

/** The spec's header rules, said in words for the reference docs (constraints say themselves: generator/keywords). */

export function ruleInWords(rule: HeaderRule): string {
  switch (rule.kind) {
    case "together":
      return `${wordList(rule.headers)} are sent together or not at all.`;
    case "requires":
      return `When ${code(rule.when)} is sent, ${wordList(rule.requires)} must be sent too.`;
    case "anyOf":
      return `At least one of ${wordList(rule.headers, "or")} is sent.`;
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
