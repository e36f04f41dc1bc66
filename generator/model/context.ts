import type { LoadedSpec } from "../load/load-spec.js";
import type { SourceRef } from "./types.js";
import { childPointer, type Origin, type SpecProblem } from "../load/spec-error.js";

/** What model builders share: the loaded spec and a place to report problems. */
export class ModelContext {
  readonly problems: SpecProblem[] = [];
  constructor(readonly spec: LoadedSpec) {}

  /** Report a problem at `node` (or its child `key`). */
  report(node: object, message: string, key?: string | number): void {
    this.problems.push(this.spec.problemAt(this.originOf(node, key), message));
  }

  /**
   * Where `node` (or its child `key`) was written. The line is found when first read: positions
   * cost a second parse of the file, which only reports and reviews need.
   */
  sourceOf(node: object, key?: string | number): SourceRef {
    const origin = this.originOf(node, key);
    const spec = this.spec;
    let line: number | undefined;
    return {
      file: origin.file,
      pointer: origin.pointer,
      get line() {
        return (line ??= spec.problemAt(origin, "").line);
      },
    };
  }

  private originOf(node: object, key: string | number | undefined): Origin {
    const origin: Origin = this.spec.originOf(node) ?? { file: this.spec.files[0]?.path ?? "spec", pointer: "" };
    return key === undefined ? origin : { ...origin, pointer: childPointer(origin.pointer, key) };
  }

  /** The `#/components/<section>/Name` a node was written as (schemas also in an operation file's `#/schemas`), if it was. */
  componentName(node: object, section: "schemas" | "parameters" = "schemas"): string | undefined {
    const pattern =
      section === "schemas"
        ? /^\/(?:components\/)?schemas\/([A-Za-z][A-Za-z0-9]*)$/
        : /^\/(?:components\/)?parameters\/([A-Za-z][A-Za-z0-9._-]*)$/;
    return pattern.exec(this.spec.originOf(node)?.pointer ?? "")?.[1];
  }

  string(node: Record<string, unknown>, key: string, required: true): string;
  string(node: Record<string, unknown>, key: string, required?: false): string | undefined;
  string(node: Record<string, unknown>, key: string, required = false): string | undefined {
    const value = node[key];
    if (value === undefined) {
      if (required) this.report(node, `"${key}" is required here`);
      return required ? "" : undefined;
    }
    if (typeof value !== "string") {
      this.report(node, `"${key}" must be a string`, key);
      return required ? "" : undefined;
    }
    return value;
  }

  stringList(node: Record<string, unknown>, key: string): string[] | undefined {
    const value = node[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
      this.report(node, `"${key}" must be a list of strings`, key);
      return undefined;
    }
    return value as string[];
  }

  object(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }
}
