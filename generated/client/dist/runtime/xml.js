// Copied from runtime/client/xml.ts by `npm run generate`: edit that file, not this one.
import { parseXmlDocument } from "../xml/parse-xml.js";
/**
* The text of each child element of `rootName`, whatever namespace the document uses.
* Undefined when the body is not XML with that root element.
*/
export function readXmlFields(body, rootName) {
	const document = parseXmlDocument(body);
	if (!document || document.root !== rootName) return undefined;
	const fields = Object.create(null);
	if (typeof document.content === "string") return fields;
	for (const [name, nodes] of Object.entries(document.content)) {
		const first = nodes?.[0];
		if (typeof first === "string") fields[name] = first;
	}
	return fields;
}
