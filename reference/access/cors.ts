import type { CORSRule } from "@obs-toolkit/validator";

/** `*` (one at most, per the PUT Bucket CORS page) matches any run of characters; `flags` `i` for header names. */
function matches(pattern: string, value: string, flags = ""): boolean {
  const star = pattern.indexOf("*");
  if (star < 0) return flags === "i" ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(pattern.slice(0, star))}.*${escape(pattern.slice(star + 1))}$`, flags).test(value);
}

/** The names an Access-Control-Request-Headers lists (comma-separated; repeated headers arrive joined). */
export const requestedHeaders = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");

/** The first rule that allows `origin` to use `method` with `headers`, as S3 evaluates them in order. */
export function matchingRule(
  rules: readonly CORSRule[] | undefined,
  origin: string,
  method: string,
  headers: readonly string[],
): CORSRule | undefined {
  return rules?.find(
    (rule) =>
      rule.allowedOrigins.some((allowed) => matches(allowed, origin)) &&
      rule.allowedMethods.some((allowed) => allowed === method) &&
      headers.every((header) => rule.allowedHeaders.some((allowed) => matches(allowed, header, "i"))),
  );
}

/** What Access-Control-Allow-Origin says for a rule: `*` for a rule open to every origin, else the origin itself. */
export const allowedOrigin = (rule: CORSRule, origin: string): string =>
  rule.allowedOrigins.includes("*") ? "*" : origin;

/**
 * The CORS headers of an actual (not preflight) request's answer: those of the first rule that
 * allows its Origin and method, or none. Vary: Origin, as the answer depends on it.
 */
export function corsAnswerHeaders(
  rules: readonly CORSRule[] | undefined,
  origin: string | undefined,
  method: string,
): Record<string, string> | undefined {
  if (origin === undefined || !rules) return undefined;
  const rule = matchingRule(rules, origin, method === "HEAD" ? "HEAD" : method, []);
  if (!rule) return undefined;
  return {
    "access-control-allow-origin": allowedOrigin(rule, origin),
    "access-control-allow-methods": rule.allowedMethods.join(", "),
    ...(rule.exposeHeaders.length > 0 ? { "access-control-expose-headers": rule.exposeHeaders.join(", ") } : {}),
    ...(rule.maxAgeSeconds !== undefined ? { "access-control-max-age": String(rule.maxAgeSeconds) } : {}),
    vary: "Origin",
  };
}
