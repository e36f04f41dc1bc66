import { dirname, relative, resolve } from "node:path";
import { childPointer, SpecError, unescapePointerToken, type Origin, type SpecProblem } from "./spec-error.js";
import { bundleSpec } from "./bundle.js";
import { readYamlFile, type YamlFile } from "./yaml-file.js";
import type { TextCache } from "../write/text-cache.js";

/**
 * The spec with every `$ref` replaced by what it points to (`bundle()` keeps them). Each object and array of the
 * result remembers where it was written (`originOf`), so later stages can report a file,
 * line and JSON pointer for anything they find wrong.
 */
export interface LoadedSpec {
  root: Record<string, unknown>;
  files: YamlFile[];
  originOf(node: object): Origin | undefined;
  /** The spec as one document with its `$ref`s kept (see bundleSpec). */
  bundle(): Record<string, unknown>;
  problemAt(origin: Origin, message: string): SpecProblem;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * `parsed` keeps the files parsed by earlier loads (by absolute path): one whose text is unchanged
 * is not parsed again; `cache` keeps parsed values across processes (see readYamlFile).
 */
export function loadSpec(
  rootPath: string,
  baseDir = process.cwd(),
  parsed?: Map<string, YamlFile>,
  cache?: TextCache,
): LoadedSpec {
  const files = new Map<string, YamlFile>();
  const origins = new WeakMap<object, Origin>();
  const problems: SpecProblem[] = [];
  // Called for every node of the walk: each file's display path is worked out once.
  const displays = new Map<string, string>();
  const display = (absolute: string) => {
    let shown = displays.get(absolute);
    if (shown === undefined) {
      shown = relative(baseDir, absolute) || absolute;
      displays.set(absolute, shown);
    }
    return shown;
  };

  // Files by the path problems name them by.
  const byPath = new Map<string, YamlFile>();
  const locate = (origin: Origin): SpecProblem => {
    const file = byPath.get(origin.file);
    let pointer = origin.pointer;
    // The closest enclosing node that has a position.
    let position = file?.positionOf(pointer);
    while (file && !position && pointer !== "") {
      pointer = pointer.slice(0, pointer.lastIndexOf("/"));
      position = file.positionOf(pointer);
    }
    position ??= { line: 1, column: 1 };
    return { ...origin, ...position, message: "" };
  };
  const problemAt = (origin: Origin, message: string): SpecProblem => ({ ...locate(origin), message });

  const fileAt = (absolute: string): YamlFile | undefined => {
    const cached = files.get(absolute);
    if (cached) return cached;
    const loaded = readYamlFile(absolute, display(absolute), parsed?.get(absolute), cache);
    if ("message" in loaded) {
      problems.push(loaded);
      return undefined;
    }
    files.set(absolute, loaded);
    if (!byPath.has(loaded.path)) byPath.set(loaded.path, loaded);
    parsed?.set(absolute, loaded);
    return loaded;
  };

  const valueAt = (file: YamlFile, pointer: string): unknown => {
    let value: unknown = file.value;
    for (const token of pointer.split("/").slice(1).map(unescapePointerToken)) {
      if (value === null || typeof value !== "object" || !Object.hasOwn(value, token)) return undefined;
      value = (value as Record<string, unknown>)[token];
    }
    return value;
  };

  const resolved = new Map<string, Json>();
  const walk = (value: unknown, absolute: string, pointer: string, refChain: string[]): Json => {
    if (Array.isArray(value)) {
      const out: Json[] = value.map((item, index) => walk(item, absolute, childPointer(pointer, index), refChain));
      origins.set(out, { file: display(absolute), pointer });
      return out;
    }
    if (value === null || typeof value !== "object") return value as Json;
    const record = value as Record<string, unknown>;
    if (typeof record.$ref === "string") {
      const here: Origin = { file: display(absolute), pointer: childPointer(pointer, "$ref") };
      const [target = "", fragment = ""] = record.$ref.split("#");
      const targetFile = target === "" ? absolute : resolve(dirname(absolute), target);
      if (fragment !== "" && !fragment.startsWith("/")) {
        problems.push(problemAt(here, `$ref "${record.$ref}" must use a JSON pointer fragment (#/...)`));
        return null;
      }
      const key = `${targetFile}#${fragment}`;
      if (refChain.includes(key)) {
        problems.push(problemAt(here, `$ref "${record.$ref}" is circular`));
        return null;
      }
      const file = fileAt(targetFile);
      const targetValue = file ? valueAt(file, fragment) : undefined;
      if (targetValue === undefined) {
        if (file)
          problems.push(
            problemAt(here, `unresolved $ref "${record.$ref}": nothing at ${display(targetFile)}#${fragment}`),
          );
        return null;
      }
      let target_ = resolved.get(key);
      if (target_ === undefined) {
        target_ = walk(targetValue, targetFile, fragment, [...refChain, key]);
        resolved.set(key, target_);
      }
      // OpenAPI 3.1 lets a reference override the target's summary and description.
      const siblings = Object.entries(record).filter(([name]) => name !== "$ref");
      if (siblings.length === 0 || target_ === null || typeof target_ !== "object" || Array.isArray(target_))
        return target_;
      const merged: { [key: string]: Json } = { ...target_ };
      for (const [name, sibling] of siblings)
        merged[name] = walk(sibling, absolute, childPointer(pointer, name), refChain);
      origins.set(merged, origins.get(target_) ?? here);
      return merged;
    }
    const out: { [key: string]: Json } = {};
    for (const [name, child] of Object.entries(record))
      out[name] = walk(child, absolute, childPointer(pointer, name), refChain);
    origins.set(out, { file: display(absolute), pointer });
    return out;
  };

  const rootAbsolute = resolve(baseDir, rootPath);
  const rootFile = fileAt(rootAbsolute);
  const root = rootFile ? walk(rootFile.value, rootAbsolute, "", [`${rootAbsolute}#`]) : null;
  if (problems.length > 0) throw new SpecError(problems);
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw new SpecError([problemAt({ file: display(rootAbsolute), pointer: "" }, "the spec root must be a mapping")]);
  }
  return {
    root,
    files: [...files.values()],
    originOf: (node) => origins.get(node),
    bundle: () => bundleSpec(rootAbsolute, new Map([...files].map(([path, file]) => [path, file.value]))),
    problemAt,
  };
}
