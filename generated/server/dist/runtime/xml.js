// Copied from runtime/server/xml.ts by `npm run generate`: edit that file, not this one.
import { escapeXml, renderXmlTree } from "@obs-toolkit/validator";
export { escapeXml };
/** `<?xml …?><root xmlns="…"><Name>value</Name>…</root>`, each value escaped; undefined values left out. */
export function renderXmlDocument(root, namespace, fields) {
	const content = {};
	for (const [name, value] of fields) if (value !== undefined) content[name] = [value];
	return renderXmlTree(root, namespace, content);
}
