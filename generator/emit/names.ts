/** Naming and literal helpers shared by the emitters. */

export const literal = (value: string): string => JSON.stringify(value);

export const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");

export const constantCase = (text: string): string =>
  text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();

/** `InitiateMultipartUpload` → `initiate-multipart-upload` (file names). */
export const kebab = (text: string): string => text.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

/** A JSDoc block's text: the description, with `*​/` made harmless. */
export const docText = (text: string | undefined): string => (text ?? "").replace(/\*\//g, "*\\/").trim();
