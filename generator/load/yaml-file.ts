import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CORE_SCHEMA, load } from "js-yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { childPointer, type SpecProblem } from "./spec-error.js";
import type { TextCache } from "../write/text-cache.js";

type Position = { line: number; column: number };

const require = createRequire(import.meta.url);
/** The parsers' versions: another version may read the same text otherwise. */
const PARSERS = ["js-yaml", "yaml"]
  .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
  .join(" ");

/** A parsed YAML file: its plain value, and the line/column of every JSON pointer in it. */
export interface YamlFile {
  path: string;
  /** The file as read, for fingerprinting. */
  text: string;
  value: unknown;
  /** Where the node at `pointer` is written (its key's place for a mapping's value), if it is in the file. */
  positionOf(pointer: string): Position | undefined;
}

/**
 * Reads and parses a YAML file (YAML 1.2, core schema); `previous`, a parse of the same path, is
 * returned as it is when the text did not change. With a cache, the value of a text parsed before
 * (by any process) is read back from JSON. The positions, which only a problem's report needs,
 * are parsed when first asked for.
 */
export function readYamlFile(
  path: string,
  displayPath: string,
  previous?: YamlFile,
  cache?: TextCache,
): YamlFile | SpecProblem {
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
  const key = cache && `${createHash("sha256").update(`${PARSERS}\0${text}`).digest("hex")}.json`;
  const cached = key && cache?.read(key);
  let value: unknown;
  if (cached !== undefined) value = JSON.parse(cached) as unknown;
  else {
    const read = readValue(text, displayPath);
    if ("problem" in read) return read.problem;
    value = read.value;
    if (key && isJson(value)) cache?.write(key, JSON.stringify(value));
  }
  let positions: Map<string, Position> | undefined;
  return {
    path: displayPath,
    text,
    value,
    positionOf: (pointer) => {
      // Only a problem's report needs them: the text is parsed again, with positions, when first asked.
      if (!positions) {
        const lineCounter = new LineCounter();
        positions = positionsOf(parseDocument(text, { lineCounter, uniqueKeys: true }), lineCounter);
      }
      return positions.get(pointer);
    },
  };
}

/**
 * An anchor (`&name`) follows a line's start, a space or a flow indicator: an `&` elsewhere (a
 * query string in a sample) is text. One in a quoted or block scalar counts too, to be safe.
 */
const MAY_HOLD_ANCHOR = /(?:^|[\s[{,])&[^\s]/;

/**
 * A text's value. js-yaml reads ten times faster than `yaml`, which positions and problems are
 * left to. A text that may hold an anchor goes to `yaml` alone, which bounds how far aliases
 * expand: js-yaml does not, and the loader walks every path through the value.
 */
function readValue(text: string, displayPath: string): { value: unknown } | { problem: SpecProblem } {
  if (!MAY_HOLD_ANCHOR.test(text))
    try {
      return { value: load(text, { schema: CORE_SCHEMA, filename: displayPath }) };
    } catch {
      // Reported in `yaml`'s words, below.
    }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = document.errors[0];
  const problem = (message: string, offset = 0): { problem: SpecProblem } => {
    const { line, col } = lineCounter.linePos(offset);
    return { problem: { file: displayPath, pointer: "", line, column: col, message: `invalid YAML: ${message}` } };
  };
  if (error) return problem(error.message.split("\n")[0] ?? "", error.pos[0]);
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) as unknown };
  } catch (aliases) {
    // An alias that expands too far (a "billion laughs" document).
    return problem((aliases as Error).message);
  }
}

/** The line and column of every node of a parsed document, by JSON pointer. */
function positionsOf(document: Document, lineCounter: LineCounter): Map<string, Position> {
  const positions = new Map<string, Position>();
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
  return positions;
}

/** Whether JSON gives the value back as it is: strings, finite numbers, booleans, null, arrays and plain objects. */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([name, child]) => name !== "__proto__" && isJson(child));
}
