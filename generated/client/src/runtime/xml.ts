import { XMLParser } from "fast-xml-parser";

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
});

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
    if (typeof value === "string") fields[name] = value;
    else if (typeof value === "number" || typeof value === "boolean") fields[name] = String(value);
    else if (value !== null && typeof value === "object" && Object.keys(value).length === 0) fields[name] = "";
  }
  return fields;
}
