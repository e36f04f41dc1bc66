const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await async of undefined NaN Infinity arguments eval " +
    "Object Array String Number Boolean Date Symbol Map Set Promise Error JSON Math Buffer URL"
  ).split(" "),
);

/**
 * Names handed out in one region of generated code, as ajv's scope gives them: a member may be
 * called anything (`errors`, `source`, `default`), its identifier takes the next free name. A
 * function's scope is a child of its file's: a local never takes a name the file imports or
 * declares, and an import never takes one a function's local holds (it is imported under another).
 */
export class Scope {
  private readonly used: Set<string>;
  private readonly children: Scope[] = [];

  constructor(
    taken: Iterable<string> = [],
    private readonly parent?: Scope,
  ) {
    this.used = new Set(taken);
    parent?.children.push(this);
  }

  /** A scope for one function's locals inside this one. */
  child(taken: Iterable<string> = []): Scope {
    return new Scope(taken, this);
  }

  /** Whether a name is taken here, above, or (for a name given here) in a scope below. */
  taken(name: string): boolean {
    return RESERVED.has(name) || this.takenAbove(name) || this.takenBelow(name);
  }

  /** `wanted`, or `wanted2`, `wanted3`… when that is taken; the name is then taken. */
  name(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken(name); n++) name = `${wanted}${n}`;
    this.used.add(name);
    return name;
  }

  private takenAbove(name: string): boolean {
    return this.used.has(name) || (this.parent?.takenAbove(name) ?? false);
  }

  private takenBelow(name: string): boolean {
    return this.children.some((child) => child.used.has(name) || child.takenBelow(name));
  }
}
