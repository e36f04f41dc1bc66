import type { PropertySpec } from "../code/declarations.js";
import type { SourceFile } from "../code/source-file.js";
import type { ElementShape, ScalarType, XmlMember, XmlShape } from "../model/types.js";
import { arrayOf, literal } from "./names.js";
import { sharedType } from "./symbols.js";

/** How XML elements are written as TypeScript and as an outline: what types, bodies and docs share. */

/** The TypeScript type of a scalar in `file`: a named enum type, a literal union, string, number, boolean or Date. */
export function scalarType(type: ScalarType, file: SourceFile): string {
  if (type.name) return file.use(sharedType(type.name));
  if (type.enumValues) return type.enumValues.map(literal).join(" | ");
  return { string: "string", integer: "number", boolean: "boolean", timestamp: "Date" }[type.kind];
}

/** The TypeScript type of an XML element: its scalar type, a named structure, or an inline type literal. */
export function elementType(shape: ElementShape, file: SourceFile): string {
  if (shape.kind === "scalar") return scalarType(shape.type, file);
  if (shape.name) return file.use(sharedType(shape.name));
  return membersLiteral(shape.members, file);
}

/** The TypeScript type of a document held whole by one member: a type literal of its elements. */
export const documentType = (document: XmlShape, file: SourceFile): string => membersLiteral(document.members, file);

/** A type literal of XML members: a list is always there (empty when absent), an optional element may not be. */
const membersLiteral = (members: XmlMember[], file: SourceFile): string =>
  `{ ${members.map((member) => `${member.member}${member.required || member.list ? "" : "?"}: ${xmlMemberType(member, file)}`).join("; ")} }`;

export const xmlMemberType = (member: XmlMember, file: SourceFile): string =>
  member.list ? arrayOf(elementType(member.shape, file)) : elementType(member.shape, file);

export function xmlProperty(member: XmlMember, optional: boolean, file: SourceFile): PropertySpec {
  const where = member.list
    ? member.list.wrapped
      ? `\`<${member.xmlName}>\` holding \`<${member.list.itemName}>\` elements`
      : `repeated \`<${member.xmlName}>\` elements`
    : member.attribute
      ? `attribute \`${member.attribute.prefix ? `${member.attribute.prefix}:` : ""}${member.xmlName}\``
      : `\`<${member.xmlName}>\``;
  return {
    name: member.member,
    optional,
    type: optional ? `${xmlMemberType(member, file)} | undefined` : xmlMemberType(member, file),
    docs: `${member.description}\n\nXML: ${where}.`,
  };
}

/** A document's outline: each element once, a list's item shown once, placeholders in lower case. */
export function xmlSkeleton(document: XmlShape): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<${document.name}${document.namespace ? ` xmlns="${document.namespace}"` : ""}>`,
  ];
  if (document.text) return `${lines.join("\n")}${document.text.member}</${document.name}>`;
  // A structure's attributes go in its start tag, each with a placeholder value.
  const attributes = (members: XmlMember[]) =>
    members
      .flatMap(({ attribute, xmlName }) => {
        if (!attribute) return [];
        const name = attribute.prefix ? `${attribute.prefix}:${xmlName}` : xmlName;
        const declared = attribute.prefix ? [`xmlns:${attribute.prefix}="${attribute.namespace}"`] : [];
        return [...declared, `${name}="${xmlName.toLowerCase()}"`];
      })
      .map((text) => ` ${text}`)
      .join("");
  const visit = (members: XmlMember[], indent: string, seen: Set<object>) => {
    for (const member of members) {
      if (member.attribute) continue;
      const wrapper = member.list?.wrapped ? member.xmlName : undefined;
      const name = member.list?.itemName ?? member.xmlName;
      const inner = wrapper ? `${indent}  ` : indent;
      if (wrapper) lines.push(`${indent}<${wrapper}>`);
      if (member.shape.kind === "structure" && !seen.has(member.shape)) {
        lines.push(`${inner}<${name}${attributes(member.shape.members)}>`);
        visit(member.shape.members, `${inner}  `, new Set([...seen, member.shape]));
        lines.push(`${inner}</${name}>`);
      } else lines.push(`${inner}<${name}>${name.toLowerCase()}</${name}>`);
      if (member.list && !wrapper) lines.push(`${inner}…`);
      if (wrapper) lines.push(`${indent}</${wrapper}>`);
    }
  };
  visit(document.members, "  ", new Set());
  lines.push(`</${document.name}>`);
  return lines.join("\n");
}
