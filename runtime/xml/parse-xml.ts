import { XMLParser } from "fast-xml-parser";
import type { XmlDocument, XmlNode } from "@obs-toolkit/validator";

// Every element is a list (so repeated elements are never merged or dropped); namespace prefixes
// are dropped, of elements and attributes alike (`xsi:type` is read as `@type`); namespace
// declarations are dropped; text is kept as written. Entities are decoded below rather than by
// the parser, which drops the character references of control characters (`&#x1;`) that S3
// writes for keys containing them.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The XML predefined entities and numeric character references, decoded. */
export function decodeXmlText(text: string): string {
  return text.replace(
    /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? whole;
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/**
 * The parser's output as XmlNode: text decoded, whitespace between child elements dropped; an
 * element's attributes are entries named `@name` beside its child elements (an element with
 * attributes and text alone is its text).
 */
function toNode(value: unknown): XmlNode {
  if (typeof value === "string") return decodeXmlText(value);
  if (value === null || typeof value !== "object") return "";
  const entries = Object.entries(value as Record<string, unknown>).filter(([name]) => !/^@xmlns(:|$)/.test(name));
  const elements = entries.filter(([name]) => name !== "#text");
  if (elements.every(([name]) => name.startsWith("@"))) {
    const text = entries.find(([name]) => name === "#text")?.[1];
    if (text !== undefined || elements.length === 0)
      return typeof text === "string" ? decodeXmlText(text) : Array.isArray(text) ? decodeXmlText(text.join("")) : "";
  }
  const node: Record<string, XmlNode[]> = {};
  for (const [name, children] of elements)
    node[name] = name.startsWith("@")
      ? [decodeXmlText(String(children))]
      : (Array.isArray(children) ? children : [children]).map(toNode);
  return node;
}

/** A well-formed document with one root element, in any namespace; undefined otherwise. */
export function parseXmlDocument(text: string): XmlDocument | undefined {
  let parsed: unknown;
  try {
    parsed = parser.parse(text, true);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== "object") return undefined;
  const roots = Object.entries(parsed as Record<string, unknown>).filter(
    ([name]) => name !== "#text" && !name.startsWith("?"),
  );
  const [first] = roots;
  if (roots.length !== 1 || !first || !Array.isArray(first[1]) || first[1].length !== 1) return undefined;
  return { root: first[0], content: toNode(first[1][0]) };
}
