/** Where a spec node came from: a file, and a JSON pointer inside it. */
export interface Origin {
  file: string;
  pointer: string;
}

/** One problem in the spec, located by file, line and JSON pointer. */
export interface SpecProblem extends Origin {
  line: number;
  column: number;
  message: string;
}

export function formatProblem(problem: SpecProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.pointer || "#"}: ${problem.message}`;
}

/** Thrown when the spec cannot be turned into a model; carries every problem found. */
export class SpecError extends Error {
  constructor(readonly problems: SpecProblem[]) {
    super(`the spec has ${problems.length} problem(s):\n${problems.map((p) => "  " + formatProblem(p)).join("\n")}`);
    this.name = "SpecError";
  }
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapePointerToken(String(token))}`;
}
