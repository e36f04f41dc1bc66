import { XMLParser } from "fast-xml-parser";

// Entities are decoded below rather than by the parser, which drops the character references
// of control characters (`&#x1;`) that S3 writes for keys containing them.
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
});

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The XML predefined entities and numeric character references, decoded. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text of each child element of `rootName`, whatever namespace the document uses.
 * Undefined when the body is not XML with that root element.
 */
export function readXmlFields(body: string, rootName: string): Record<string, string> | undefined {
  let document: unknown;
  try {
    document = parser.parse(body, true);
  } catch {
    return undefined;
  }
  if (document === null || typeof document !== "object" || !Object.hasOwn(document, rootName)) return undefined;
  const root: unknown = (document as Record<string, unknown>)[rootName];
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  if (root === null || typeof root !== "object") return fields;
  for (const [name, value] of Object.entries(root)) {
    if (name === "#text") continue;
    if (typeof value === "string") fields[name] = decodeXmlText(value);
    else if (typeof value === "number" || typeof value === "boolean") fields[name] = String(value);
    else if (value !== null && typeof value === "object" && Object.keys(value).length === 0) fields[name] = "";
  }
  return fields;
}
