import { dirname, resolve } from "node:path";
import { unescapePointerToken } from "./spec-error.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where a `$ref` in a file other than the root lands in the bundle's components. */
const HOISTED = /^\/(?:components\/)?(schemas|parameters|headers|responses|requestBodies|examples)\/([^/]+)$/;

/**
 * The spec as one document, every `$ref` kept where a reader would expect one: references into the
 * root's `components` stay, a file's local definitions (`operations/x.yaml#/schemas/Part`) move into
 * the root's `components` under their own name and are referenced there, and anything else (an
 * operation file's `#/operation`) is inlined where it is referenced. `files` maps absolute paths to
 * parsed YAML; references were already checked by the loader.
 */
export function bundleSpec(rootPath: string, files: ReadonlyMap<string, unknown>): Record<string, unknown> {
  // Where each hoisted definition went (`file#pointer` → its key), and the hoisted definitions by kind.
  const hoisted = new Map<string, string>();
  const components: Record<string, Record<string, Json>> = {};
  const root = files.get(rootPath) as Record<string, unknown>;
  const rootComponents = (root.components ?? {}) as Record<string, Record<string, unknown>>;

  const valueAt = (file: string, pointer: string): unknown => {
    let value = files.get(file);
    for (const token of pointer.split("/").slice(1).map(unescapePointerToken))
      value = (value as Record<string, unknown> | undefined)?.[token];
    return value;
  };

  const walk = (value: unknown, file: string): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item, file));
    if (value === null || typeof value !== "object") return value as Json;
    const record = value as Record<string, unknown>;
    const out: { [key: string]: Json } = {};
    for (const [name, child] of Object.entries(record)) out[name] = name === "$ref" ? "" : walk(child, file);
    if (typeof record.$ref !== "string") return out;
    const [target = "", fragment = ""] = record.$ref.split("#");
    const targetFile = target === "" ? file : resolve(dirname(file), target);
    if (targetFile === rootPath && fragment.startsWith("/components/")) {
      out.$ref = `#${fragment}`;
      return out;
    }
    const place = targetFile === rootPath ? null : HOISTED.exec(fragment);
    if (!place) {
      // Inlined: the reference's own siblings (a description) override the target's, as in OpenAPI 3.1.
      const inlined = walk(valueAt(targetFile, fragment), targetFile);
      delete out.$ref;
      return inlined !== null && typeof inlined === "object" && !Array.isArray(inlined)
        ? { ...inlined, ...out }
        : inlined;
    }
    const [, kind = "", name = ""] = place;
    const id = `${targetFile}#${fragment}`;
    let key = hoisted.get(id);
    if (key === undefined) {
      const section = (components[kind] ??= {});
      const taken = (candidate: string) =>
        Object.hasOwn(section, candidate) || Object.hasOwn(rootComponents[kind] ?? {}, candidate);
      key = name;
      for (let n = 2; taken(key); n++) key = `${name}${n}`;
      hoisted.set(id, key);
      // The key is reserved before the definition is walked, so that the definitions it references take others.
      section[key] = null;
      section[key] = walk(valueAt(targetFile, fragment), targetFile);
    }
    out.$ref = `#/components/${kind}/${key}`;
    return out;
  };

  const bundled = walk(root, rootPath) as Record<string, Json>;
  const merged = { ...((bundled.components ?? {}) as Record<string, Record<string, Json>>) };
  for (const [kind, entries] of Object.entries(components)) merged[kind] = { ...(merged[kind] ?? {}), ...entries };
  if (Object.keys(merged).length > 0) bundled.components = merged;
  return bundled;
}
