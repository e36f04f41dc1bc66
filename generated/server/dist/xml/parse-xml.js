// Copied from runtime/xml/parse-xml.ts by `npm run generate`: edit that file, not this one.
import { XMLParser } from "fast-xml-parser";
// Every element is a list (so repeated elements are never merged or dropped); namespace prefixes
// and attributes are dropped; text is kept as written. Entities are decoded below rather than by
// the parser, which drops the character references of control characters (`&#x1;`) that S3
// writes for keys containing them.
const parser = new XMLParser({
	ignoreAttributes: true,
	removeNSPrefix: true,
	parseTagValue: false,
	trimValues: false,
	processEntities: false,
	ignoreDeclaration: true,
	ignorePiTags: true,
	isArray: () => true
});
const NAMED = {
	lt: "<",
	gt: ">",
	amp: "&",
	quot: "\"",
	apos: "'"
};
/** The XML predefined entities and numeric character references, decoded. */
export function decodeXmlText(text) {
	return text.replace(/&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g, (whole, hex, dec, name) => {
		if (name !== undefined) return NAMED[name] ?? whole;
		const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
		return code <= 1114111 ? String.fromCodePoint(code) : whole;
	});
}
/** The parser's output as XmlNode: text decoded, whitespace between child elements dropped. */
function toNode(value) {
	if (typeof value === "string") return decodeXmlText(value);
	if (value === null || typeof value !== "object") return "";
	const entries = Object.entries(value);
	const elements = entries.filter(([name]) => name !== "#text");
	const text = entries.find(([name]) => name === "#text")?.[1];
	if (elements.length === 0) return typeof text === "string" ? decodeXmlText(text) : Array.isArray(text) ? decodeXmlText(text.join("")) : "";
	const node = {};
	for (const [name, children] of elements) node[name] = (Array.isArray(children) ? children : [children]).map(toNode);
	return node;
}
/** A well-formed document with one root element, in any namespace; undefined otherwise. */
export function parseXmlDocument(text) {
	let parsed;
	try {
		parsed = parser.parse(text, true);
	} catch {
		return undefined;
	}
	if (parsed === null || typeof parsed !== "object") return undefined;
	const roots = Object.entries(parsed).filter(([name]) => name !== "#text" && !name.startsWith("?"));
	const [first] = roots;
	if (roots.length !== 1 || !first || !Array.isArray(first[1]) || first[1].length !== 1) return undefined;
	return {
		root: first[0],
		content: toNode(first[1][0])
	};
}
