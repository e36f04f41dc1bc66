import { escapeXml, renderXmlTree } from "@obs-toolkit/validator";
export { escapeXml };
export function renderXmlDocument(root, namespace, fields) {
    const content = {};
    for (const [name, value] of fields)
        if (value !== undefined)
            content[name] = [value];
    return renderXmlTree(root, namespace, content);
}
