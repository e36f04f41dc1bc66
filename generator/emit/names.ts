/** Naming and literal helpers shared by the emitters. */
import type { OperationModel, ScalarKind } from "../model/types.js";

export const literal = (value: string): string => JSON.stringify(value);

/** The TypeScript array type of `type`: a union in parentheses (`("a" | "b")[]`). */
export const arrayOf = (type: string): string => `${/[|&]/.test(type) && !type.startsWith("{") ? `(${type})` : type}[]`;

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

/** The operation's path with the sub-resources (and headers) that select it: `/{BucketName}/{ObjectName}?uploadId`. */
export const pathWithSelectors = (operation: OperationModel): string =>
  `${operation.pathTemplate}${operation.selectors.length ? "?" + operation.selectors.join("&") : ""}${operation.headerSelectors.map((h) => ` + ${h}`).join("")}`;

/** How a scalar member's value of `kind` goes on the wire (a header either way, a query parameter, a form field). */
export const wireText = (kind: ScalarKind, value: string): string =>
  kind === "string"
    ? value
    : kind === "timestamp"
      ? `${value}?.toUTCString()`
      : `${value} === undefined ? undefined : String(${value})`;
