import { posix } from "node:path";
import { Scope } from "./scope.js";
import type { CodeSymbol, PackageName } from "./symbols.js";

/** How a statement stands among its neighbours: a block (interface, function, class) has a blank line on each side. */
export type StatementLayout = "block" | "line";

/**
 * One generated TypeScript module as it is written: statements in order, and the imports they
 * ask for. An emitter asks `use(symbol)` for the name to write, and the import follows; a name
 * the file already holds (a local of one of its functions, say) is imported under another.
 */
export class SourceFile {
  /** Names at the top of the file: imports and declarations. Functions take child scopes. */
  readonly scope: Scope;
  private readonly imports = new Map<string, Map<string, { local: string; type: boolean }>>();
  private readonly statements: Array<{ text: string; layout: StatementLayout }> = [];

  /** `path` is inside the package (`src/components/acl.ts`). */
  constructor(
    readonly pkg: PackageName,
    readonly path: string,
  ) {
    this.scope = new Scope();
  }

  /** The name to write for `symbol` here: declared in this file, or imported (once). */
  use(symbol: CodeSymbol): string {
    if (symbol.pkg === this.pkg && symbol.file === this.path) return symbol.name;
    const module = this.moduleOf(symbol);
    const names = this.imports.get(module) ?? new Map<string, { local: string; type: boolean }>();
    this.imports.set(module, names);
    const known = names.get(symbol.name);
    if (known) {
      // A name used as a value as well as a type is imported as a value.
      known.type &&= symbol.type;
      return known.local;
    }
    const local = this.scope.name(symbol.name);
    names.set(symbol.name, { local, type: symbol.type });
    return local;
  }

  /** Declares a top-level name of this file (it keeps it: nothing is imported under it). */
  declare(name: string): string {
    if (this.scope.taken(name)) throw new Error(`${this.path}: ${name} is declared twice`);
    return this.scope.name(name);
  }

  add(text: string, layout: StatementLayout = "line"): this {
    this.statements.push({ text, layout });
    return this;
  }

  /** The module text: the imports (packages first, then by path; values before types), then the statements. */
  text(): string {
    const modules = [...this.imports.keys()].sort(
      (a, b) => Number(a.startsWith(".")) - Number(b.startsWith(".")) || a.localeCompare(b),
    );
    const lines: string[] = [];
    for (const module of modules) {
      const names = [...(this.imports.get(module) ?? [])]
        .sort(([a, x], [b, y]) => Number(x.type) - Number(y.type) || a.localeCompare(b))
        .map(([name, { local, type }]) => `${type ? "type " : ""}${name}${local === name ? "" : ` as ${local}`}`);
      lines.push(`import { ${names.join(", ")} } from ${JSON.stringify(module)};`);
    }
    let previous: StatementLayout | undefined = lines.length > 0 ? "line" : undefined;
    for (const { text, layout } of this.statements) {
      if (previous !== undefined && (layout === "block" || previous === "block")) lines.push("");
      lines.push(text);
      previous = layout;
    }
    return lines.join("\n") + "\n";
  }

  private moduleOf(symbol: CodeSymbol): string {
    if (symbol.pkg !== this.pkg) return `@obs-toolkit/${symbol.pkg}`;
    const relative = posix.relative(posix.dirname(this.path), symbol.file).replace(/\.ts$/, ".js");
    return relative.startsWith(".") ? relative : `./${relative}`;
  }
}
