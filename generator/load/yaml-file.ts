import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { childPointer, type SpecProblem } from "./spec-error.js";

/** A parsed YAML file: its plain value and the line/column of every JSON pointer in it. */
export interface YamlFile {
  path: string;
  /** The file as read, for fingerprinting. */
  text: string;
  value: unknown;
  positions: Map<string, { line: number; column: number }>;
}

/** Reads and parses a YAML file; `previous`, a parse of the same path, is returned as it is when the text did not change. */
export function readYamlFile(path: string, displayPath: string, previous?: YamlFile): YamlFile | SpecProblem {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return {
      file: displayPath,
      pointer: "",
      line: 1,
      column: 1,
      message: `cannot read the file (${(error as Error).message})`,
    };
  }
  if (previous?.text === text && previous.path === displayPath) return previous;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const firstError = document.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    return {
      file: displayPath,
      pointer: "",
      line,
      column: col,
      message: `invalid YAML: ${firstError.message.split("\n")[0]}`,
    };
  }
  const positions = new Map<string, { line: number; column: number }>();
  const record = (node: Node | null | undefined, pointer: string, keyNode?: Node) => {
    const at = keyNode?.range ?? node?.range;
    if (at) {
      const { line, col } = lineCounter.linePos(at[0]);
      positions.set(pointer, { line, column: col });
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        record(pair.value as Node | null, childPointer(pointer, key), pair.key as Node);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => record(item as Node, childPointer(pointer, index)));
    }
  };
  record(document.contents as Node | null, "");
  return { path: displayPath, text, value: document.toJS({ maxAliasCount: 100 }), positions };
}
