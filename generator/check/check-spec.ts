import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { LoadedSpec } from "../load/load-spec.js";
import { childPointer, unescapePointerToken, type SpecProblem } from "../load/spec-error.js";
import { SPEC_META_SCHEMA } from "./meta-schema.js";
import { EXTENSIONS } from "./vocabulary.js";

let compiled: ValidateFunction | undefined;

/** The meta-schema compiled once per process (ajv is CommonJS: required, not imported, as the compiler is). */
function validator(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = createRequire(import.meta.url)("ajv") as typeof import("ajv");
    // verbose: each error carries its schema, whose title names the object in the message.
    compiled = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(SPEC_META_SCHEMA);
  }
  return compiled;
}

/**
 * Checks the loaded spec against the vocabulary's meta-schema (meta-schema.ts): every problem
 * with the file, line and pointer where it was written. A component used by several operations
 * is reported once.
 */
export function checkSpec(spec: LoadedSpec): SpecProblem[] {
  const validate = validator();
  if (validate(spec.root)) return [];
  const problems = new Map<string, SpecProblem>();
  for (const error of validate.errors ?? []) {
    // An `if` only chooses which schema applies, and a key's name breaks `propertyNames` as a
    // whole: what broke has an error of its own.
    if (error.keyword === "if" || error.propertyName !== undefined) continue;
    const tokens = error.instancePath.split("/").slice(1).map(unescapePointerToken);
    const objectLevel = error.keyword === "additionalProperties" || error.keyword === "required";
    const nodeTokens = objectLevel ? tokens : tokens.slice(0, -1);
    const key = objectLevel
      ? (error.params as { additionalProperty?: string }).additionalProperty
      : (tokens[tokens.length - 1] ?? undefined);
    const node = nodeAt(spec.root, nodeTokens);
    const origin = (node && spec.originOf(node)) ?? { file: spec.files[0]?.path ?? "spec", pointer: "" };
    const problem = spec.problemAt(
      { file: origin.file, pointer: key === undefined ? origin.pointer : childPointer(origin.pointer, key) },
      messageOf(error, key),
    );
    problems.set(`${problem.file}#${problem.pointer}: ${problem.message}`, problem);
  }
  return [...problems.values()];
}

function nodeAt(root: unknown, tokens: string[]): object | undefined {
  let node = root;
  for (const token of tokens) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node !== null && typeof node === "object" ? node : undefined;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** What broke, in the words of the rest of the generator's problems. */
function messageOf(error: ErrorObject, key: string | undefined): string {
  const schema = (error.parentSchema ?? {}) as { title?: string; properties?: Record<string, unknown> };
  const what = schema.title ?? "this object";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(key);
      if (name.startsWith("x-"))
        return Object.hasOwn(EXTENSIONS, name)
          ? `"${name}" does not belong in ${what}`
          : `unknown extension key "${name}"`;
      const supported = Object.keys(schema.properties ?? {}).filter((k) => !k.startsWith("x-"));
      return `"${name}" is not supported in ${what}${supported.length > 0 ? ` (supported: ${supported.join(", ")})` : ""}`;
    }
    case "required":
      return `"${String(params.missingProperty)}" is required in ${what}`;
    case "type":
      return `"${key}" must be ${article(String(params.type))}`;
    case "enum":
      return `"${key}" must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}`;
    case "const":
      return `"${key}" must be ${JSON.stringify(params.allowedValue)}`;
    case "propertyNames":
      return `"${String(params.propertyName)}" is not a key ${what} takes`;
    case "pattern":
      return `"${key}" must match ${String(params.pattern)}`;
    case "maxItems":
      return `"${key}" takes at most ${String(params.limit)} item(s)`;
    default:
      return `"${key}" ${error.message ?? "is not valid"}`;
  }
}
