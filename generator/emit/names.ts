/** Naming and literal helpers shared by the emitters. */
import type { OperationModel } from "../model/types.js";

export const literal = (value: string): string => JSON.stringify(value);

export const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");

/** `x-amz-meta` → `xAmzMeta` (locals and parameters). */
export const camel = (text: string): string => {
  const name = pascal(text);
  return name.charAt(0).toLowerCase() + name.slice(1);
};

export const constantCase = (text: string): string =>
  text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();

/** `InitiateMultipartUpload` → `initiate-multipart-upload` (file names). */
export const kebab = (text: string): string => text.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

/** A JSDoc block's text: the description, with `*​/` made harmless. */
export const docText = (text: string | undefined): string => (text ?? "").replace(/\*\//g, "*\\/").trim();

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await async of undefined NaN Infinity arguments eval " +
    "Object Array String Number Boolean Date Symbol Map Set Promise Error JSON Math Buffer URL"
  ).split(" "),
);

/**
 * Names for the locals of one generated function, as ajv's scope gives them: a member may be
 * called anything (`errors`, `source`, `default`), its local takes the next free name.
 */
export class Scope {
  private readonly used: Set<string>;
  constructor(taken: Iterable<string>) {
    this.used = new Set([...RESERVED, ...taken]);
  }

  /** Whether a name is taken (reserved, given, or handed out). */
  taken(name: string): boolean {
    return this.used.has(name);
  }

  /** `wanted`, or `wanted2`, `wanted3`… when that is taken; the name is then taken. */
  name(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.used.has(name); n++) name = `${wanted}${n}`;
    this.used.add(name);
    return name;
  }
}

/** The operation's path with the sub-resources (and headers) that select it: `/{BucketName}/{ObjectName}?uploadId`. */
export const pathWithSelectors = (operation: OperationModel): string =>
  `${operation.pathTemplate}${operation.selectors.length ? "?" + operation.selectors.join("&") : ""}${operation.headerSelectors.map((h) => ` + ${h}`).join("")}`;
