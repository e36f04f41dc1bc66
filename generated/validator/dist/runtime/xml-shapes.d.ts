/** A parsed element's content: its text, or its child elements by name, each name's elements in document order. */
export type XmlNode = string | {
	readonly [name: string]: readonly XmlNode[] | undefined;
};
/** A parsed document: the root element's name (namespace prefix removed) and content. */
export interface XmlDocument {
	root: string;
	content: XmlNode;
}
export interface XmlScalarShape {
	kind: "string" | "integer" | "boolean" | "timestamp";
	enum?: readonly string[];
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	/** UTF-8 bytes at most. */
	maxBytes?: number;
	/** A regular expression (ECMAScript, Unicode mode) the text must match. */
	pattern?: string;
}
export interface XmlStructureShape {
	kind: "structure";
	members: readonly XmlMemberShape[];
}
export interface XmlMemberShape {
	/** The member's name in the typed value. */
	member: string;
	/** The element's name (a list's wrapper, or its items when flattened). */
	xml: string;
	required?: boolean;
	/** A list: the items' element name, whether a wrapper element holds them, and how many it may hold. */
	list?: {
		item: string;
		wrapped: boolean;
		minItems?: number;
		maxItems?: number;
	};
	shape: XmlScalarShape | XmlStructureShape;
	/** The S3 error code a bad value answers; the document's otherwise. */
	error?: string;
}
export interface XmlDocumentShape extends XmlStructureShape {
	root: string;
	namespace?: string;
	/** A root that holds text rather than elements: the member it is. */
	text?: {
		member: string;
	};
}
/** Reports a problem: the error code, the element path and a message. */
export type XmlProblem = (code: string, target: string, message: string) => void;
/**
* The typed value of a document, or undefined (after reporting) when its root is not the shape's.
* With `anyRoot` (a client reading an answer) the root's name is not checked, as the AWS SDKs
* read the children whatever the root is called (moto answers `<ListPartsResponse>`).
*/
export declare function readXmlDocument(shape: XmlDocumentShape, document: XmlDocument, error: string, problem: XmlProblem, anyRoot?: boolean): Record<string, unknown> | undefined;
/** The document content for a typed value: members in the shape's order, undefined ones left out; a text root's text. */
export declare function xmlTreeOf(shape: XmlStructureShape | XmlDocumentShape, value: object): XmlNode;
/** `<?xml …?><root xmlns="…">…</root>`, every text escaped. */
export declare function renderXmlTree(root: string, namespace: string | undefined, content: XmlNode): string;
/**
* Escapes text for XML content and attributes. Carriage returns become `&#xD;` (a parser would
* turn a raw one into a line feed), and the control characters XML 1.0 cannot carry become
* character references, as S3 writes them, so every key round-trips.
*/
export declare function escapeXml(text: string): string;
