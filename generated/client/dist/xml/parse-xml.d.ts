import type { XmlDocument } from "@obs-toolkit/validator";
/** The XML predefined entities and numeric character references, decoded. */
export declare function decodeXmlText(text: string): string;
/** A well-formed document with one root element, in any namespace; undefined otherwise. */
export declare function parseXmlDocument(text: string): XmlDocument | undefined;
